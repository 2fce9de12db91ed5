#include "window/mainwindow.h"
#include "models/timings.h"

#include "commands/diaryeditor.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/caffeinepresetsdialog.h"
#include "dialogs/customfactorsdialog.h"
#include "dialogs/experimentplandialog.h"
#include "dialogs/medicationsdialog.h"
#include "dialogs/restoredialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/userguidedialog.h"
#include "domain/inputlimits.h"
#include "format/diarycsv.h"
#include "format/diaryjson.h"
#include "format/privatefile.h"
#include "models/analysisrunner.h"
#include "models/appsettings.h"
#include "models/diarysession.h"
#include "models/experimenttext.h"
#include "models/reminder.h"
#include "models/samplediary.h"
#include "pages/experimentspage.h"
#include "pages/factorspanel.h"
#include "pages/historypage.h"
#include "pages/insightspage.h"
#include "pages/reportpage.h"
#include "pages/todaypage.h"
#include "widgets/episodeform.h"
#include "widgets/prompts.h"
#include "widgets/readability.h"
#include "widgets/redflagbanner.h"
#include "widgets/welcomepanel.h"
#include "window/trayicon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace td::ui {

MainWindow::MainWindow(DiarySession &session, QWidget *parent, Kind kind)
    : QMainWindow(parent), m_session(session), m_editor(new DiaryEditor(session, this)), m_tabs(new QTabWidget(this)),
      m_runner(new AnalysisRunner(session, this)), m_today(new TodayPage(*m_editor, this)),
      m_history(new HistoryPage(*m_editor, this)), m_insights(new InsightsPage(session, *m_runner, this)),
      m_report(new ReportPage(*m_editor, this)), m_experiments(new ExperimentsPage(*m_editor, this)), m_kind(kind),
      m_settings(new AppSettings(this))
{
    installInputGuards();
    updateTitle();
    setWindowIcon(QIcon(QStringLiteral(":/icons/twitchdiary.svg")));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_today, tr("&Today"));
    m_tabs->addTab(m_history, tr("Hi&story"));
    m_tabs->addTab(m_insights, tr("&Insights"));
    m_tabs->addTab(m_report, tr("&Report"));
    m_tabs->addTab(m_experiments, tr("E&xperiments"));
    connect(m_experiments, &ExperimentsPage::message, this,
            [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    // Insights' "Test this": the plan dialog with the row's change filled in.
    connect(m_insights, &InsightsPage::testRequested, this, [this](const QString &factor, int op, double value) {
        m_tabs->setCurrentWidget(m_experiments);
        m_experiments->newExperiment([&](ExperimentPlanDialog &d) { d.setChange(factor, experiments::Op(op), value); });
    });
    // Warning signs also show on Today while they are active.
    connect(m_runner, &AnalysisRunner::finished, m_today, [this](const InsightsData &insights) {
        if (insights.result.to == m_session.today())
            m_today->setFlags(insights.result.flags, RedFlagBanner::silentSince(insights.result.summary));
    });
    connect(m_history, &HistoryPage::message, this,
            [this](const QString &m) { statusBar()->showMessage(m, timing::kStatusMessageMs); });

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    if (kind == Kind::Sample) {
        auto *banner = new QLabel(tr("You are looking at generated sample data in a separate file. Nothing "
                                     "you do here touches your own diary. Close this window to go back."),
                                  central);
        banner->setObjectName(QStringLiteral("sampleBanner"));
        banner->setWordWrap(true);
        const UiColours colours = UiColours::forPalette(palette());
        banner->setStyleSheet(QStringLiteral("#sampleBanner { background: %1; color: %2; padding: 6px; }")
                                  .arg(colours.warningBackground.name(), colours.warningText.name()));
        column->addWidget(banner);
    }
    column->addWidget(m_tabs, 1);
    if (kind != Kind::Sample) {
        // Below the pages: when it goes (the first episode is logged) nothing above it
        // moves, so the page does not jump under the mouse.
        m_welcome = new WelcomePanel(central);
        column->addWidget(m_welcome);
        connect(m_welcome, &WelcomePanel::sampleRequested, this, &MainWindow::openSampleWindow);
        connect(m_welcome, &WelcomePanel::dismissed, this, [this] { m_settings->setWelcomeDismissed(true); });
        connect(&m_session, &DiarySession::dayChanged, this, &MainWindow::updateWelcome);
        connect(&m_session, &DiarySession::diaryChanged, this, &MainWindow::updateWelcome);
        updateWelcome();
    }
    setCentralWidget(central);
    createMenus();

    applySettings();
    connect(m_settings, &AppSettings::changed, this, &MainWindow::applySettings);
    m_today->factorsPanel()->setSettings(m_settings);
    connect(&m_session, &DiarySession::pathChanged, this, &MainWindow::updateTitle);
    connect(&m_session, &DiarySession::readFailed, this, &MainWindow::showReadError);

    if (kind == Kind::Own && !session.isReadOnly()) {
        // The page check and the daily backup, deferred by a fast open, run once the window
        // is up; damage is reported here with the way out.
        connect(&m_session, &DiarySession::checked, this, [this](const QString &damage, const QString &warning) {
            if (!warning.isEmpty())
                statusBar()->showMessage(warning, timing::kStatusWarningMs);
            if (damage.isEmpty())
                return;
            Choice box;
            box.icon = QMessageBox::Critical;
            box.title = tr("Your diary file is damaged");
            box.text = tr("%1\n\nEntries may be missing, and nothing new is written to the file. Restore "
                          "the latest backup: the damaged file is kept as a backup first, so nothing "
                          "is lost.")
                           .arg(damage);
            const int restore = box.add(tr("Restore from backup…"), QMessageBox::AcceptRole);
            box.add(tr("Keep working"), QMessageBox::RejectRole);
            box.defaultButton = restore;
            // The reads that fail on the damaged pages meanwhile say nothing new: no
            // second box on top of this one (they still show in the status bar).
            m_damageBeingReported = true;
            if (prompts().choose(this, box) == restore)
                chooseBackup();
            m_damageBeingReported = false;
        });
        QTimer::singleShot(0, &m_session, &DiarySession::runDeferredChecks);
        // What open() had to say (permissions it tightened), where the user sees it.
        if (const QString opened = m_session.database().warningString(); !opened.isEmpty())
            statusBar()->showMessage(QString(opened).replace(u'\n', u' '), timing::kStatusOpenedMs);
        m_reminder = new Reminder(session, *m_settings, this);
        connect(m_reminder, &Reminder::due, this, &MainWindow::showReminder);
        // A reminder in the status bar goes as soon as the day is marked complete.
        connect(&m_session, &DiarySession::dayChanged, this, [this](const QDate &day) {
            if (!m_reminderMessage.isEmpty() && statusBar()->currentMessage() == m_reminderMessage &&
                m_session.store().isCheckedIn(day)) {
                statusBar()->clearMessage();
                m_reminderMessage.clear();
            }
        });
        m_reminder->start();
        if (TrayIcon::available()) {
            m_tray = new TrayIcon(*m_editor, m_undoAction, this);
            connect(m_tray, &TrayIcon::openRequested, this, &MainWindow::bringToFront);
            connect(m_tray, &TrayIcon::todayRequested, this, [this] {
                bringToFront();
                m_tabs->setCurrentWidget(m_today);
                m_today->showToday();
            });
            connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quitApplication);
            m_tray->show();
        }
    }

    statusBar()->showMessage(session.isReadOnly() ? tr("Opened read-only: nothing can be changed.")
                                                  : tr("Everything is saved the moment you enter it."));
    if (session.isReadOnly()) {
        // Browsing, insights and the report stay; everything that would write is off.
        m_today->episodeForm()->setEnabled(false);
        m_today->factorsPanel()->setEnabled(false);
    }
    resize(firstRunSize());
    // Analyse once in the background so Today can show any warning sign; the window is
    // interactive meanwhile.
    QTimer::singleShot(0, m_insights, &InsightsPage::refresh);
}

