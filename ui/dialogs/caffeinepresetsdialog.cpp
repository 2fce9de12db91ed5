#include "dialogs/caffeinepresetsdialog.h"

#include "commands/diaryeditor.h"
#include "models/diarysession.h"
#include "models/labels.h"
#include "widgets/readability.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace td::ui {

namespace {
constexpr double kMaxMg = 1000;
constexpr int kMaxPresets = 12;
} // namespace

CaffeinePresetsDialog::CaffeinePresetsDialog(DiaryEditor &editor, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_session(editor.session()), m_table(new QTableWidget(0, 2, this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Caffeine drinks"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each drink is a button on Today. Entries already in the diary keep the "
                                "amount they were logged with."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setHorizontalHeaderLabels({tr("Drink"), tr("Caffeine (mg)")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Caffeine drinks"));
    for (const CaffeinePreset &p : m_session.store().caffeinePresets())
        addRow(p.name, p.mg);
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add drink"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    for (QPushButton *b : {add, remove, up, down})
        row->addWidget(b);
    row->addStretch();
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QString(), 80);
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveRow(1); });

    m_error->setStyleSheet(QStringLiteral("color: %1").arg(UiColours::forPalette(palette()).errorText.name()));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, 380);
}

void CaffeinePresetsDialog::addRow(const QString &name, double mg)
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    // Shown in the window's language; the stored name is kept unless the user edits it.
    auto *drink = new QTableWidgetItem(drinkName(name));
    drink->setData(Qt::UserRole, name);
    m_table->setItem(r, 0, drink);
    auto *amount = new QTableWidgetItem(QLocale().toString(mg, 'f', mg == std::round(mg) ? 0 : 1));
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(r, 1, amount);
}

void CaffeinePresetsDialog::moveRow(int delta)
{
    const int r = m_table->currentRow();
    const int to = r + delta;
    if (r < 0 || to < 0 || to >= m_table->rowCount())
        return;
    for (int c = 0; c < 2; ++c) {
        QTableWidgetItem *a = m_table->takeItem(r, c);
        QTableWidgetItem *b = m_table->takeItem(to, c);
        m_table->setItem(r, c, b);
        m_table->setItem(to, c, a);
    }
    m_table->setCurrentCell(to, m_table->currentColumn());
}

std::optional<QList<CaffeinePreset>> CaffeinePresetsDialog::presets()
{
    QList<CaffeinePreset> out;
    QStringList seen;
    auto fail = [this](int row, int column, const QString &message) -> std::optional<QList<CaffeinePreset>> {
        m_error->setText(message);
        m_error->show();
        m_table->setCurrentCell(row, column);
        return std::nullopt;
    };
    if (m_table->rowCount() > kMaxPresets)
        return fail(kMaxPresets, 0, tr("At most %1 drinks fit on Today; remove some.").arg(kMaxPresets));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *drink = m_table->item(r, 0);
        const QString shown = drink ? drink->text().simplified() : QString();
        const QString stored = drink ? drink->data(Qt::UserRole).toString() : QString();
        const QString name = !stored.isEmpty() && shown == drinkName(stored) ? stored : shown;
        const QString amount = m_table->item(r, 1) ? m_table->item(r, 1)->text().trimmed() : QString();
        if (name.isEmpty())
            return fail(r, 0, tr("Row %1 has no name. Type the drink's name, or remove the row.").arg(r + 1));
        if (seen.contains(name, Qt::CaseInsensitive))
            return fail(r, 0, tr("“%1” is in the list twice. Give each drink its own name.").arg(shown));
        bool ok = false;
        double mg = QLocale().toDouble(amount, &ok);
        if (!ok)
            mg = amount.toDouble(&ok);
        if (!ok || !std::isfinite(mg) || mg < 0 || mg > kMaxMg)
            return fail(r, 1,
                        tr("The caffeine of “%1” must be a number of mg from 0 to %2 (it is “%3”).")
                            .arg(shown)
                            .arg(kMaxMg)
                            .arg(amount));
        seen << name;
        out.append(CaffeinePreset{name, mg});
    }
    m_error->hide();
    return out;
}

bool CaffeinePresetsDialog::save()
{
    const auto list = presets();
    if (!list)
        return false;
    if (!m_editor.setCaffeinePresets(*list)) {
        m_error->setText(tr("The drinks could not be saved: %1").arg(m_editor.errorString()));
        m_error->show();
        return false;
    }
    return true;
}

} // namespace td::ui
