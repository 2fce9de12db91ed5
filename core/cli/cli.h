// twitchdiary-cli: the commands of docs/format.md, runnable in-process for tests.
#pragma once

#include "domain/domain.h"
#include "report/reportdata.h"

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace td::cli {

enum ExitCode { Ok = 0, Failure = 1, BadInput = 2 };

// Renders the doctor PDF to outPath; false with *error on failure. The GUI library
// provides it (charts need Qt Widgets); app/ hands it in.
using ReportWriter =
    std::function<bool(const Diary &, const report::Options &, const QString &outPath, QString *error)>;

struct Environment {
    QTextStream &out;          // data and results
    QTextStream &err;          // messages
    ReportWriter reportWriter; // may be empty
};

// args as main() received them, args[0] being the program name.
int run(const QStringList &args, Environment &env);

} // namespace td::cli
