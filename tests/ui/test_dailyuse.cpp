// Daily use: the evening reminder (with a fixed clock, never real waiting), the tray's
// Log twitch now with its Undo, settings, moving the diary, the first-run welcome and the
// sample diary kept apart from the user's, caffeine drinks, the History calendar and the
// translations.
#include "commands/diaryeditor.h"
#include "dialogs/caffeinepresetsdialog.h"
#include "dialogs/customfactorsdialog.h"
#include "dialogs/settingsdialog.h"
#include "domain/clock.h"
#include "models/appsettings.h"
#include "models/diarysession.h"
#include "models/historymodel.h"
#include "models/labels.h"
#include "models/reminder.h"
#include "models/samplediary.h"
#include "pages/factorspanel.h"
#include "pages/historypage.h"
#include "pages/todaypage.h"
#include "storage/backup.h"
#include "storage/diarystore.h"
#include "widgets/welcomepanel.h"
#include "window/mainwindow.h"
#include "window/translations.h"
#include "window/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextCharFormat>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include "windowtest.h"

#include <gtest/gtest.h>

using namespace td;
using namespace td::ui;

namespace {

QDateTime at(const QDate &d, int h, int m) { return QDateTime(d, QTime(h, m), Qt::OffsetFromUTC, 3600); }

Episode episodeAt(const QDateTime &when, Zone zone = Zone::UpperEyelid, Side side = Side::Left)
{
    Episode e;
    e.at = when;
    e.zone = zone;
    e.side = side;
    e.intensity = 4;
    e.durationS = 20;
    return e;
}

class DailyUse : public WindowTest
{
protected:
    void setClock(const QDateTime &t) { Clock::setFixed(t); }
    qsizetype episodes() const { return session->store().episodes().size(); }
};

// ---- The evening reminder ---------------------------------------------------------------

TEST_F(DailyUse, ReminderFiresOnlyForADayNotCheckedIn)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setReminderTime(QTime(21, 0));
    Reminder reminder(*session, settings);
    QSignalSpy due(&reminder, &Reminder::due);

    setClock(at(kToday, 20, 59));
    EXPECT_FALSE(reminder.check()) << "not before the chosen time";
    setClock(at(kToday, 21, 0));
    EXPECT_TRUE(reminder.check());
    ASSERT_EQ(due.count(), 1);
    EXPECT_EQ(due.at(0).at(0).toDate(), kToday);
    setClock(at(kToday, 22, 30));
    EXPECT_FALSE(reminder.check()) << "once a day, not every minute";

    // The next day is checked in before the evening: no reminder.
    const QDate next = kToday.addDays(1);
    ASSERT_TRUE(writer->setCheckedIn(next, true));
    setClock(at(next, 21, 5));
    EXPECT_FALSE(reminder.check());
    // After midnight, before the day boundary, the diary day is still `next`: no reminder
    // in the small hours.
    setClock(at(next.addDays(1), 1, 0));
    EXPECT_FALSE(reminder.check());
    // The day after that is not checked in: reminded.
    setClock(at(next.addDays(1), 21, 30));
    EXPECT_TRUE(reminder.check());
    // Turned off: never.
    settings.setRemindersEnabled(false);
    setClock(at(next.addDays(2), 21, 30));
    EXPECT_FALSE(reminder.check());
    EXPECT_EQ(due.count(), 2);
}

TEST_F(DailyUse, ReminderWithoutATrayShowsInTheWindow)
{
    ASSERT_EQ(window->trayIcon(), nullptr) << "the offscreen platform has no system tray";
    ASSERT_NE(window->reminder(), nullptr);
    setClock(at(kToday, 21, 15));
    EXPECT_TRUE(window->reminder()->check());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("not marked complete")))
        << window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("no system tray")));
    // Marking the day complete clears it.
    ASSERT_TRUE(window->editor()->setCheckedIn(kToday, true));
    EXPECT_TRUE(window->statusBar()->currentMessage().isEmpty()) << window->statusBar()->currentMessage().toStdString();
}

// ---- Log twitch now ---------------------------------------------------------------------

