#include "format/diaryjson.h"
#include "olddiary.h"
#include "storage/backup.h"
#include "testdiary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace td;

namespace {

Diary everyEntity()
{
    Diary d;
    d.episodes.append({0,
                       localTime(QStringLiteral("2026-11-02T14:03:00+01:00")),
                       Zone::LowerLip,
                       Side::Left,
                       40,
                       4,
                       {Symptom::Pain},
                       QStringLiteral("after lunch")});
    d.episodes.append({0,
                       localTime(QStringLiteral("2026-11-02T21:10:00-05:00")),
                       Zone::UpperEyelid,
                       Side::Right,
                       std::nullopt,
                       7,
                       {Symptom::Weakness, Symptom::Drooping},
                       {}});
    d.intakes.append({0, localTime(QStringLiteral("2026-11-02T08:10:00+01:00")), IntakeKind::Caffeine,
                      QStringLiteral("espresso"), 63.0});
    d.intakes.append({0, localTime(QStringLiteral("2026-11-02T20:00:00+01:00")), IntakeKind::Alcohol, {}, 2.0});
    d.intakes.append({0, localTime(QStringLiteral("2026-11-02T12:30:00+01:00")), IntakeKind::Food,
                      QStringLiteral("aspartame"), std::nullopt});
    d.intakes.append({0, localTime(QStringLiteral("2026-11-02T09:00:00+01:00")), IntakeKind::Water, {}, 0.5});
    d.intakes.append({0, localTime(QStringLiteral("2026-11-02T21:00:00+01:00")), IntakeKind::Supplement,
                      QStringLiteral("magnesium"), 400.0});
    d.sleep.append({QDate(2026, 11, 2), 6.5, 3});
    d.sleep.append({QDate(2026, 11, 3), std::nullopt, 2});
    d.stress.append({QDate(2026, 11, 2), 7});
    d.checkins.append(QDate(2026, 11, 2));
    d.medications.append({0, QStringLiteral("sertraline"), QStringLiteral("50 mg"), QDate(2026, 10, 1), std::nullopt});
    d.medications.append({0, QStringLiteral("cetirizine"), {}, QDate(2026, 9, 1), QDate(2026, 9, 20)});
    d.customFactors.append({QStringLiteral("cold exposure"), CustomFactorType::YesNo, {}});
    d.customFactors.append({QStringLiteral("screen"), CustomFactorType::Number, QStringLiteral("h")});
    d.customValues.append({QDate(2026, 11, 2), QStringLiteral("cold exposure"), 1});
    d.customValues.append({QDate(2026, 11, 2), QStringLiteral("screen"), 9});
    return d;
}

} // namespace

