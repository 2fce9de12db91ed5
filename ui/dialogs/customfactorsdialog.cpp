#include "dialogs/customfactorsdialog.h"

#include "commands/diaryeditor.h"
#include "models/diarysession.h"
#include "widgets/prompts.h"
#include "widgets/readability.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

CustomFactorsDialog::CustomFactorsDialog(DiaryEditor &editor, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_session(editor.session()), m_list(new QListWidget(this)),
      m_name(new QLineEdit(this)), m_type(new QComboBox(this)), m_unit(new QLineEdit(this)), m_error(new QLabel(this)),
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
    auto *listButtons = new QHBoxLayout;
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_remove = new QPushButton(tr("&Remove…"), this);
    listButtons->addWidget(m_rename);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    layout->addLayout(listButtons);
    auto updateButtons = [this] {
        const bool selected = m_list->currentItem() != nullptr && !m_session.isReadOnly();
        m_rename->setEnabled(selected);
        m_remove->setEnabled(selected);
    };
    connect(m_list, &QListWidget::currentRowChanged, this, updateButtons);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        bool ok = false;
        const QString newName = prompts().text(this, tr("Rename factor"), tr("New name for “%1”:").arg(name),
                                               QLineEdit::Normal, name, &ok);
        if (ok)
            renameFactor(name, newName);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        const int values = m_session.store().customValueCount(name);
        if (m_session.store().readFailed())
            return; // the session showed why; never "0 values" for a count it could not read
        const auto answer = prompts().question(
            this, tr("Remove factor"),
            tr("Remove “%1” and the %n value(s) logged for it? Edit › Undo brings them back, and the "
               "diary is backed up first (File › Restore from backup…).",
               nullptr, values)
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            removeFactor(name);
    });
    updateButtons();
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
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(UiColours::forPalette(palette()).errorText.name()));
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
        auto *item = new QListWidgetItem(f.type == CustomFactorType::YesNo
                                             ? tr("%1 (yes / no)").arg(f.name)
                                             : (f.unit.isEmpty() ? tr("%1 (number)").arg(f.name)
                                                                 : tr("%1 (number, %2)").arg(f.name, f.unit)),
                                         m_list);
        item->setData(Qt::UserRole, f.name);
    }
    if (m_rename) {
        m_rename->setEnabled(false);
        m_remove->setEnabled(false);
    }
}

QString CustomFactorsDialog::selectedName() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void CustomFactorsDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

bool CustomFactorsDialog::renameFactor(const QString &name, const QString &newName)
{
    const QString clean = newName.simplified();
    if (clean.isEmpty()) {
        showError(tr("A factor needs a name; “%1” was not renamed.").arg(name));
        return false;
    }
    for (const CustomFactor &f : m_session.store().customFactors()) {
        if (f.name != name && f.name.compare(clean, Qt::CaseInsensitive) == 0) {
            showError(tr("There is already a factor called “%1”; “%2” was not renamed.").arg(f.name, name));
            return false;
        }
    }
    if (!m_editor.renameCustomFactor(name, clean)) {
        showError(tr("Not renamed: %1").arg(m_editor.errorString()));
        return false;
    }
    showError({});
    return true;
}

bool CustomFactorsDialog::removeFactor(const QString &name)
{
    if (!m_editor.removeCustomFactor(name)) {
        showError(tr("Not removed: %1").arg(m_editor.errorString()));
        return false;
    }
    showError({});
    return true;
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
        !m_editor.defineCustomFactor({name, type,
                                      type == CustomFactorType::Number ? m_unit->text().trimmed() : QString()}))
        error = tr("Not saved: %1").arg(m_editor.errorString());
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        return false;
    m_name->clear();
    m_unit->clear();
    return true;
}

} // namespace td::ui