TEST_F(DailyUse, TrayLogNowRepeatsTheLastSiteAndItsNotificationUndoes)
{
    TrayIcon tray(*window->editor(), window->undoAction());
    // No earlier episode: nothing to repeat, Today is asked for instead.
    QSignalSpy today(&tray, &TrayIcon::todayRequested);
    EXPECT_FALSE(tray.logNow());
    EXPECT_EQ(today.count(), 1);
    EXPECT_EQ(episodes(), 0);

    Episode first = episodeAt(at(kToday, 9, 0), Zone::LowerLip, Side::Right);
    ASSERT_TRUE(writer->addEpisode(first));
    EXPECT_TRUE(tray.logNowAction()->text().contains(QStringLiteral("Lower lip")))
        << tray.logNowAction()->text().toStdString();
    ASSERT_TRUE(tray.logNow());
    ASSERT_EQ(episodes(), 2);
    const Episode logged = session->store().episodes().last();
    EXPECT_EQ(logged.zone, Zone::LowerLip);
    EXPECT_EQ(logged.side, Side::Right);
    EXPECT_EQ(logged.at, Clock::now());
    EXPECT_TRUE(tray.lastMessage().contains(QStringLiteral("Click here to undo"))) << tray.lastMessage().toStdString();
    // The tray menu carries Edit > Undo, named after the action.
    EXPECT_TRUE(tray.menu()->actions().contains(window->undoAction()));
    EXPECT_TRUE(window->undoAction()->text().contains(QStringLiteral("Log")));

    tray.notificationClicked();
    EXPECT_EQ(episodes(), 1) << "clicking the notification undoes the logged twitch";
    tray.notificationClicked();
    EXPECT_EQ(episodes(), 1) << "a second click does nothing";
}

// ---- First run and the sample diary -----------------------------------------------------

TEST_F(DailyUse, WelcomeShowsOnAnEmptyDiaryAndGoesWithTheFirstEpisode)
{
    WelcomePanel *welcome = window->welcomePanel();
    ASSERT_NE(welcome, nullptr);
    EXPECT_TRUE(welcome->isVisible());
    Episode e = episodeAt(at(kToday, 10, 0));
    ASSERT_TRUE(window->editor()->addEpisode(e));
    EXPECT_FALSE(welcome->isVisible());
    window->undoAction()->trigger();
    EXPECT_TRUE(welcome->isVisible()) << "undoing the only episode brings the welcome back";
    QTest::mouseClick(welcome->dismissButton(), Qt::LeftButton);
    EXPECT_FALSE(welcome->isVisible());
    EXPECT_TRUE(window->settings()->welcomeDismissed());
}

TEST_F(DailyUse, SampleDiaryOpensInItsOwnFileAndWindowAndNeverTouchesTheUsersDiary)
{
    QTest::mouseClick(window->welcomePanel()->sampleButton(), Qt::LeftButton);
    MainWindow *sample = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *m = qobject_cast<MainWindow *>(w); m && m != window.get() && m->isVisible())
            sample = m;
    }
    ASSERT_NE(sample, nullptr);
    EXPECT_EQ(sample->kind(), MainWindow::Kind::Sample);
    EXPECT_TRUE(sample->windowTitle().contains(QStringLiteral("SAMPLE DATA"))) << sample->windowTitle().toStdString();
    EXPECT_EQ(sample->trayIcon(), nullptr);
    EXPECT_EQ(sample->reminder(), nullptr);

    // The sample has months of entries; the user's diary still has none.
    DiarySession &sampleSession = sample->editor()->session();
    EXPECT_EQ(sampleSession.path(), sampleDiaryPath());
    EXPECT_NE(sampleSession.path(), session->path());
    EXPECT_GT(sampleSession.store().episodes().size(), 100);
    EXPECT_EQ(episodes(), 0);

    // Logging in the sample window writes to the sample only.
    Episode e = episodeAt(at(kToday, 11, 0));
    ASSERT_TRUE(sample->editor()->addEpisode(e));
    EXPECT_EQ(episodes(), 0);
    EXPECT_EQ(window->editor()->undoStack()->count(), 0) << "separate undo histories";

    sample->close(); // deletes the window and its session
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(episodes(), 0);
}

TEST(SampleDiary, RefusesToWriteAnythingButTheSampleFile)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_EQ(createSampleDiary(dir.filePath(QStringLiteral("diary.sqlite")), QDate(2026, 11, 27), &error), nullptr);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("diary.sqlite"))));
}