TEST_F(MemoryDiaryTest, NewDiaryIsAtLatestSchemaWithForeignKeys)
{
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    EXPECT_GE(Database::latestSchemaVersion(), 1);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_F(MemoryDiaryTest, EveryEntityRoundTrips)
{
    const Diary in = everyEntity();
    ASSERT_TRUE(store.import(in)) << store.errorString().toStdString();
    const Diary out = store.load();
    ASSERT_EQ(out.episodes.size(), 2);
    // Offsets are kept: the New York entry still reads 21:10 at -05:00.
    EXPECT_EQ(out.episodes[1].at.offsetFromUtc(), -5 * 3600);
    EXPECT_EQ(out.episodes[1].at.time(), QTime(21, 10));
    EXPECT_EQ(out.episodes[0].symptoms, QList<Symptom>{Symptom::Pain});
    EXPECT_EQ(out.episodes[0].note, QStringLiteral("after lunch"));
    EXPECT_EQ(out.episodes[1].durationS, std::nullopt);
    EXPECT_EQ(out.intakes.size(), 5);
    EXPECT_EQ(out.sleep, in.sleep);
    EXPECT_EQ(out.stress, in.stress);
    EXPECT_EQ(out.checkins, in.checkins);
    ASSERT_EQ(out.medications.size(), 2);
    EXPECT_EQ(out.medications[0].name, QStringLiteral("cetirizine"));
    EXPECT_EQ(out.medications[0].stopped, QDate(2026, 9, 20));
    EXPECT_EQ(out.customFactors, in.customFactors);
    EXPECT_EQ(out.customValues.size(), 2);
    // Same diary, rendered: identical JSON.
    Diary sortedIn = in;
    std::sort(sortedIn.intakes.begin(), sortedIn.intakes.end(),
              [](const Intake &a, const Intake &b) { return a.at < b.at; });
    std::sort(sortedIn.medications.begin(), sortedIn.medications.end(),
              [](const Medication &a, const Medication &b) { return a.started < b.started; });
    EXPECT_EQ(toDiaryJson(out), toDiaryJson(sortedIn));
}

TEST_F(MemoryDiaryTest, SingleEntityWritesAndRemoves)
{
    Episode e{0, localTime(QStringLiteral("2026-11-02T14:03:00+01:00")), Zone::Cheek, Side::Both, 10, 3, {}, {}};
    ASSERT_TRUE(store.addEpisode(e));
    EXPECT_GT(e.id, 0);
    e.intensity = 9;
    ASSERT_TRUE(store.updateEpisode(e));
    EXPECT_EQ(store.episode(e.id)->intensity, 9);
    EXPECT_EQ(store.lastEpisode()->id, e.id);
    ASSERT_TRUE(store.removeEpisode(e.id));
    EXPECT_FALSE(store.episode(e.id));

    ASSERT_TRUE(store.setSleep({QDate(2026, 11, 2), 7.5, 4}));
    ASSERT_TRUE(store.setSleep({QDate(2026, 11, 2), 5.0, 2}));
    EXPECT_EQ(store.sleep(QDate(2026, 11, 2))->hours, 5.0);
    ASSERT_TRUE(store.setStress({QDate(2026, 11, 2), 8}));
    EXPECT_EQ(store.stress(QDate(2026, 11, 2))->level, 8);
    ASSERT_TRUE(store.setCheckedIn(QDate(2026, 11, 2), true));
    EXPECT_TRUE(store.isCheckedIn(QDate(2026, 11, 2)));
    ASSERT_TRUE(store.setCheckedIn(QDate(2026, 11, 2), false));
    EXPECT_FALSE(store.isCheckedIn(QDate(2026, 11, 2)));
    EXPECT_EQ(store.caffeinePresets().size(), 6);
    EXPECT_EQ(store.caffeinePresets().constFirst(), (CaffeinePreset{QStringLiteral("espresso"), 63}));
}

TEST_F(MemoryDiaryTest, DatabaseRejectsOutOfRangeValuesEvenWithoutTheParser)
{
    Episode e{0, localTime(QStringLiteral("2026-11-02T14:03:00+01:00")), Zone::Cheek, Side::Both, 10, 11, {}, {}};
    EXPECT_FALSE(store.addEpisode(e));
    EXPECT_FALSE(store.errorString().isEmpty());
    EXPECT_TRUE(store.episodes().isEmpty());
    EXPECT_FALSE(store.setSleep({QDate(2026, 11, 2), 30.0, 3}));
    EXPECT_FALSE(store.sleep(QDate(2026, 11, 2)));
}

TEST_F(MemoryDiaryTest, ImportingTwiceAddsNothing)
{
    ImportSummary first, second;
    ASSERT_TRUE(store.import(everyEntity(), &first));
    ASSERT_TRUE(store.import(everyEntity(), &second));
    EXPECT_GT(first.added, 0);
    EXPECT_EQ(second.added, 0);
    EXPECT_EQ(second.replaced, 0);
    EXPECT_EQ(store.load().episodes.size(), 2);
    EXPECT_EQ(store.load().intakes.size(), 5);
    EXPECT_EQ(store.load().customValues.size(), 2);
}

TEST_F(MemoryDiaryTest, ImportIsAllOrNothing)
{
    Diary d = everyEntity();
    d.customValues.append({QDate(2026, 11, 3), QStringLiteral("unknown factor"), 1});
    EXPECT_FALSE(store.import(d));
    EXPECT_TRUE(store.errorIsBadInput());
    EXPECT_TRUE(store.errorString().startsWith(QStringLiteral("custom_values[2].name")))
        << store.errorString().toStdString();
    EXPECT_TRUE(store.load().episodes.isEmpty());
    EXPECT_TRUE(store.load().checkins.isEmpty());
}

TEST(DiaryFile, CreatedPrivateAndMigratedFromEmpty)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("nested/diary"));
    const QString path = folder + QStringLiteral("/diary.sqlite");
    {
        Database db;
        ASSERT_TRUE(db.open(path)) << db.errorString().toStdString();
        EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    }
    EXPECT_EQ(QFileInfo(path).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto folderPerms = QFileInfo(folder).permissions();
    EXPECT_TRUE(folderPerms & QFileDevice::ExeOwner);
    EXPECT_FALSE(folderPerms & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
}

// Format 3 rebuilt the episodes and intakes tables to check zone, side and kind without
// a temporary index per row (resources/migrations/0003_fast_checks.sql): every row of a
// format-2 diary keeps its id and values, and the rules refuse what they refused.
TEST(DiaryFile, TheUpgradeToFormat3KeepsEveryRowAndRule)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    writeDiaryAtVersion(path, 2,
                        "INSERT INTO episodes VALUES (7, 1793520000, 3600, 'upper_eyelid', 'left', NULL, 4, "
                        "'pain,weakness', 'after ''lunch''');"
                        "INSERT INTO episodes VALUES (12, 1793523600, -18000, 'other', 'centre', 30, 10, '', '');"
                        "INSERT INTO intakes VALUES (3, 1793500000, 3600, 'caffeine', 'espresso', 63.5);"
                        "INSERT INTO intakes VALUES (9, 1793500100, 0, 'food', 'aspartame', NULL);"
                        "INSERT INTO sleep VALUES ('2026-10-31', 6.5, 3);");
    {
        Database db;
        db.setDailyBackups(false);
        ASSERT_TRUE(db.open(path)) << db.errorString().toStdString();
        EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
        DiaryStore store(db);
        const QList<Episode> episodes = store.episodes();
        ASSERT_EQ(episodes.size(), 2);
        EXPECT_EQ(episodes[0].id, 7);
        EXPECT_EQ(episodes[0].at.toSecsSinceEpoch(), 1793520000);
        EXPECT_EQ(episodes[0].at.offsetFromUtc(), 3600);
        EXPECT_EQ(episodes[0].zone, Zone::UpperEyelid);
        EXPECT_EQ(episodes[0].side, Side::Left);
        EXPECT_FALSE(episodes[0].durationS);
        EXPECT_EQ(episodes[0].symptoms, (QList<Symptom>{Symptom::Pain, Symptom::Weakness}));
        EXPECT_EQ(episodes[0].note, QStringLiteral("after 'lunch'"));
        EXPECT_EQ(episodes[1].id, 12);
        EXPECT_EQ(episodes[1].zone, Zone::Other);
        EXPECT_EQ(episodes[1].side, Side::Centre);
        EXPECT_EQ(episodes[1].durationS, 30);
        const QList<Intake> intakes = store.intakes();
        ASSERT_EQ(intakes.size(), 2);
        EXPECT_EQ(intakes[0].id, 3);
        EXPECT_EQ(intakes[0].amount, 63.5);
        EXPECT_EQ(intakes[1].id, 9);
        EXPECT_EQ(intakes[1].kind, IntakeKind::Food);
        EXPECT_FALSE(intakes[1].amount);
        EXPECT_EQ(store.sleep(QDate(2026, 10, 31))->hours, 6.5);

        QSqlQuery q(db.connection());
        for (const char *bad : {"INSERT INTO episodes (at_utc, utc_offset, zone, side, intensity) "
                                "VALUES (1, 0, 'eyelid', 'left', 3)",
                                "INSERT INTO episodes (at_utc, utc_offset, zone, side, intensity) "
                                "VALUES (1, 0, 'Cheek', 'left', 3)",
                                "INSERT INTO episodes (at_utc, utc_offset, zone, side, intensity) "
                                "VALUES (1, 0, 'cheek', 'up', 3)",
                                "INSERT INTO episodes (at_utc, utc_offset, zone, side, intensity) "
                                "VALUES (1, 0, NULL, 'left', 3)",
                                "INSERT INTO intakes (at_utc, utc_offset, kind) VALUES (1, 0, 'tea')",
                                "INSERT INTO intakes (at_utc, utc_offset, kind) VALUES (1, 0, 'caffeine ')"})
            EXPECT_FALSE(q.exec(QString::fromLatin1(bad))) << bad;
        for (const char *good : {"INSERT INTO episodes (at_utc, utc_offset, zone, side, intensity) "
                                 "VALUES (1, 0, 'torso', 'both', 3)",
                                 "INSERT INTO intakes (at_utc, utc_offset, kind, amount) VALUES (1, 0, 'water', 1)"})
            EXPECT_TRUE(q.exec(QString::fromLatin1(good))) << good;
    }
    // The upgrade is backed up first, as every upgrade of an existing diary is.
    const QList<BackupInfo> taken = backups::list(path);
    ASSERT_EQ(taken.size(), 1);
    EXPECT_EQ(taken[0].kind, QStringLiteral("migration"));
    EXPECT_EQ(taken[0].schemaVersion, 2);
}

