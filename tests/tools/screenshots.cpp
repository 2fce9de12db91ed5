// td-screenshots: opens the real main window on a diary and writes one PNG per page.
// Runs on any Qt platform (offscreen or Xvfb). Usage: td-screenshots DIARY OUT_DIR
#include "database.h"
#include "insightspage.h"
#include "mainwindow.h"
#include "models/analysisrunner.h"
#include "models/diarysession.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("twitchdiary"));
    td::ui::installTranslations(QLocale::system());  // LANG=de_DE.UTF-8 for the German window
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: td-screenshots DIARY.sqlite OUT_DIR [WIDTHxHEIGHT]\n";
        return 2;
    }
    auto db = std::make_unique<td::Database>();
    if (!db->open(args[1])) {
        QTextStream(stderr) << db->errorString() << '\n';
        return 1;
    }
    QSize size(1280, 800);
    if (args.size() > 3) {
        const QStringList wh = args[3].split(u'x');
        size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    td::ui::DiarySession session(std::move(db));
    td::ui::MainWindow window(session);
    window.resize(size);
    window.show();
    QDir().mkpath(args[2]);
    const QDir out(args[2]);
    QTabWidget *tabs = window.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(300);
        if (tabs->currentWidget() == window.insightsPage())
            window.analysisRunner()->waitForLatest();
        QTest::qWait(300);
        const QString name = tabs->tabText(i).remove(u'&').toLower() + QStringLiteral(".png");
        if (!window.grab().save(out.filePath(name))) {
            QTextStream(stderr) << "could not write " << out.filePath(name) << '\n';
            return 1;
        }
        QTextStream(stdout) << out.filePath(name) << '\n';
    }
    return 0;
}