MainWindow::~MainWindow() = default;

QSize MainWindow::firstRunSize() const
{
    // 1200 × 780 where there is room; on a smaller screen (a 1280 × 720 laptop, or 150 %
    // on 1920 × 1080) the space the desktop leaves free, less room for the frame. Every
    // page scrolls, so the window may be smaller than its content.
    QSize size(1200, 780);
    if (const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen()) {
        const QSize available = s->availableGeometry().size() - QSize(16, 40);
        size = size.boundedTo(available);
    }
    return size;
}

void MainWindow::applySettings()
{
    if (m_session.dayBoundaryHour() != m_settings->dayBoundaryHour()) {
        m_session.setDayBoundaryHour(m_settings->dayBoundaryHour());
        m_today->showToday();
        m_insights->refresh();
    }
    switch (m_settings->paper()) {
    case AppSettings::Paper::FromLocale: m_report->setPaper(report::Paper::FromLocale); break;
    case AppSettings::Paper::A4: m_report->setPaper(report::Paper::A4); break;
    case AppSettings::Paper::Letter: m_report->setPaper(report::Paper::Letter); break;
    }
}

void MainWindow::updateTitle()
{
    const QString where = QDir::toNativeSeparators(m_session.path());
    if (m_kind == Kind::Sample)
        setWindowTitle(tr("Twitch Diary — SAMPLE DATA, not your diary (%1)").arg(where));
    else
        setWindowTitle(m_session.isReadOnly() ? tr("Twitch Diary — %1 (read-only)").arg(where)
                                              : tr("Twitch Diary — %1").arg(where));
}