// ---- Settings ---------------------------------------------------------------------------

TEST_F(DailyUse, SettingsChangeTheDayBoundaryAndCaffeineUnit)
{
    SettingsDialog dialog(*window->settings(), *window->editor(), false);
    dialog.dayBoundary()->setValue(2);
    dialog.cupsButton()->setChecked(true);
    dialog.apply();
    EXPECT_EQ(session->dayBoundaryHour(), 2);
    EXPECT_EQ(window->settings()->caffeineUnit(), AppSettings::CaffeineUnit::Cups);

    Intake coffee;
    coffee.at = Clock::now();
    coffee.kind = IntakeKind::Caffeine;
    coffee.name = QStringLiteral("coffee");
    coffee.amount = 190;
    ASSERT_TRUE(window->editor()->addIntake(coffee));
    const QList<QLabel *> labels = window->todayPage()->factorsPanel()->findChildren<QLabel *>();
    const bool shown = std::any_of(labels.begin(), labels.end(),
                                   [](QLabel *l) { return l->text().contains(QStringLiteral("2.0 cups")); });
    EXPECT_TRUE(shown) << "190 mg at 95 mg a cup";
}

TEST_F(DailyUse, SettingsFromADamagedFileAreClampedNotTrusted)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("[diary]\ndayBoundaryHour=99\n[reminder]\ntime=25:61\n[display]\nmgPerCup=-3\ncaffeineUnit=litres\n");
    f.close();
    AppSettings settings(path);
    EXPECT_EQ(settings.dayBoundaryHour(), AppSettings::kMaxDayBoundaryHour);
    EXPECT_EQ(settings.reminderTime(), QTime(21, 0));
    EXPECT_EQ(settings.mgPerCup(), AppSettings::kDefaultMgPerCup);
    EXPECT_EQ(settings.caffeineUnit(), AppSettings::CaffeineUnit::Milligrams);
}

class MoveDiary : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Clock::setFixed(at(QDate(2026, 11, 27), 14, 0));
        from = dir.filePath(QStringLiteral("old/diary.sqlite"));
        auto db = std::make_unique<Database>();
        db->setDailyBackups(false);
        ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("old"))));
        ASSERT_TRUE(db->open(from)) << db->errorString().toStdString();
        session = std::make_unique<DiarySession>(std::move(db));
        editor = std::make_unique<DiaryEditor>(*session);
        for (int i = 0; i < 5; ++i) {
            Episode e = episodeAt(at(QDate(2026, 11, 20 + i), 9, 0));
            ASSERT_TRUE(editor->addEpisode(e));
        }
    }
    void TearDown() override
    {
        editor.reset();
        session.reset();
        Clock::setFixed(std::nullopt);
    }
    QTemporaryDir dir;
    QString from;
    std::unique_ptr<DiarySession> session;
    std::unique_ptr<DiaryEditor> editor; // the session's writes are DiaryEditor's alone
};

TEST_F(MoveDiary, MovesTheFileKeepsEveryEntryAndRemembersThePlace)
{
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    SettingsDialog dialog(settings, *editor, false);
    const QString to = dir.filePath(QStringLiteral("new/place/my diary.sqlite"));
    QSignalSpy moved(session.get(), &DiarySession::pathChanged);
    ASSERT_TRUE(dialog.moveDiary(to, true));
    EXPECT_EQ(moved.count(), 1);
    EXPECT_EQ(session->path(), to);
    EXPECT_TRUE(QFile::exists(to));
    EXPECT_FALSE(QFile::exists(from));
    EXPECT_EQ(session->store().episodes().size(), 5);
    EXPECT_EQ(settings.effectiveDiaryPath(), to);
    {
        // The window and twitchdiary-cli both open the moved diary from now on.
        AppSettings shared;
        shared.setDiaryPath(to);
        EXPECT_EQ(defaultDiaryPath(), to);
        shared.clear();
    }
    // And it keeps working at the new place.
    Episode e = episodeAt(at(QDate(2026, 11, 26), 9, 0));
    EXPECT_TRUE(editor->addEpisode(e));
    EXPECT_EQ(QFile::permissions(to) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);
}

