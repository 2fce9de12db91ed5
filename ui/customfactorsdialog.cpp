#include "customfactorsdialog.h"

#include "models/diarysession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

CustomFactorsDialog::CustomFactorsDialog(DiarySession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_list(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_type(new QComboBox(this)), m_unit(new QLineEdit(this)), m_error(new QLabel(this)),
      m_define(new QPushButton(tr("&Add factor"), this))
{
    setWindowTitle(tr("Custom factors"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Your own factors appear on Today, one row each, and are analysed like "
                                "caffeine or sleep."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setAccessibleName(tr("Custom factors"));
    layout->addWidget(m_list, 1);
    auto *form = new QFormLayout;
    m_name->setPlaceholderText(tr("e.g. cold exposure, screen time"));
    m_name->setAccessibleName(tr("Factor name"));
    form->addRow(tr("&Name:"), m_name);
    m_type->addItem(tr("Yes / no"), int(CustomFactorType::YesNo));
    m_type->addItem(tr("Number"), int(CustomFactorType::Number));
    m_type->setAccessibleName(tr("Kind of factor"));
    form->addRow(tr("&Kind:"), m_type);
    m_unit->setPlaceholderText(tr("e.g. h, km, cups"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setEnabled(false);
    form->addRow(tr("&Unit:"), m_unit);
    layout->addLayout(form);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_define);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(close);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_unit->setEnabled(m_type->currentData().toInt() == int(CustomFactorType::Number)); });
    connect(m_define, &QPushButton::clicked, this, &CustomFactorsDialog::defineFactor);
    connect(m_name, &QLineEdit::returnPressed, this, &CustomFactorsDialog::defineFactor);
    connect(&m_session, &DiarySession::customFactorsChanged, this, &CustomFactorsDialog::reload);
    reload();
}

void CustomFactorsDialog::reload()
{
    m_list->clear();
    for (const CustomFactor &f : m_session.store().customFactors()) {
        m_list->addItem(f.type == CustomFactorType::YesNo
                            ? tr("%1 (yes / no)").arg(f.name)
                            : (f.unit.isEmpty() ? tr("%1 (number)").arg(f.name) : tr("%1 (number, %2)").arg(f.name, f.unit)));
    }
}

bool CustomFactorsDialog::defineFactor()
{
    const QString name = m_name->text().simplified();
    QString error;
    if (name.isEmpty())
        error = tr("Enter a name for the factor.");
    for (const CustomFactor &f : m_session.store().customFactors()) {
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            error = tr("There is already a factor called “%1”.").arg(f.name);
    }
    const auto type = CustomFactorType(m_type->currentData().toInt());
    if (error.isEmpty() &&
        !m_session.defineCustomFactor({name, type, type == CustomFactorType::Number ? m_unit->text().trimmed() : QString()}))
        error = tr("Not saved: %1").arg(m_session.errorString());
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        return false;
    m_name->clear();
    m_unit->clear();
    return true;
}

} // namespace td::ui
