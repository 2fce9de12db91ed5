#include "dialogs/settingsdialog.h"

#include "commands/diaryeditor.h"
#include "models/appsettings.h"
#include "models/diarysession.h"
#include "widgets/prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace td::ui {

SettingsDialog::SettingsDialog(AppSettings &settings, DiaryEditor &editor, bool trayAvailable, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_editor(editor), m_session(editor.session()),
      m_dayBoundary(new QSpinBox(this)),
      m_remindersOn(new QCheckBox(tr("&Remind me in the evening if the day is not marked complete"), this)),
      m_reminderTime(new QTimeEdit(this)), m_mg(new QRadioButton(tr("&Milligrams (mg)"), this)),
      m_cups(new QRadioButton(tr("C&ups of coffee"), this)), m_mgPerCup(new QDoubleSpinBox(this)),
      m_paper(new QComboBox(this)), m_path(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    // Explanations sit in a plain column under each form: a word-wrapped label spanning a
    // form row got too little height and was clipped at top and bottom.
    auto *diary = new QGroupBox(tr("Days"), this);
    auto *dColumn = new QVBoxLayout(diary);
    auto *dForm = new QFormLayout;
    dColumn->addLayout(dForm);
    m_dayBoundary->setRange(0, AppSettings::kMaxDayBoundaryHour);
    m_dayBoundary->setSuffix(tr(":00"));
    m_dayBoundary->setValue(settings.dayBoundaryHour());
    m_dayBoundary->setAccessibleName(tr("A new day begins at this hour"));
    dForm->addRow(tr("A new &day begins at:"), m_dayBoundary);
    auto *boundaryHelp = new QLabel(tr("Entries made after midnight but before this hour count for the day "
                                       "before, so a late night stays one day."),
                                    diary);
    boundaryHelp->setWordWrap(true);
    boundaryHelp->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    dColumn->addWidget(boundaryHelp);
    layout->addWidget(diary);

    auto *reminder = new QGroupBox(tr("Evening reminder"), this);
    auto *rColumn = new QVBoxLayout(reminder);
    auto *rForm = new QFormLayout;
    rColumn->addLayout(rForm);
    m_remindersOn->setChecked(settings.remindersEnabled());
    rForm->addRow(m_remindersOn);
    m_reminderTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_reminderTime->setTime(settings.reminderTime());
    m_reminderTime->setEnabled(settings.remindersEnabled());
    rForm->addRow(tr("Remind me &at:"), m_reminderTime);
    connect(m_remindersOn, &QCheckBox::toggled, m_reminderTime, &QWidget::setEnabled);
    auto *where = new QLabel(trayAvailable
                                 ? tr("The reminder appears as a notification from the Twitch Diary icon in "
                                      "the system tray, only on days not yet marked complete.")
                                 : tr("This desktop has no system tray, so the reminder appears in the Twitch "
                                      "Diary window (its status bar and the Today page) while the window is "
                                      "open, only on days not yet marked complete."),
                             reminder);
    where->setObjectName(QStringLiteral("reminderWhere"));
    where->setWordWrap(true);
    where->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    rColumn->addWidget(where);
    layout->addWidget(reminder);

    auto *display = new QGroupBox(tr("Caffeine and report"), this);
    auto *cForm = new QFormLayout(display);
    auto *units = new QHBoxLayout;
    units->addWidget(m_mg);
    units->addWidget(m_cups);
    units->addStretch();
    (settings.caffeineUnit() == AppSettings::CaffeineUnit::Cups ? m_cups : m_mg)->setChecked(true);
    cForm->addRow(tr("Show caffeine as:"), units);
    m_mgPerCup->setRange(1, 1000);
    m_mgPerCup->setDecimals(0);
    m_mgPerCup->setSuffix(tr(" mg"));
    m_mgPerCup->setValue(settings.mgPerCup());
    m_mgPerCup->setEnabled(m_cups->isChecked());
    cForm->addRow(tr("One cup &is:"), m_mgPerCup);
    connect(m_cups, &QRadioButton::toggled, m_mgPerCup, &QWidget::setEnabled);
    m_paper->addItem(tr("From my locale"), int(AppSettings::Paper::FromLocale));
    m_paper->addItem(tr("A4"), int(AppSettings::Paper::A4));
    m_paper->addItem(tr("Letter"), int(AppSettings::Paper::Letter));
    m_paper->setCurrentIndex(m_paper->findData(int(settings.paper())));
    cForm->addRow(tr("Report &paper:"), m_paper);
    layout->addWidget(display);

    auto *location = new QGroupBox(tr("Diary file"), this);
    auto *lLayout = new QVBoxLayout(location);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    lLayout->addWidget(m_path);
    auto *move = new QPushButton(tr("M&ove diary…"), location);
    move->setEnabled(!m_session.isReadOnly() && !m_session.path().isEmpty());
    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(move);
    moveRow->addStretch();
    lLayout->addLayout(moveRow);
    connect(move, &QPushButton::clicked, this, &SettingsDialog::chooseNewLocation);
    layout->addWidget(location);
    updatePathLabel();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void SettingsDialog::apply()
{
    m_settings.setDayBoundaryHour(m_dayBoundary->value());
    m_settings.setRemindersEnabled(m_remindersOn->isChecked());
    m_settings.setReminderTime(m_reminderTime->time());
    m_settings.setCaffeineUnit(m_cups->isChecked() ? AppSettings::CaffeineUnit::Cups
                                                   : AppSettings::CaffeineUnit::Milligrams);
    m_settings.setMgPerCup(m_mgPerCup->value());
    m_settings.setPaper(AppSettings::Paper(m_paper->currentData().toInt()));
}

void SettingsDialog::updatePathLabel()
{
    const QString path = m_session.path();
    m_path->setText(path.isEmpty() ? tr("This diary is kept in memory only.")
                                   : tr("Your diary is the file %1").arg(QDir::toNativeSeparators(path)));
}

void SettingsDialog::chooseNewLocation()
{
    const QString current = m_session.path();
    const QString chosen = prompts().saveFileName(this, tr("Move the diary to"), current,
                                                  tr("Twitch Diary (*.sqlite)"));
    if (!chosen.isEmpty())
        moveDiary(chosen.endsWith(u".sqlite") ? chosen : chosen + QStringLiteral(".sqlite"));
}

bool SettingsDialog::moveDiary(const QString &path, bool quiet)
{
    const QString oldFolder = QFileInfo(m_session.path()).absolutePath();
    QString error;
    if (!m_editor.moveTo(path, &error)) {
        if (!quiet)
            prompts().warning(this, tr("The diary was not moved"), error);
        return false;
    }
    m_settings.setDiaryPath(m_session.path());
    updatePathLabel();
    if (!quiet)
        prompts().information(this, tr("Diary moved"),
                              tr("Your diary is now %1. Twitch Diary opens it from there from now on. "
                                 "Backups made so far stay in %2.")
                                  .arg(QDir::toNativeSeparators(m_session.path()),
                                       QDir::toNativeSeparators(QDir(oldFolder).filePath(QStringLiteral("backups")))));
    return true;
}

} // namespace td::ui