TEST_F(MoveDiary, RefusesToOverwriteAnExistingFileAndStaysOpen)
{
    const QString to = dir.filePath(QStringLiteral("taken.sqlite"));
    QFile other(to);
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write("someone else's file");
    other.close();
    QString error;
    EXPECT_FALSE(editor->moveTo(to, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already a file"))) << error.toStdString();
    EXPECT_EQ(session->path(), from);
    EXPECT_EQ(session->store().episodes().size(), 5);
    QFile check(to);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray("someone else's file"));
}

TEST_F(MoveDiary, AFailedCopyLeavesTheDiaryWhereItWas)
{
    // The copy's temporary name is taken by a folder, so the copy fails after the diary
    // was closed: it must be opened again where it was, with nothing lost.
    const QString to = dir.filePath(QStringLiteral("new/diary.sqlite"));
    ASSERT_TRUE(QDir().mkpath(to + QStringLiteral(".part")));
    QString error;
    EXPECT_FALSE(editor->moveTo(to, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("could not be copied"))) << error.toStdString();
    EXPECT_EQ(session->path(), from);
    EXPECT_FALSE(QFile::exists(to));
    EXPECT_EQ(session->store().episodes().size(), 5);
    Episode e = episodeAt(at(QDate(2026, 11, 26), 9, 0));
    EXPECT_TRUE(editor->addEpisode(e)) << "the diary is open again and writable";
}

TEST_F(MoveDiary, DeferredChecksTakeTheDailyBackupOnlyForASoundFile)
{
    // The window opens with the checks deferred and runs them once it is up.
    editor.reset();
    session.reset();
    auto db = std::make_unique<Database>();
    db->setDeferredChecks(true);
    ASSERT_TRUE(db->open(from));
    DiarySession deferred(std::move(db));
    QSignalSpy checked(&deferred, &DiarySession::checked);
    deferred.runDeferredChecks();
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_TRUE(checked.at(0).at(0).toString().isEmpty()) << "sound";
    EXPECT_TRUE(checked.at(0).at(1).toString().isEmpty());
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("old/backups")))
                     .entryList({QStringLiteral("*.daily.sqlite")})
                     .isEmpty())
        << "the day's backup, taken after the check";
}

TEST_F(MoveDiary, CustomFactorsCanBeRenamedAndRemovedWithABackupFirst)
{
    ASSERT_TRUE(editor->defineCustomFactor({QStringLiteral("screen"), CustomFactorType::Number, QStringLiteral("h")}));
    ASSERT_TRUE(editor->defineCustomFactor({QStringLiteral("cold"), CustomFactorType::YesNo, {}}));
    ASSERT_TRUE(editor->setCustomValue(QDate(2026, 11, 20), QStringLiteral("screen"), 6));
    ASSERT_TRUE(editor->setCustomValue(QDate(2026, 11, 21), QStringLiteral("screen"), 9));
    CustomFactorsDialog dialog(*editor);

    // A taken name is refused and nothing changes.
    EXPECT_FALSE(dialog.renameFactor(QStringLiteral("screen"), QStringLiteral("Cold")));
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("already")))
        << dialog.errorLabel()->text().toStdString();
    // A rename keeps the values.
    QSignalSpy changed(session.get(), &DiarySession::diaryChanged);
    ASSERT_TRUE(dialog.renameFactor(QStringLiteral("screen"), QStringLiteral("  screen  time ")));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(session->store().customValueCount(QStringLiteral("screen time")), 2);
    EXPECT_EQ(session->store().customValueCount(QStringLiteral("screen")), 0);
    EXPECT_EQ(session->store().customValue(QDate(2026, 11, 21), QStringLiteral("screen time")), 9);
    EXPECT_EQ(dialog.list()->count(), 2);

    // Removal takes the values with it, after a backup that still has them.
    const auto before = backups::list(from).size();
    ASSERT_TRUE(dialog.removeFactor(QStringLiteral("screen time")));
    EXPECT_EQ(session->store().customValueCount(QStringLiteral("screen time")), 0);
    EXPECT_EQ(session->store().customFactors().size(), 1);
    const QList<BackupInfo> after = backups::list(from);
    ASSERT_EQ(after.size(), before + 1);
    EXPECT_EQ(after.first().kind, QStringLiteral("factor"));
    Database copy;
    ASSERT_TRUE(copy.open(after.first().path, Database::Mode::ReadOnly));
    EXPECT_EQ(DiaryStore(copy).customValueCount(QStringLiteral("screen time")), 2);

    // Both are undoable: the factor comes back with its values, then its old name.
    editor->undoStack()->undo();
    EXPECT_EQ(session->store().customValueCount(QStringLiteral("screen time")), 2);
    EXPECT_EQ(session->store().customFactors().size(), 2);
    EXPECT_EQ(dialog.list()->count(), 2);
    editor->undoStack()->undo();
    EXPECT_EQ(session->store().customValue(QDate(2026, 11, 21), QStringLiteral("screen")), 9);
    EXPECT_EQ(session->store().customFactors().constFirst().name, QStringLiteral("screen"));
    // Redoing the removal backs the diary up again first.
    editor->undoStack()->redo();
    editor->undoStack()->redo();
    EXPECT_EQ(session->store().customValueCount(QStringLiteral("screen time")), 0);
    EXPECT_EQ(backups::list(from).size(), before + 2);
}