void MainWindow::bringToFront()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::quitApplication()
{
    // Past the tray: closeEvent() lets the windows close instead of hiding them.
    m_quitting = true;
    QApplication::closeAllWindows();
    QApplication::quit();
}

void MainWindow::updateWelcome()
{
    if (!m_welcome)
        return;
    m_welcome->setVisible(!m_settings->welcomeDismissed() && !m_session.store().lastEpisode());
}

MainWindow *MainWindow::openSampleWindow()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = createSampleDiary(sampleDiaryPath(), m_session.today(), &error);
    QApplication::restoreOverrideCursor();
    if (!db) {
        prompts().warning(this, tr("Sample data"),
                          tr("The sample diary could not be made: %1\nYour own diary is unchanged.").arg(error));
        return nullptr;
    }
    auto *session = new DiarySession(std::move(db));
    session->setDayBoundaryHour(m_session.dayBoundaryHour());
    auto *window = new MainWindow(*session, nullptr, Kind::Sample);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // The session must outlive the pages that refer to it: as the window's last child
    // it is deleted after them.
    session->setParent(window);
    window->move(pos() + QPoint(40, 40));
    window->show();
    statusBar()->showMessage(tr("The sample diary opened in its own window."), timing::kStatusMessageMs);
    return window;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_settings, *m_editor, TrayIcon::available(), this);
    prompts().exec(dialog);
}

