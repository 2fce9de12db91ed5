// td-screenshots: opens the real main window on a diary and writes one PNG per page.
// Runs on any Qt platform (offscreen or Xvfb).
// Usage: td-screenshots DIARY OUT_DIR [WIDTHxHEIGHT] [--dark] [--prefix P] [--pages a,b] [--dialog]
//   --dark     Fusion with a dark palette (like KDE's Breeze Dark)
//   --prefix   file names start with P (e.g. "720-today.png")
//   --pages    only these pages (tab names in lower case, English: today,insights)
//   --dialog   also the Settings dialog over the window (settings.png)
#include "commands/diaryeditor.h"
#include "dialogs/settingsdialog.h"
#include "pages/insightspage.h"
#include "storage/database.h"
#include "window/mainwindow.h"
// The experiments page is shot as it opens (the running experiment, if any) and, when the
// diary has more than one experiment, with its oldest one (experiments-first.png); the
// plan dialog with its preview as experiment-plan.png.
#include "darkpalette.h"
#include "dialogs/experimentplandialog.h"
#include "models/analysisrunner.h"
#include "models/diarysession.h"
#include "pages/experimentspage.h"
#include "window/translations.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("twitchdiary"));
    td::ui::installTranslations(QLocale::system()); // LANG=de_DE.UTF-8 for the German window
    QStringList args = QApplication::arguments();
    const bool dark = args.removeAll(QStringLiteral("--dark")) > 0;
    const bool dialog = args.removeAll(QStringLiteral("--dialog")) > 0;
    auto option = [&args](const QString &name) {
        const int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return QString();
        const QString value = args[i + 1];
        args.remove(i, 2);
        return value;
    };
    const QString prefix = option(QStringLiteral("--prefix"));
    const QStringList pages = option(QStringLiteral("--pages")).split(u',', Qt::SkipEmptyParts);
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(td::test::breezeDarkPalette());
    }
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: td-screenshots DIARY.sqlite OUT_DIR [WIDTHxHEIGHT]\n";
        return 2;
    }
    auto db = std::make_unique<td::Database>();
    if (!db->open(args[1])) {
        QTextStream(stderr) << db->errorString() << '\n';
        return 1;
    }
    // The screen's available size, unless given (as a first run would size the window).
    QSize size;
    if (args.size() > 3) {
        const QStringList wh = args[3].split(u'x');
        size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    td::ui::DiarySession session(std::move(db));
    td::ui::MainWindow window(session);
    window.resize(size.isValid() ? size : window.firstRunSize());
    window.show();
    QDir().mkpath(args[2]);
    const QDir out(args[2]);
    QTabWidget *tabs = window.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        // Files and --pages use the English page names in any language.
        const QString page = QStringList{QStringLiteral("today"), QStringLiteral("history"), QStringLiteral("insights"),
                                         QStringLiteral("report"), QStringLiteral("experiments")}
                                 .value(i, QString::number(i));
        if (!pages.isEmpty() && !pages.contains(page))
            continue;
        tabs->setCurrentIndex(i);
        QTest::qWait(300);
        if (tabs->currentWidget() == window.insightsPage())
            window.analysisRunner()->waitForLatest();
        if (tabs->currentWidget() == window.experimentsPage())
            window.experimentsPage()->waitForResult();
        QTest::qWait(300);
        const QString name = prefix + page + QStringLiteral(".png");
        if (!window.grab().save(out.filePath(name))) {
            QTextStream(stderr) << "could not write " << out.filePath(name) << '\n';
            return 1;
        }
        QTextStream(stdout) << out.filePath(name) << '\n';
        if (tabs->currentWidget() == window.experimentsPage()) {
            td::ui::ExperimentsPage *experiments = window.experimentsPage();
            auto shoot = [&](QWidget *w, const QString &file) {
                QTest::qWait(300);
                if (!w->grab().save(out.filePath(prefix + file)))
                    return false;
                QTextStream(stdout) << out.filePath(prefix + file) << '\n';
                return true;
            };
            if (experiments->list()->count() > 1) {
                experiments->list()->setCurrentRow(0);
                experiments->waitForResult();
                if (!shoot(&window, QStringLiteral("experiments-first.png")))
                    return 1;
            }
            td::ui::ExperimentPlanDialog plan(session, &window);
            plan.show();
            plan.waitForPreview();
            if (!shoot(&plan, QStringLiteral("experiment-plan.png")))
                return 1;
        }
    }
    if (dialog) {
        tabs->setCurrentIndex(0);
        td::ui::SettingsDialog settings(*window.settings(), *window.editor(), false, &window);
        settings.show();
        QTest::qWait(300);
        const QString name = prefix + QStringLiteral("settings.png");
        if (!settings.grab().save(out.filePath(name))) {
            QTextStream(stderr) << "could not write " << out.filePath(name) << '\n';
            return 1;
        }
        QTextStream(stdout) << out.filePath(name) << '\n';
    }
    return 0;
}