// ---- Caffeine drinks --------------------------------------------------------------------

TEST_F(DailyUse, CaffeineDrinksCanBeRenamedAndRepricedAndTodayFollows)
{
    CaffeinePresetsDialog dialog(*window->editor());
    QTableWidget *table = dialog.table();
    ASSERT_GT(table->rowCount(), 0);
    table->item(0, 0)->setText(QStringLiteral("Flat white"));
    table->item(0, 1)->setText(QStringLiteral("130"));
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(session->store().caffeinePresets().first(), (CaffeinePreset{QStringLiteral("Flat white"), 130}));
    const auto buttons = window->todayPage()->factorsPanel()->caffeineButtons();
    ASSERT_FALSE(buttons.isEmpty());
    EXPECT_TRUE(buttons.first()->text().startsWith(QStringLiteral("Flat white")))
        << buttons.first()->text().toStdString();

    // A bad amount is named and nothing is saved.
    table->item(0, 1)->setText(QStringLiteral("-5"));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("Flat white")));
    EXPECT_EQ(session->store().caffeinePresets().first().mg, 130);
    // So is a duplicate name.
    table->item(0, 1)->setText(QStringLiteral("130"));
    table->item(1, 0)->setText(QStringLiteral("flat white"));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("twice")));
}

// ---- History calendar -------------------------------------------------------------------

TEST_F(DailyUse, HistoryCalendarMarksDaysAndShowsThePickedDay)
{
    Episode a = episodeAt(at(kToday.addDays(-3), 9, 0));
    Episode b = episodeAt(at(kToday.addDays(-3), 10, 0));
    ASSERT_TRUE(writer->addEpisode(a));
    ASSERT_TRUE(writer->addEpisode(b));
    ASSERT_TRUE(writer->setCheckedIn(kToday.addDays(-2), true));
    window->tabs()->setCurrentWidget(window->historyPage());
    HistoryPage *history = window->historyPage();
    QCalendarWidget *calendar = history->calendar();
    const QTextCharFormat twitchDay = calendar->dateTextFormat(kToday.addDays(-3));
    EXPECT_NE(twitchDay.background().style(), Qt::NoBrush) << "a day with twitching is shaded";
    EXPECT_TRUE(twitchDay.toolTip().contains(QStringLiteral("2")));
    const QTextCharFormat quietDay = calendar->dateTextFormat(kToday.addDays(-2));
    EXPECT_EQ(quietDay.fontWeight(), QFont::Bold);
    EXPECT_EQ(quietDay.background().style(), Qt::NoBrush);
    EXPECT_FALSE(calendar->dateTextFormat(kToday.addDays(-10)).hasProperty(QTextFormat::FontWeight));

    history->showDay(kToday.addDays(-3));
    const QModelIndex current = history->view()->currentIndex();
    EXPECT_EQ(current.data(HistoryModel::DateRole).toDate(), kToday.addDays(-3));
    EXPECT_TRUE(history->view()->isExpanded(current));
}

// ---- Translations -----------------------------------------------------------------------

