#include "dialogs/medicationsdialog.h"

#include "analysis/sentencelocale.h"
#include "commands/diaryeditor.h"
#include "domain/inputlimits.h"
#include "widgets/readability.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace td::ui {

MedicationsDialog::MedicationsDialog(DiaryEditor &editor, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_list(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_dose(new QLineEdit(this)), m_started(new QDateEdit(this)), m_stoppedBox(new QCheckBox(tr("Stopped on"), this)),
      m_stopped(new QDateEdit(this)), m_error(new QLabel(this)), m_add(new QPushButton(tr("&Add as new"), this)),
      m_save(new QPushButton(tr("&Save changes"), this)), m_stop(new QPushButton(tr("S&top today"), this)),
      m_delete(new QPushButton(tr("&Delete"), this))
{
    setWindowTitle(tr("Medications"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Medications you take or took. A medication started shortly before twitching "
                                "began is itself worth telling your doctor about."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setAccessibleName(tr("Medications"));
    layout->addWidget(m_list, 1);

    auto *form = new QFormLayout;
    m_name->setAccessibleName(tr("Medication name"));
    m_name->setPlaceholderText(tr("e.g. sertraline"));
    form->addRow(tr("&Name:"), m_name);
    m_dose->setAccessibleName(tr("Dose"));
    m_dose->setPlaceholderText(tr("e.g. 50 mg"));
    form->addRow(tr("D&ose:"), m_dose);
    const QDate today = m_editor.session().today();
    for (QDateEdit *d : {m_started, m_stopped}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(today);
    }
    m_started->setAccessibleName(tr("Started on"));
    m_started->setDateRange(td::limits::earliestDate(), td::limits::latestDate()); // inputlimits.h
    form->addRow(tr("Sta&rted on:"), m_started);
    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(m_stoppedBox);
    stopRow->addWidget(m_stopped, 1);
    m_stopped->setAccessibleName(tr("Stopped on"));
    m_stopped->setDateRange(td::limits::earliestDate(), td::limits::latestDate());
    m_stopped->setEnabled(false);
    form->addRow(QString(), stopRow);
    layout->addLayout(form);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(UiColours::forPalette(palette()).errorText.name()));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(close);

    connect(m_stoppedBox, &QCheckBox::toggled, m_stopped, &QWidget::setEnabled);
    connect(m_add, &QPushButton::clicked, this, &MedicationsDialog::addMedication);
    connect(m_save, &QPushButton::clicked, this, &MedicationsDialog::saveSelected);
    connect(m_stop, &QPushButton::clicked, this, &MedicationsDialog::stopSelected);
    connect(m_delete, &QPushButton::clicked, this, &MedicationsDialog::deleteSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &MedicationsDialog::showSelected);
    // Undo from the main window's Edit menu updates the list too.
    connect(&m_editor.session(), &DiarySession::medicationsChanged, this, &MedicationsDialog::reload);
    connect(&m_editor.session(), &DiarySession::diaryChanged, this, &MedicationsDialog::reload);
    reload();
}

void MedicationsDialog::reload()
{
    const qint64 keep = selectedId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Medication &m : m_editor.session().store().medications()) {
        QString text = m.dose.isEmpty() ? m.name : tr("%1, %2").arg(m.name, m.dose);
        text += m.stopped ? tr(" — %1 to %2")
                                .arg(td::analysis::sentenceDate(m.started), td::analysis::sentenceDate(*m.stopped))
                          : tr(" — since %1").arg(td::analysis::sentenceDate(m.started));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, m.id);
        if (m.id == keep)
            m_list->setCurrentItem(item);
    }
    const bool selected = selectedId() != 0;
    m_save->setEnabled(selected);
    m_stop->setEnabled(selected);
    m_delete->setEnabled(selected);
}

qint64 MedicationsDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void MedicationsDialog::showSelected()
{
    const auto m = m_editor.session().medication(selectedId());
    m_save->setEnabled(m.has_value());
    m_stop->setEnabled(m.has_value());
    m_delete->setEnabled(m.has_value());
    if (!m)
        return;
    m_name->setText(m->name);
    m_dose->setText(m->dose);
    m_started->setDate(m->started);
    m_stoppedBox->setChecked(m->stopped.has_value());
    m_stopped->setDate(m->stopped.value_or(m_editor.session().today()));
    m_error->hide();
}

QString MedicationsDialog::validate()
{
    const QDate today = m_editor.session().today();
    QString error;
    if (m_name->text().trimmed().isEmpty())
        error = tr("Enter the medication's name.");
    else if (m_started->date() > today)
        error = tr("The start date %1 is in the future.").arg(td::analysis::sentenceDate(m_started->date()));
    else if (m_stoppedBox->isChecked() && m_stopped->date() < m_started->date())
        error = tr("The stop date %1 is before the start date %2.")
                    .arg(td::analysis::sentenceDate(m_stopped->date()), td::analysis::sentenceDate(m_started->date()));
    else if (m_stoppedBox->isChecked() && m_stopped->date() > today)
        error = tr("The stop date %1 is in the future.").arg(td::analysis::sentenceDate(m_stopped->date()));
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    return error;
}

bool MedicationsDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    return false;
}

bool MedicationsDialog::addMedication()
{
    if (!validate().isEmpty())
        return false;
    Medication m{0, m_name->text().trimmed(), m_dose->text().trimmed(), m_started->date(),
                 m_stoppedBox->isChecked() ? std::optional<QDate>(m_stopped->date()) : std::nullopt};
    if (!m_editor.addMedication(m))
        return fail(tr("Not saved: %1").arg(m_editor.errorString()));
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == m.id)
            m_list->setCurrentRow(row);
    }
    return true;
}

bool MedicationsDialog::saveSelected()
{
    const auto before = m_editor.session().medication(selectedId());
    if (!before || !validate().isEmpty())
        return false;
    Medication m = *before;
    m.name = m_name->text().trimmed();
    m.dose = m_dose->text().trimmed();
    m.started = m_started->date();
    m.stopped = m_stoppedBox->isChecked() ? std::optional<QDate>(m_stopped->date()) : std::nullopt;
    if (m == *before)
        return true;
    return m_editor.updateMedication(m) || fail(tr("Not saved: %1").arg(m_editor.errorString()));
}

bool MedicationsDialog::stopSelected()
{
    const auto before = m_editor.session().medication(selectedId());
    if (!before)
        return false;
    const QDate today = m_editor.session().today();
    if (today < before->started)
        return fail(tr("%1 starts on %2, after today.").arg(before->name, td::analysis::sentenceDate(before->started)));
    Medication m = *before;
    m.stopped = today;
    if (!m_editor.updateMedication(m))
        return fail(tr("Not saved: %1").arg(m_editor.errorString()));
    showSelected();
    return true;
}

bool MedicationsDialog::deleteSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return false;
    return m_editor.removeMedication(id) || fail(tr("Not deleted: %1").arg(m_editor.errorString()));
}

} // namespace td::ui
