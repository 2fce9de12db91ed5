#include "models/samplediary.h"

#include "sample/diarygenerator.h"
#include "storage/diarystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace td::ui {
namespace {

// The generator's food names, shown in the user's language in the sample diary.
constexpr const char *kSampleFoods[] = {
    QT_TRANSLATE_NOOP("td::ui::SampleDiary", "aspartame"),    QT_TRANSLATE_NOOP("td::ui::SampleDiary", "msg"),
    QT_TRANSLATE_NOOP("td::ui::SampleDiary", "processed"),    QT_TRANSLATE_NOOP("td::ui::SampleDiary", "bananas"),
    QT_TRANSLATE_NOOP("td::ui::SampleDiary", "leafy greens"), QT_TRANSLATE_NOOP("td::ui::SampleDiary", "nuts"),
};

// The sample experiments' titles and note, in the user's language.
constexpr const char *kSampleExperimentTexts[] = {
    QT_TRANSLATE_NOOP("td::ui::SampleDiary", "Less caffeine"),
    QT_TRANSLATE_NOOP("td::ui::SampleDiary", "Magnesium every day"),
    QT_TRANSLATE_NOOP("td::ui::SampleDiary", "One cup in the morning on change weeks."),
};

QString sampleExperimentText(const QString &text)
{
    for (const char *t : kSampleExperimentTexts) {
        if (text == QLatin1String(t))
            return QCoreApplication::translate("td::ui::SampleDiary", t);
    }
    return text;
}

QString sampleFoodName(const QString &name)
{
    for (const char *food : kSampleFoods) {
        if (name == QLatin1String(food))
            return QCoreApplication::translate("td::ui::SampleDiary", food).toLower();
    }
    return name;
}

} // namespace

QString sampleDiaryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("sample/sample-diary.sqlite"));
}

std::unique_ptr<Database> createSampleDiary(const QString &path, const QDate &today, QString *error)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("td::ui", s); };
    if (QFileInfo(path).fileName() != u"sample-diary.sqlite") {
        *error = tr("The sample diary is only ever written as sample-diary.sqlite.");
        return nullptr;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    sample::GeneratorOptions o;
    o.days = 182;
    o.start = today.addDays(-o.days + 1);
    o.seed = 20261127;
    o.spreading = true;
    o.medications = true;
    o.planted = {{QStringLiteral("food:aspartame"), 2.2, 0}, {QStringLiteral("sleep_hours"), 1.8, 1}};
    // A finished experiment (less caffeine) and a running one (magnesium).
    o.experiments = sample::sampleExperiments(today);
    Diary diary = sample::generateDiary(o);
    for (Intake &i : diary.intakes) {
        if (i.kind == IntakeKind::Food)
            i.name = sampleFoodName(i.name);
    }
    for (experiments::Plan &plan : diary.experiments) {
        plan.title = sampleExperimentText(plan.title);
        plan.note = sampleExperimentText(plan.note);
    }

    auto db = std::make_unique<Database>();
    db->setDailyBackups(false);
    if (!db->open(path)) {
        *error = db->errorString();
        return nullptr;
    }
    DiaryStore store(*db);
    ImportSummary summary;
    if (!store.import(diary, &summary)) {
        *error = store.errorString();
        return nullptr;
    }
    return db;
}

} // namespace td::ui
