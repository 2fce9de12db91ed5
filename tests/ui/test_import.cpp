// The window's import (issue 17): differing day values are asked about, as the command
// line's --replace-day-values; a special file is refused without blocking.
#include "scriptedprompts.h"
#include "windowtest.h"

#include "dialogs/episodedialog.h"
#include "dialogs/medicationsdialog.h"
#include "domain/inputlimits.h"
#include "storage/diarystore.h"

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace {

class WindowImport : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        ASSERT_TRUE(td::DiaryStore(*db).setSleep(td::Sleep{QDate(2026, 11, 20), 6.5, 3}));
        ASSERT_TRUE(td::DiaryStore(*db).setStress(td::Stress{QDate(2026, 11, 20), 4}));
        path = dir.filePath(QStringLiteral("import.json"));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"twitchdiary","version":1,
            "episodes":[{"at":"2026-11-20T09:00:00+01:00","zone":"cheek","side":"left","intensity":3}],
            "sleep":[{"date":"2026-11-20","hours":2}],"stress":[{"date":"2026-11-20","level":9}]})");
    }
    QTemporaryDir dir;
    QString path;
    ScriptedPrompts prompts; // answers the window's message boxes (ui/widgets/prompts.h)
};

TEST_F(WindowImport, KeepingTheDiarysValuesStoresNothing)
{
    prompts.click(QStringLiteral("Keep"));
    window->importFile(path);
    ASSERT_EQ(prompts.asked.size(), 1);
    const QString asked = prompts.asked[0].text;
    EXPECT_NE(asked.indexOf(QStringLiteral("sleep hours on 2026-11-20: 6.5 in the diary, 2 in the file")), -1)
        << asked.toStdString();
    EXPECT_NE(asked.indexOf(QStringLiteral("stress on 2026-11-20: 4 in the diary, 9 in the file")), -1);
    EXPECT_EQ(session->store().sleep(QDate(2026, 11, 20)), (td::Sleep{QDate(2026, 11, 20), 6.5, 3}));
    EXPECT_EQ(session->store().stress(QDate(2026, 11, 20))->level, 4);
    EXPECT_TRUE(session->store().episodes().isEmpty()) << "all or nothing";
}

TEST_F(WindowImport, TakingTheFilesValuesKeepsWhatTheFileLacks)
{
    prompts.click(QStringLiteral("Take"));
    window->importFile(path);
    EXPECT_EQ(session->store().sleep(QDate(2026, 11, 20)), (td::Sleep{QDate(2026, 11, 20), 2.0, 3}));
    EXPECT_EQ(session->store().stress(QDate(2026, 11, 20))->level, 9);
    EXPECT_EQ(session->store().episodes().size(), 1);
}

TEST_F(WindowImport, ASpecialFileIsRefusedAtOnce)
{
    const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    prompts.ok();
    window->importFile(fifo);
    ASSERT_EQ(prompts.asked.size(), 1);
    EXPECT_EQ(prompts.asked[0].kind, QStringLiteral("warning"));
    const QString asked = prompts.asked[0].text;
    EXPECT_NE(asked.indexOf(QStringLiteral("not a regular file")), -1) << asked.toStdString();
    EXPECT_TRUE(session->store().episodes().isEmpty());
}

// The window's date fields hold the diary's range (core/domain/inputlimits.h), as import and
// the command line do.
TEST_F(WindowImport, DateFieldsHoldTheDiarysRange)
{
    td::ui::MedicationsDialog medications(*window->editor(), window.get());
    for (QDateEdit *edit : {medications.startedEdit(), medications.stoppedEdit()}) {
        EXPECT_EQ(edit->minimumDate(), QDate(1970, 1, 1));
        EXPECT_EQ(edit->maximumDate(), kToday.addDays(1));
        edit->setDate(QDate(1, 1, 1));
        EXPECT_EQ(edit->date(), QDate(1970, 1, 1));
    }
    td::Episode e{
        0, QDateTime(kToday, QTime(9, 0), Qt::OffsetFromUTC, 3600), td::Zone::Cheek, td::Side::Left, {}, 3, {}, {}};
    td::ui::EpisodeDialog dialog(e, window.get());
    EXPECT_EQ(dialog.timeEdit()->minimumDate(), td::limits::earliestDate());
    EXPECT_EQ(dialog.timeEdit()->maximumDate(), td::limits::latestDate());
    // An entry already outside the range (from an older version) keeps its own date.
    e.at = QDateTime(QDate(1960, 5, 1), QTime(9, 0), Qt::OffsetFromUTC, 3600);
    td::ui::EpisodeDialog old(e, window.get());
    EXPECT_EQ(old.timeEdit()->date(), QDate(1960, 5, 1));
}

} // namespace
