// One main for every test executable, compiled twice: with TD_TEST_GUI it creates a
// QApplication (offscreen platform), else a QCoreApplication. Never the user's real data.
#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

#include <gtest/gtest.h>

#ifdef TD_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    QLocale::setDefault(QLocale::c()); // numbers and dates as the command line prints them
    QCoreApplication::setApplicationName(QStringLiteral("twitchdiary-tests"));
    return RUN_ALL_TESTS();
}