TEST(Translations, GermanIsCompleteEnoughToLoadAndEnglishPluralsRead)
{
    const QStringList de = installTranslations(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_TRUE(de.contains(QStringLiteral("de_DE")) || de.contains(QStringLiteral("de")))
        << de.join(u',').toStdString();
    EXPECT_EQ(QCoreApplication::translate("td::ui::MainWindow", "&Today"), QStringLiteral("He&ute"));
    // A free-function wrapper's context (labels of the face map).
    EXPECT_NE(QCoreApplication::translate("td::ui", "Upper eyelid"), QStringLiteral("Upper eyelid"));

    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(QCoreApplication::translate("td::ui::HistoryModel", "%n episode(s)", nullptr, 1),
              QStringLiteral("1 episode"));
    EXPECT_EQ(QCoreApplication::translate("td::ui::HistoryModel", "%n episode(s)", nullptr, 3),
              QStringLiteral("3 episodes"));
    // A locale without a translation of its own reads English with proper plurals.
    installTranslations(QLocale::c());
    EXPECT_EQ(QCoreApplication::translate("td::ui::HistoryModel", "%n episode(s)", nullptr, 1),
              QStringLiteral("1 episode"));
}

// The six drinks every diary starts with are stored in English and shown in the window's
// language: on Today's buttons, in the day's entries and in the drinks dialog, where
// saving without an edit keeps the stored name (no silent rename), and an edit renames.
TEST(Translations, StartingDrinksReadInGermanAndKeepTheirStoredNames)
{
    installTranslations(QLocale(QLocale::German, QLocale::Germany));
    auto db = std::make_unique<td::Database>();
    ASSERT_TRUE(db->openInMemory());
    DiarySession session(std::move(db));
    MainWindow window(session);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto buttons = window.todayPage()->factorsPanel()->caffeineButtons();
    ASSERT_GE(buttons.size(), 2);
    EXPECT_TRUE(buttons.at(1)->text().startsWith(QStringLiteral("Tasse Kaffee")))
        << buttons.at(1)->text().toStdString();
    EXPECT_EQ(drinkName(QStringLiteral("coffee cup")), QStringLiteral("Tasse Kaffee"));
    EXPECT_EQ(drinkName(QStringLiteral("Flat white")), QStringLiteral("Flat white"));

    // Logged with its stored name; described in German.
    QTest::mouseClick(buttons.at(1), Qt::LeftButton);
    const QList<Intake> intakes = session.store().intakes();
    ASSERT_EQ(intakes.size(), 1);
    EXPECT_EQ(intakes.first().name, QStringLiteral("coffee cup"));
    EXPECT_TRUE(intakeDescription(intakes.first()).contains(QStringLiteral("Tasse Kaffee")));

    CaffeinePresetsDialog dialog(*window.editor());
    EXPECT_EQ(dialog.table()->item(1, 0)->text(), QStringLiteral("Tasse Kaffee"));
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(session.store().caffeinePresets().at(1).name, QStringLiteral("coffee cup"));
    dialog.table()->item(1, 0)->setText(QStringLiteral("Große Tasse Kaffee"));
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(session.store().caffeinePresets().at(1).name, QStringLiteral("Große Tasse Kaffee"));
    installTranslations(QLocale::c());
}

// Today's factor column is as wide as its longest row in either language at the window's
// first size (1200 x 780): the face map gives up room, nothing is clipped behind a
// horizontal scroll bar (German at 1200 px did that).
TEST(Translations, TodaysFactorsFitTheFirstWindowInGermanAndEnglish)
{
    for (const QLocale &locale : {QLocale(QLocale::German, QLocale::Germany), QLocale::c()}) {
        installTranslations(locale);
        auto db = std::make_unique<td::Database>();
        ASSERT_TRUE(db->openInMemory());
        DiarySession session(std::move(db));
        MainWindow window(session);
        window.resize(1200, 780);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("factorsScroll"));
        ASSERT_NE(scroll, nullptr);
        ASSERT_NE(scroll->widget(), nullptr);
        EXPECT_LE(window.width(), 1200) << locale.name().toStdString();
        EXPECT_GE(scroll->viewport()->width(), scroll->widget()->minimumSizeHint().width())
            << locale.name().toStdString();
        EXPECT_EQ(scroll->widget()->width(), scroll->viewport()->width()) << locale.name().toStdString();
    }
    installTranslations(QLocale::c());
}

} // namespace
