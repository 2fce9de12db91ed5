// td-make-sample: writes a generated sample diary as JSON (for screenshots, demos and
// manual testing). A year with planted triggers, a spreading and persistent stretch.
#include "format/diaryjson.h"
#include "format/privatefile.h"
// manual testing). A year with planted triggers, a spreading and persistent stretch, a
// finished and a running experiment.
#include "sample/diarygenerator.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.contains(QStringLiteral("--help"))) {
        QTextStream(stderr) << "usage: td-make-sample OUT.json [DAYS] [END-DATE]\n";
        return 2;
    }
    td::sample::GeneratorOptions o;
    o.days = args.size() > 2 ? args[2].toInt() : 365;
    const QDate end = args.size() > 3 ? QDate::fromString(args[3], Qt::ISODate) : QDate::currentDate();
    o.start = end.addDays(-o.days + 1);
    o.seed = 7;
    o.spreading = true;
    o.symptoms = true;
    o.medications = true;
    o.planted = {{QStringLiteral("food:aspartame"), 2.2, 0},
                 {QStringLiteral("sleep_hours"), 1.8, 1},
                 {QStringLiteral("caffeine_mg"), 1.5, 0}};
    // One finished experiment (less caffeine) and one running (magnesium), as in the app's
    // sample diary.
    o.experiments = td::sample::sampleExperiments(end);
    td::Diary diary = td::sample::generateDiary(o);
    // One episode with drooping ten days before the end, so the sample shows that flag.
    for (qsizetype i = diary.episodes.size() - 1; i >= 0; --i) {
        if (diary.episodes[i].at.date() <= end.addDays(-10)) {
            diary.episodes[i].symptoms = {td::Symptom::Drooping};
            break;
        }
    }
    QString error;
    if (!td::writePrivateFileAtomically(args[1], td::toDiaryJson(diary), &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    return 0;
}
