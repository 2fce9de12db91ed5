// td-walkthrough: a simulated week with the real window, driven the way a person uses it
// (clicks on the face map and buttons, typing, Ctrl+Z / Ctrl+Shift+Z, the History editor),
// with the clock moved from day to day. Writes a screenshot after each step and a log of
// what the diary holds. Run under Xvfb (scripts/walkthrough.sh) or offscreen.
// Usage: td-walkthrough OUT_DIR
#include "commands/diaryeditor.h"
#include "dialogs/caffeinepresetsdialog.h"
#include "dialogs/episodedialog.h"
#include "dialogs/settingsdialog.h"
#include "domain/clock.h"
#include "models/analysisrunner.h"
#include "models/appsettings.h"
#include "models/diarysession.h"
#include "models/historymodel.h"
#include "models/reminder.h"
#include "pages/factorspanel.h"
#include "pages/historypage.h"
#include "pages/insightspage.h"
#include "pages/todaypage.h"
#include "storage/database.h"
#include "widgets/episodeform.h"
#include "widgets/facemap.h"
#include "widgets/numberfield.h"
#include "widgets/welcomepanel.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace td;
using namespace td::ui;

namespace {

QTextStream out(stdout);
QDir shots;
int shotNumber = 0;

void shot(QWidget *w, const QString &name)
{
    QTest::qWait(150);
    const QString file =
        shots.filePath(QStringLiteral("%1-%2.png").arg(++shotNumber, 2, 10, QLatin1Char('0')).arg(name));
    w->grab().save(file);
    out << "  screenshot " << file << '\n';
}

QDateTime at(const QDate &d, int h, int m) { return QDateTime(d, QTime(h, m), Qt::OffsetFromUTC, 3600); }

void click(QAbstractButton *b) { QTest::mouseClick(b, Qt::LeftButton); }

void typeNumber(NumberField *field, const QString &text)
{
    field->lineEdit()->setFocus();
    field->lineEdit()->selectAll();
    QTest::keyClicks(field->lineEdit(), text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // settings and the sample diary stay apart
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("twitchdiary"));
    installTranslations(QLocale::system());
    if (argc < 2) {
        QTextStream(stderr) << "usage: td-walkthrough OUT_DIR\n";
        return 2;
    }
    QDir().mkpath(QString::fromLocal8Bit(argv[1]));
    shots = QDir(QString::fromLocal8Bit(argv[1]));
    const QString path = shots.filePath(QStringLiteral("walkthrough-diary.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    AppSettings().clear();

    const QDate monday(2026, 11, 23);
    Clock::setFixed(at(monday, 7, 50));
    auto db = std::make_unique<Database>();
    if (!db->open(path)) {
        QTextStream(stderr) << db->errorString() << '\n';
        return 1;
    }
    DiarySession session(std::move(db));
    MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    // Keyboard shortcuts go to the active window (there is no window manager under Xvfb).
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    (void)QTest::qWaitForWindowActive(&window);
    TodayPage *today = window.todayPage();
    FactorsPanel *factors = today->factorsPanel();
    EpisodeForm *form = today->episodeForm();
    out << "First start: welcome shown = " << window.welcomePanel()->isVisible() << '\n';
    shot(&window, QStringLiteral("first-run"));

    struct Site {
        Zone zone;
        Side side;
    };
    const Site sites[] = {
        {Zone::UpperEyelid, Side::Left}, {Zone::UpperEyelid, Side::Left}, {Zone::LowerLip, Side::Right}};
    for (int d = 0; d < 7; ++d) {
        const QDate day = monday.addDays(d);
        const bool shortNight = d % 3 == 1;
        Clock::setFixed(at(day, 8, 5));
        today->showToday();
        out << day.toString(Qt::ISODate) << ":\n";
        // Morning: last night's sleep, then coffee.
        typeNumber(factors->sleepHoursField(), shortNight ? QStringLiteral("5.5") : QStringLiteral("7.5"));
        for (int c = 0; c < (shortNight ? 3 : 1); ++c)
            click(factors->caffeineButtons().first());
        if (d == 2 || d == 5) {
            factors->foodEdit()->setFocus();
            QTest::keyClicks(factors->foodEdit(), QStringLiteral("aspartame"));
            QTest::keyClick(factors->foodEdit(), Qt::Key_Return);
        }
        // Twitches through the day: click where, then Log episode.
        const int twitches = shortNight ? 3 : 1;
        for (int t = 0; t < twitches; ++t) {
            Clock::setFixed(at(day, 10 + 2 * t, 15));
            const Site s = sites[(d + t) % 3];
            QTest::mouseClick(form->faceMap(), Qt::LeftButton, {}, form->faceMap()->regionCentre(s.zone, s.side));
            click(form->logButton());
        }
        if (d == 3) {
            // A mistake: a twitch logged twice. Ctrl+Z takes it back, Ctrl+Shift+Z redoes, Ctrl+Z again.
            click(form->logButton());
            const auto before = session.day(day).episodes.size();
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
            const auto undone = session.day(day).episodes.size();
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            const auto redone = session.day(day).episodes.size();
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
            out << "  double-logged: " << before << " episodes, Ctrl+Z → " << undone << ", Ctrl+Shift+Z → " << redone
                << ", Ctrl+Z → " << session.day(day).episodes.size() << "; Edit menu now says \""
                << window.undoAction()->text() << "\"\n";
            shot(&window, QStringLiteral("today-after-undo"));
        }
        factors->stressSlider()->setValue(shortNight ? 7 : 3);
        // Evening: the reminder (day not complete yet), then Day complete.
        Clock::setFixed(at(day, 21, 30));
        const bool reminded = window.reminder()->check();
        out << "  21:30 reminder fired: " << reminded << " (status bar: \""
            << window.statusBar()->currentMessage().left(60) << "…\")\n";
        click(factors->dayCompleteButton());
        const DayEntries entries = session.day(day);
        out << "  day complete: " << entries.checkedIn << ", " << entries.episodes.size() << " episodes, "
            << entries.intakes.size() << " intakes, sleep " << (entries.sleep ? entries.sleep->hours.value_or(-1) : -1)
            << " h\n";
        if (d == 0 || d == 6)
            shot(&window, QStringLiteral("today-%1").arg(day.toString(Qt::ISODate)));
        Clock::setFixed(at(day.addDays(1), 0, 0).addSecs(-60));
        if (d == 6) {
            const bool again = window.reminder()->check();
            out << "  a second reminder that evening: " << again << '\n';
        }
    }
    out << "Welcome after the week: " << window.welcomePanel()->isVisible() << '\n';

    // History: the calendar, then an edit and a deletion, each undone.
    window.tabs()->setCurrentWidget(window.historyPage());
    HistoryPage *history = window.historyPage();
    history->showDay(monday.addDays(1));
    shot(&window, QStringLiteral("history-calendar"));
    const QModelIndex dayIndex = history->view()->currentIndex();
    history->view()->expand(dayIndex);
    // The first episode of that day.
    QModelIndex episodeRow;
    for (int r = 0; r < history->model()->rowCount(dayIndex); ++r) {
        const QModelIndex i = history->model()->index(r, 0, dayIndex);
        if (i.data(HistoryModel::EntryKindRole).toInt() == int(HistoryModel::EntryKind::Episode)) {
            episodeRow = i;
            break;
        }
    }
    history->view()->selectionModel()->setCurrentIndex(episodeRow,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    HistoryPage::dialogRunner = [](EpisodeDialog &d) {
        d.strengthBox()->setValue(8);
        d.noteEdit()->setText(QStringLiteral("after the third coffee"));
        return true;
    };
    click(history->editButton());
    out << "History: edited an episode to strength 8; Edit menu: \"" << window.undoAction()->text() << "\"\n";
    shot(&window, QStringLiteral("history-edited"));
    window.undoAction()->trigger();
    out << "  undo → \"" << window.redoAction()->text() << "\" available\n";
    window.redoAction()->trigger();
    history->view()->selectionModel()->setCurrentIndex(episodeRow,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const auto beforeDelete = session.store().episodes().size();
    history->deleteSelected();
    out << "  deleted one entry: episodes " << beforeDelete << " → " << session.store().episodes().size()
        << "; status: \"" << window.statusBar()->currentMessage() << "\"\n";
    shot(&window, QStringLiteral("history-deleted"));
    window.undoAction()->trigger();
    out << "  undo: episodes " << session.store().episodes().size() << '\n';

    // Insights after one week: honest about how little a week shows.
    window.tabs()->setCurrentWidget(window.insightsPage());
    window.insightsPage()->refresh();
    window.analysisRunner()->waitForLatest();
    shot(&window, QStringLiteral("insights-after-a-week"));

    window.tabs()->setCurrentWidget(today);
    SettingsDialog settings(*window.settings(), *window.editor(), false, &window);
    settings.show();
    shot(&settings, QStringLiteral("settings"));
    settings.close();
    CaffeinePresetsDialog drinks(*window.editor(), &window);
    drinks.show();
    shot(&drinks, QStringLiteral("caffeine-drinks"));
    drinks.close();

    if (MainWindow *sample = window.openSampleWindow()) {
        sample->resize(1280, 800);
        (void)QTest::qWaitForWindowExposed(sample);
        sample->tabs()->setCurrentWidget(sample->insightsPage());
        sample->analysisRunner()->waitForLatest();
        out << "Sample window: \"" << sample->windowTitle() << "\", "
            << sample->editor()->session().store().episodes().size() << " episodes; my diary still "
            << session.store().episodes().size() << '\n';
        shot(sample, QStringLiteral("sample-insights"));
        sample->close();
    }
    out << "Diary at the end: " << session.store().episodes().size() << " episodes, "
        << session.store().load().intakes.size() << " intakes\n";
    out.flush();
    Clock::setFixed(std::nullopt);
    return 0;
}