void MainWindow::showReminder()
{
    // A running experiment is named: its days count only when they are logged.
    const QString experiment = ExperimentText::reminderLine(m_session, m_session.today());
    if (m_tray && m_tray->isVisible()) {
        m_tray->remind(experiment);
        return;
    }
    m_reminderMessage = tr("Today is not marked complete yet: note caffeine, sleep, stress and food on "
                           "Today, then press Day complete. (This desktop has no system tray, so "
                           "reminders appear here.)");
    if (!experiment.isEmpty())
        m_reminderMessage += u' ' + experiment;
    statusBar()->showMessage(m_reminderMessage);
    Q_EMIT m_today->message(m_reminderMessage);
    QApplication::alert(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With a tray icon and reminders on, closing the window keeps the reminder alive in
    // the tray; File > Quit (or the tray's Quit) ends the program.
    if (!m_quitting && m_tray && m_tray->isVisible() && m_settings->remindersEnabled()) {
        hide();
        event->ignore();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_tray->notifyStillRunning();
        }
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import diary (JSON)…"), this, [this] {
        const QString path = prompts().openFileName(this, tr("Import a diary file"),
                                                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                    tr("Twitch Diary files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setEnabled(!m_session.isReadOnly());
    QAction *exportAction = file->addAction(tr("&Export diary (JSON)…"), this, [this] {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("twitch-diary-%1.json").arg(m_session.today().toString(Qt::ISODate)));
        const QString path = prompts().saveFileName(this, tr("Export the diary"), suggested,
                                                    tr("Twitch Diary files (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Export for a &spreadsheet (CSV)…"), this, [this] {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(tr("twitch-diary-%1.csv").arg(m_session.today().toString(Qt::ISODate)));
        const QString path = prompts().saveFileName(this, tr("Export two tables: episodes and days"), suggested,
                                                    tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    file->addSeparator();
    QAction *restore = file->addAction(tr("&Restore from backup…"), this, &MainWindow::chooseBackup);
    restore->setEnabled(!m_session.isReadOnly());
    file->addSeparator();
    if (m_kind == Kind::Own) {
        file->addAction(tr("Explore with sa&mple data"), this, &MainWindow::openSampleWindow);
        file->addSeparator();
    }
    if (m_kind == Kind::Sample) {
        file->addAction(tr("&Close sample"), QKeySequence::Close, this, &QWidget::close);
    } else {
        file->addAction(tr("&Quit"), QKeySequence::Quit, this, &MainWindow::quitApplication);
    }

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // QUndoStack names the entries after the command: "Undo Log twitch".
    m_undoAction = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    // The status bar follows undo and redo: "Deleted 3 entries" or "Logged …" no longer
    // holds once that step is undone.
    // (Connected after the stack's own connection: the step is already undone or redone.)
    connect(m_undoAction, &QAction::triggered, this, [this] {
        const QUndoStack *stack = m_editor->undoStack();
        statusBar()->showMessage(tr("Undone: %1").arg(stack->text(stack->index())), timing::kStatusMessageMs);
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        const QUndoStack *stack = m_editor->undoStack();
        statusBar()->showMessage(tr("Redone: %1").arg(stack->text(stack->index() - 1)), timing::kStatusMessageMs);
    });
    edit->addSeparator();
    QAction *medications = edit->addAction(tr("&Medications…"), this, [this] {
        MedicationsDialog dialog(*m_editor, this);
        prompts().exec(dialog);
    });
    medications->setEnabled(!m_session.isReadOnly());
    QAction *custom = edit->addAction(tr("&Custom factors…"), this, [this] {
        CustomFactorsDialog dialog(*m_editor, this);
        prompts().exec(dialog);
    });
    custom->setEnabled(!m_session.isReadOnly());
    QAction *drinks = edit->addAction(tr("Caffeine &drinks…"), this, [this] {
        // The dialog saves its whole list: never one that came from a failed read (the
        // session has shown why).
        (void)m_session.store().caffeinePresets();
        if (m_session.store().readFailed())
            return;
        CaffeinePresetsDialog dialog(*m_editor, this);
        prompts().exec(dialog);
    });
    drinks->setEnabled(!m_session.isReadOnly());
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setEnabled(m_kind == Kind::Own);
    connect(m_editor, &DiaryEditor::failed, this, [this](const QString &message) {
        // Not modal-blocking: the undo came from a shortcut, the user keeps working.
        prompts().notify(this, QMessageBox::Warning, tr("Not saved"), message);
    });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Today"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] {
        m_tabs->setCurrentWidget(m_today);
        m_today->showToday();
    });
    go->addAction(tr("&History"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                  [this] { m_tabs->setCurrentWidget(m_history); });
    go->addAction(tr("&Insights"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                  [this] { m_tabs->setCurrentWidget(m_insights); });
    go->addAction(tr("&Report"), QKeySequence(Qt::CTRL | Qt::Key_4), this,
                  [this] { m_tabs->setCurrentWidget(m_report); });
    go->addAction(tr("E&xperiments"), QKeySequence(Qt::CTRL | Qt::Key_5), this,
                  [this] { m_tabs->setCurrentWidget(m_experiments); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), QKeySequence(Qt::Key_F1), this,
                                     [this] { UserGuideDialog::showGuide(this); });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    help->addSeparator();
    help->addAction(tr("&About Twitch Diary"), this, &MainWindow::showAbout)
        ->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::importFile(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    // A regular file of bounded size (never a FIFO or a device), as the command line reads it.
    QByteArray bytes;
    QString readError;
    if (!limits::readRegularFile(path, limits::kMaxImportBytes, &bytes, &readError)) {
        prompts().warning(this, tr("Import failed"), readError);
        return;
    }
    const ParseResult parsed = parseDiaryJson(bytes);
    if (!parsed.diary) {
        prompts().warning(this, tr("Import failed"),
                          tr("%1 was not imported, and nothing in your diary changed.\n\n%2\n\nCorrect "
                             "the file and import it again.")
                              .arg(native, parsed.message()));
        return;
    }
    ImportSummary summary;
    bool imported = m_editor->importDiary(*parsed.diary, &summary);
    const QList<ImportConflict> conflicts = m_session.store().importConflicts();
    if (!imported && !conflicts.isEmpty()) {
        // The command line's question (--replace-day-values), asked here.
        QStringList lines;
        for (qsizetype i = 0; i < conflicts.size() && i < 10; ++i)
            lines << QStringLiteral("• ") + conflicts[i].describe();
        if (conflicts.size() > 10)
            lines << tr("… and %1 more").arg(conflicts.size() - 10);
        Choice box;
        box.icon = QMessageBox::Question;
        box.title = tr("Import: values differ");
        box.text = tr("%1 has day values that differ from your diary:\n\n%2\n\nKeep your diary's "
                      "values (nothing is imported), or take the file's values for these days?")
                       .arg(native, lines.join(u'\n'));
        const int take = box.add(tr("Take the file's values"), QMessageBox::AcceptRole);
        box.add(tr("Keep my diary's values"), QMessageBox::RejectRole);
        if (prompts().choose(this, box) != take) {
            statusBar()->showMessage(tr("%1 was not imported; nothing in your diary changed.").arg(native),
                                     timing::kStatusMessageMs);
            return;
        }
        imported = m_editor->importDiary(*parsed.diary, &summary, true);
    }
    if (!imported) {
        prompts().warning(this, tr("Import failed"),
                          tr("%1 was not imported, and nothing in your diary changed.\n\n%2")
                              .arg(native, m_session.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Imported %1: %2 entries added, %3 already in the diary, %4 day values updated.")
                                 .arg(native)
                                 .arg(summary.added)
                                 .arg(summary.skipped)
                                 .arg(summary.replaced),
                             10000);
}

// A read of the diary failed: one message (updated, not stacked, when reads keep failing
// while it is open), window-modal so the window keeps painting behind it.
void MainWindow::showReadError(const QString &message)
{
    const QString text = tr("%1\n\nWhat the window shows may be incomplete; nothing was changed by this. If it "
                            "keeps happening, the file may be damaged: File › Restore from backup… keeps the "
                            "current file as a backup first.")
                             .arg(message);
    statusBar()->showMessage(message, 30000);
    if (m_damageBeingReported)
        return;
    if (m_readError) {
        m_readError->setText(text);
        return;
    }
    m_readError = prompts().notify(this, QMessageBox::Warning, tr("The diary could not be read"), text);
}

void MainWindow::exportFile(const QString &path)
{
    QString error;
    const Diary diary = m_session.store().load();
    if (m_session.store().readFailed()) {
        prompts().warning(this, tr("Export failed"),
                          tr("%1 Nothing was exported.").arg(m_session.store().errorString()));
        return;
    }
    if (!writePrivateFileAtomically(path, toDiaryJson(diary), &error)) {
        prompts().warning(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported the diary to %1.").arg(QDir::toNativeSeparators(path)),
                             timing::kStatusMessageMs);
}

void MainWindow::chooseBackup()
{
    RestoreDialog dialog(m_session.path(), this);
    if (prompts().exec(dialog) != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return;
    const auto answer =
        prompts().question(this, tr("Restore from backup"),
                           tr("Replace the diary with this backup? The diary as it is now is kept as a backup first."),
                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        restoreBackup(dialog.selectedBackup());
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    QString error, savedAs;
    if (!m_editor->restoreBackup(backupPath, &error, &savedAs)) {
        prompts().warning(this, tr("Restore failed"), error);
        return false;
    }
    m_today->showToday();
    statusBar()->showMessage(tr("Restored the backup. The diary as it was is kept as %1.")
                                 .arg(QDir::toNativeSeparators(savedAs)),
                             15000);
    return true;
}

void MainWindow::exportCsv(const QString &path)
{
    const Diary diary = m_session.store().load();
    if (m_session.store().readFailed()) {
        prompts().warning(this, tr("Export failed"),
                          tr("%1 Nothing was exported.").arg(m_session.store().errorString()));
        return;
    }
    QString error;
    if (!writePrivateFileAtomically(csv::episodesPath(path), csv::episodesTable(diary, m_session.dayBoundaryHour()),
                                    &error) ||
        !writePrivateFileAtomically(csv::daysPath(path), csv::daysTable(diary, m_session.dayBoundaryHour()), &error)) {
        prompts().warning(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1 and %2.")
                                 .arg(QDir::toNativeSeparators(csv::episodesPath(path)),
                                      QDir::toNativeSeparators(csv::daysPath(path))),
                             10000);
}

void MainWindow::showAbout()
{
    // Window-modal, not exec(): the window keeps painting and tests can look at it.
    auto *about = new AboutDialog(m_session.path(), this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

} // namespace td::ui
