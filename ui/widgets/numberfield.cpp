#include "widgets/numberfield.h"

#include "widgets/readability.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <cmath>

namespace td::ui {

NumberField::NumberField(const QString &what, const QString &unit, double minimum, double maximum, int decimals,
                         QWidget *parent)
    : QWidget(parent), m_what(what), m_min(minimum), m_max(maximum), m_decimals(decimals), m_edit(new QLineEdit(this)),
      m_unit(new QLabel(unit, this)), m_error(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(0);
    m_edit->setMaximumWidth(80);
    m_edit->setAccessibleName(what);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_unit, 0, 1);
    layout->setColumnStretch(2, 1);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("fieldError"));
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, UiColours::forPalette(pal).errorText);
    m_error->setPalette(pal);
    m_error->hide();
    layout->addWidget(m_error, 1, 0, 1, 3);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { validate(true); });
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        // Clear an old error as soon as the text becomes valid; show new ones on finish.
        if (hasError())
            validate(false);
    });
}

std::optional<double> NumberField::parse(QString *error) const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v)) {
        *error = tr("\"%1\" is not a number.").arg(text);
        return std::nullopt;
    }
    if (v < m_min || v > m_max) {
        *error = tr("%1 must be between %2 and %3 %4.")
                     .arg(m_what, QLocale().toString(m_min), QLocale().toString(m_max), m_unit->text());
        if (v < 0 && m_min >= 0)
            *error = tr("%1 cannot be negative.").arg(m_what);
        return std::nullopt;
    }
    return v;
}

void NumberField::validate(bool commit)
{
    QString error;
    const auto v = parse(&error);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_edit->setStyleSheet(error.isEmpty() ? QString()
                                          : QStringLiteral("border: 2px solid %1;")
                                                .arg(UiColours::forPalette(palette()).errorText.name()));
    if (commit && error.isEmpty())
        Q_EMIT committed(v);
}

std::optional<double> NumberField::value() const
{
    QString error;
    return parse(&error);
}

void NumberField::setValue(std::optional<double> v)
{
    const double rounded = v ? std::round(*v * std::pow(10, m_decimals)) / std::pow(10, m_decimals) : 0;
    m_edit->setText(v ? QLocale().toString(rounded, 'g', 12) : QString());
    m_error->hide();
    m_edit->setStyleSheet(QString());
}

void NumberField::clear() { setValue(std::nullopt); }

bool NumberField::hasError() const { return !m_error->isHidden(); }
QString NumberField::errorText() const { return m_error->text(); }
void NumberField::setPlaceholderText(const QString &text) { m_edit->setPlaceholderText(text); }

} // namespace td::ui
