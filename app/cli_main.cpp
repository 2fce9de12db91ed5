// twitchdiary-cli: the diary without a window (FORMAT.md).
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("twitchdiary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    td::cli::Environment env{out, err, {}};
    return td::cli::run(QCoreApplication::arguments(), env);
}