TEST(DiaryFile, EmptyExistingFileIsMigrated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    Database db;
    ASSERT_TRUE(db.open(path)) << db.errorString().toStdString();
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
}

TEST(DiaryFile, NewerVersionIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db;
        ASSERT_TRUE(db.open(path));
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    Database db;
    EXPECT_FALSE(db.open(path));
    EXPECT_TRUE(db.errorString().contains(QStringLiteral("newer version"))) << db.errorString().toStdString();
    Database check;
    ASSERT_TRUE(check.open(path, Database::Mode::ReadOnly) == false);
}

TEST(DiaryFile, NotADiaryIsRefusedAndNotOverwritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    const QByteArray text("These are my notes, not a database. They must survive.\n");
    f.write(text.repeated(200));
    f.close();
    Database db;
    EXPECT_FALSE(db.open(path));
    EXPECT_TRUE(db.errorString().contains(QStringLiteral("not a Twitch Diary file"))) << db.errorString().toStdString();
    QFile again(path);
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), text.repeated(200));
}

// A diary copied while it is open leaves its newest pages in diary.sqlite-wal. A copy with
// none of its tables in the main file is explained when opened read-only; opened for
// writing it becomes a new diary (as a new diary killed before its first commit must: the
// file alone cannot tell the two apart), with a warning that names the missing -wal.
TEST(DiaryFile, CopyWithoutItsWriteAheadLogIsExplained)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    Database open;
    ASSERT_TRUE(open.open(path)) << open.errorString().toStdString();
    ASSERT_TRUE(QFile::exists(path + QStringLiteral("-wal")));
    ASSERT_TRUE(QFile::copy(path, copy));
    QFile before(copy);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    {
        Database db;
        EXPECT_FALSE(db.open(copy, Database::Mode::ReadOnly));
        EXPECT_TRUE(db.errorString().contains(QStringLiteral("copy.sqlite-wal"))) << db.errorString().toStdString();
        EXPECT_TRUE(db.errorString().contains(QStringLiteral("Export"))) << db.errorString().toStdString();
        EXPECT_FALSE(db.errorString().contains(QStringLiteral("upgrade"))) << db.errorString().toStdString();
        EXPECT_EQ(db.errorKind(), Database::ErrorKind::NotADiary);
    }
    QFile after(copy);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), bytes) << "a read-only open changes nothing";
    after.close();
    // An empty -wal beside it (a read-only open may leave one) holds nothing either: for
    // writing it opens as a new diary and says why it may be empty.
    {
        QFile emptyWal(copy + QStringLiteral("-wal"));
        ASSERT_TRUE(emptyWal.open(QIODevice::WriteOnly));
    }
    {
        Database db;
        ASSERT_TRUE(db.open(copy)) << db.errorString().toStdString();
        EXPECT_TRUE(db.warningString().contains(QStringLiteral("copy.sqlite-wal"))) << db.warningString().toStdString();
        EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    }

    // Closed cleanly, the diary is complete in one file, and a copy of it opens.
    open.close();
    ASSERT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    const QString clean = dir.filePath(QStringLiteral("clean.sqlite"));
    ASSERT_TRUE(QFile::copy(path, clean));
    Database db;
    EXPECT_TRUE(db.open(clean, Database::Mode::ReadOnly)) << db.errorString().toStdString();
}
