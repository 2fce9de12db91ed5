// Hostile inputs and file-system tricks (issue 17): each class of defect an attack found,
// tried with more than the one example. docs/reliability.md, "Hostile inputs", says what
// is promised; these tests check it.
#include "cli/cli.h"
#include "domain/clock.h"
#include "domain/inputlimits.h"
#include "format/diarycsv.h"
#include "format/diaryjson.h"
#include "printers.h"
#include "sample/diarygenerator.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/diarystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include <sqlite3.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace td;
using K = Database::ErrorKind;

namespace {

int mode(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct Umask {
    mode_t old;
    explicit Umask(mode_t m) : old(::umask(m)) {}
    ~Umask() { ::umask(old); }
};

QDateTime at(int y, int m, int d, int h = 9) { return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::OffsetFromUTC, 3600); }

Episode episode(const QDateTime &when, const QString &note = {})
{
    return Episode{0, when, Zone::Cheek, Side::Left, 5, 3, {}, note};
}

class Hostile : public ::testing::Test
{
protected:
    void SetUp() override { Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::OffsetFromUTC, 3600)); }
    void TearDown() override { Clock::setFixed(std::nullopt); }

    QString path(const QString &name) const { return dir.filePath(name); }
    QString diary() const { return path(QStringLiteral("diary.sqlite")); }
    QString file(const QString &name, const QByteArray &content)
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        return path(name);
    }
    // twitchdiary-cli in-process, with --db diary() unless args name one.
    int run(QStringList args)
    {
        out.clear();
        err.clear();
        QTextStream o(&out), e(&err);
        cli::Environment env{o, e, {}};
        if (std::none_of(args.cbegin(), args.cend(), [](const QString &a) { return a.startsWith(u"--db"); }))
            args << QStringLiteral("--db") << diary();
        args.prepend(QStringLiteral("twitchdiary-cli"));
        const int rc = cli::run(args, env);
        o.flush();
        e.flush();
        return rc;
    }
    void makeDiary(int days = 30)
    {
        Database db;
        db.setDailyBackups(false);
        ASSERT_TRUE(db.open(diary())) << db.errorString().toStdString();
        sample::GeneratorOptions o;
        o.days = days;
        o.start = QDate(2026, 11, 26).addDays(1 - days);
        ASSERT_TRUE(DiaryStore(db).import(sample::generateDiary(o)));
    }
    Diary stored()
    {
        Database db;
        db.setDailyBackups(false);
        EXPECT_TRUE(db.open(diary())) << db.errorString().toStdString();
        return DiaryStore(db).load();
    }

    QTemporaryDir dir;
    QString out, err;
};

// ---- 1. Permissions ------------------------------------------------------------------

TEST_F(Hostile, AnExistingFolderIsNeverChmodded)
{
    for (const int folderMode : {01777, 0755, 0775, 0711}) {
        const QString shared = path(QStringLiteral("shared%1").arg(folderMode, 0, 8));
        ASSERT_TRUE(QDir().mkdir(shared));
        ASSERT_EQ(::chmod(QFile::encodeName(shared).constData(), mode_t(folderMode)), 0);
        const QString d = QDir(shared).filePath(QStringLiteral("diary.sqlite"));
        {
            Database db;
            ASSERT_TRUE(db.open(d)) << db.errorString().toStdString();
            Episode e = episode(at(2026, 11, 2));
            ASSERT_TRUE(DiaryStore(db).addEpisode(e));
            QString error;
            ASSERT_TRUE(backups::create(db, QStringLiteral("daily"), &error)) << error.toStdString();
        }
        EXPECT_EQ(mode(shared), folderMode) << "the shared folder kept its mode and sticky bit";
        EXPECT_EQ(mode(d), 0600);
        EXPECT_EQ(mode(backups::folderFor(d)), 0700) << "the backups folder is ours";
        // The CLI's writes leave it as it is too.
        EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("2026-11-20"), QStringLiteral("--db"), d}), 0)
            << err.toStdString();
        EXPECT_EQ(mode(shared), folderMode);
    }
}

TEST_F(Hostile, FoldersCreatedOnTheWayAre0700WhateverTheUmask)
{
    for (const mode_t mask : {mode_t(000), mode_t(022), mode_t(077)}) {
        const Umask umask(mask);
        const QString top = path(QStringLiteral("home%1").arg(mask));
        const QString d = top + QStringLiteral("/.local/share/twitchdiary/diary.sqlite");
        Database db;
        ASSERT_TRUE(db.open(d)) << db.errorString().toStdString();
        for (const QString &f : QStringList{top, top + QStringLiteral("/.local"), top + QStringLiteral("/.local/share"),
                                            top + QStringLiteral("/.local/share/twitchdiary")})
            EXPECT_EQ(mode(f), 0700) << f.toStdString() << " under umask " << mask;
        EXPECT_EQ(mode(dir.path()), 0700) << "the temporary folder (existing) is untouched";
        EXPECT_EQ(mode(d), 0600);
    }
}

TEST_F(Hostile, ALooseDiaryIsTightenedAndSaid)
{
    makeDiary(5);
    ASSERT_EQ(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    for (const int loose : {0644, 0666, 0640, 0604}) {
        ASSERT_EQ(::chmod(QFile::encodeName(diary()).constData(), mode_t(loose)), 0);
        {
            Database db;
            db.setDailyBackups(false);
            ASSERT_TRUE(db.open(diary())) << db.errorString().toStdString();
            EXPECT_NE(db.warningString().indexOf(QStringLiteral("%1").arg(loose, 4, 8, QChar(u'0'))), -1)
                << db.warningString().toStdString();
            EXPECT_NE(db.warningString().indexOf(QStringLiteral("0600")), -1);
            EXPECT_EQ(mode(diary()), 0600);
        }
        EXPECT_EQ(mode(dir.path()), 0755) << "the folder is not the diary's own file";
    }
    // A -wal left readable beside it (a copy made with cp -p, say) is tightened too.
    file(QStringLiteral("diary.sqlite-wal"), QByteArray());
    ASSERT_EQ(::chmod(QFile::encodeName(diary() + QStringLiteral("-wal")).constData(), 0644), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(diary()).constData(), 0644), 0);
    // The CLI says it on stderr, and goes on.
    EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("2026-11-21")}), 0) << err.toStdString();
    EXPECT_NE(err.indexOf(QStringLiteral("warning")), -1) << err.toStdString();
    EXPECT_NE(err.indexOf(QStringLiteral("0644")), -1) << err.toStdString();
    EXPECT_EQ(mode(diary()), 0600);
    EXPECT_NE(err.indexOf(QStringLiteral("diary.sqlite-wal (was 0644)")), -1) << err.toStdString();
    // A tight diary says nothing.
    EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("2026-11-22")}), 0);
    EXPECT_TRUE(err.isEmpty()) << err.toStdString();
}

// ---- 2. One diary, many paths ----------------------------------------------------------

TEST_F(Hostile, EveryPathToTheFileSharesItsLock)
{
    makeDiary(5);
    const QString link = path(QStringLiteral("link.sqlite"));
    ASSERT_EQ(::symlink(QFile::encodeName(diary()).constData(), QFile::encodeName(link).constData()), 0);
    const QString chain = path(QStringLiteral("chain.sqlite"));
    ASSERT_EQ(::symlink("link.sqlite", QFile::encodeName(chain).constData()), 0);
    const QString folderLink = path(QStringLiteral("alias"));
    ASSERT_EQ(::symlink(QFile::encodeName(dir.path()).constData(), QFile::encodeName(folderLink).constData()), 0);
    const QString dotted = path(QStringLiteral("sub/../diary.sqlite"));
    QDir().mkdir(path(QStringLiteral("sub")));

    Database window;
    window.setLockTimeout(0);
    ASSERT_TRUE(window.open(diary())) << window.errorString().toStdString();
    for (const QString &other : QStringList{link, chain, folderLink + QStringLiteral("/diary.sqlite"),
                                            folderLink + QStringLiteral("/link.sqlite"), dotted}) {
        Database cli;
        cli.setLockTimeout(0);
        EXPECT_FALSE(cli.open(other)) << other.toStdString();
        EXPECT_EQ(cli.errorKind(), K::Locked) << other.toStdString() << ": " << cli.errorString().toStdString();
    }
    // The command line (which waits 2 s for the lock) through the link.
    EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("--db"), link}), 1);
    EXPECT_NE(err.indexOf(QStringLiteral("process")), -1) << err.toStdString();
    window.close();
    // The backups are the file's, whichever path names it.
    {
        Database db;
        ASSERT_TRUE(db.open(diary()));
        QString error;
        ASSERT_TRUE(backups::create(db, QStringLiteral("daily"), &error)) << error.toStdString();
    }
    EXPECT_EQ(run({QStringLiteral("restore"), QStringLiteral("--list"), QStringLiteral("--db"),
                   folderLink + QStringLiteral("/link.sqlite")}),
              0);
    EXPECT_NE(out.indexOf(QStringLiteral("daily")), -1) << out.toStdString();
    Database viaLink;
    ASSERT_TRUE(viaLink.open(link));
    EXPECT_EQ(viaLink.path(), QFileInfo(diary()).canonicalFilePath()) << "the diary is the file, not the link";
    EXPECT_FALSE(QFileInfo::exists(link + QStringLiteral(".lock")));
}

TEST_F(Hostile, AHardLinkedDiaryIsRefused)
{
    makeDiary(5);
    const QString second = path(QStringLiteral("second-name.sqlite"));
    ASSERT_EQ(::link(QFile::encodeName(diary()).constData(), QFile::encodeName(second).constData()), 0);
    const QByteArray before = digest(diary());
    for (const QString &name : {diary(), second}) {
        for (const auto m : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
            Database db;
            EXPECT_FALSE(db.open(name, m));
            EXPECT_NE(db.errorString().indexOf(QStringLiteral("hard link")), -1) << db.errorString().toStdString();
        }
        EXPECT_EQ(run({QStringLiteral("log-episode"), QStringLiteral("--zone"), QStringLiteral("cheek"),
                       QStringLiteral("--side"), QStringLiteral("left"), QStringLiteral("--intensity"),
                       QStringLiteral("3"), QStringLiteral("--db"), name}),
                  1);
        EXPECT_NE(err.indexOf(QStringLiteral("2 names")), -1) << err.toStdString();
    }
    EXPECT_EQ(digest(diary()), before);
    EXPECT_FALSE(QFileInfo::exists(diary() + QStringLiteral("-wal")));
    // Once the other name is gone, the diary opens.
    ASSERT_TRUE(QFile::remove(second));
    Database db;
    EXPECT_TRUE(db.open(diary())) << db.errorString().toStdString();
}

TEST_F(Hostile, ADanglingSymlinkCreatesNothingElsewhere)
{
    const QString elsewhere = path(QStringLiteral("elsewhere"));
    ASSERT_TRUE(QDir().mkdir(elsewhere));
    struct Case {
        QString link;
        QString target;
    };
    const QList<Case> cases = {
        {path(QStringLiteral("a.sqlite")), elsewhere + QStringLiteral("/diary.sqlite")},
        {path(QStringLiteral("b.sqlite")), elsewhere + QStringLiteral("/missing/folder/diary.sqlite")},
        {path(QStringLiteral("c.sqlite")), QStringLiteral("relative-missing.sqlite")},
    };
    for (const Case &c : cases) {
        ASSERT_EQ(::symlink(QFile::encodeName(c.target).constData(), QFile::encodeName(c.link).constData()), 0);
        Database db;
        EXPECT_FALSE(db.open(c.link));
        EXPECT_NE(db.errorString().indexOf(QStringLiteral("does not exist")), -1) << db.errorString().toStdString();
        EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("--db"), c.link}), 1);
        EXPECT_NE(err.indexOf(QStringLiteral("symbolic link")), -1) << err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(c.target)) << c.target.toStdString();
    }
    EXPECT_TRUE(QDir(elsewhere).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

// ---- 3. Dates --------------------------------------------------------------------------

QByteArray withEpisodeAt(const QString &when)
{
    return QStringLiteral(
               R"({"format":"twitchdiary","version":1,"episodes":[{"at":"%1","zone":"cheek","side":"left","intensity":3}]})")
        .arg(when)
        .toUtf8();
}

TEST_F(Hostile, ImportRefusesDatesOutsideTheDiarysLife)
{
    const QString range = QStringLiteral("1970-01-01 to 2026-11-28");
    const struct {
        QByteArray json;
        const char *path;
    } cases[] = {
        {withEpisodeAt(QStringLiteral("0001-01-01T10:00:00+01:00")), "episodes[0].at"},
        {withEpisodeAt(QStringLiteral("1969-12-31T23:00:00+00:00")), "episodes[0].at"},
        {withEpisodeAt(QStringLiteral("2030-01-01T10:00:00+01:00")), "episodes[0].at"},
        {withEpisodeAt(QStringLiteral("2026-11-29T00:30:00+01:00")), "episodes[0].at"},
        {R"({"format":"twitchdiary","version":1,"intakes":[{"at":"9999-12-31T10:00:00Z","kind":"water","amount":1,"unit":"l"}]})",
         "intakes[0].at"},
        {R"({"format":"twitchdiary","version":1,"sleep":[{"date":"1900-01-01","hours":7}]})", "sleep[0].date"},
        {R"({"format":"twitchdiary","version":1,"stress":[{"date":"2027-01-01","level":3}]})", "stress[0].date"},
        {R"({"format":"twitchdiary","version":1,"checkins":["2026-11-26","1969-12-31"]})", "checkins[1]"},
        {R"({"format":"twitchdiary","version":1,"medications":[{"name":"x","started":"1800-01-01"}]})",
         "medications[0].started"},
        {R"({"format":"twitchdiary","version":1,"custom_factors":[{"name":"f","type":"yesno"}],"custom_values":[{"date":"2100-01-01","name":"f","value":1}]})",
         "custom_values[0].date"},
    };
    for (const auto &c : cases) {
        const ParseResult r = parseDiaryJson(c.json);
        EXPECT_FALSE(r.diary.has_value()) << c.json.constData();
        EXPECT_EQ(r.errorPath, QLatin1String(c.path)) << r.message().toStdString();
        EXPECT_NE(r.error.indexOf(range), -1) << r.message().toStdString();
        EXPECT_EQ(run({QStringLiteral("import"), file(QStringLiteral("dates.json"), c.json)}), 2) << err.toStdString();
        EXPECT_NE(err.indexOf(QLatin1String(c.path)), -1) << err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(diary())) << "nothing was created for a refused file";
    // The edges are in.
    EXPECT_TRUE(parseDiaryJson(withEpisodeAt(QStringLiteral("1970-01-01T00:00:00+00:00"))).diary.has_value());
    EXPECT_TRUE(parseDiaryJson(withEpisodeAt(QStringLiteral("2026-11-28T23:59:00+01:00"))).diary.has_value());
}

TEST_F(Hostile, EveryCliDateIsHeldToTheSameRange)
{
    const QStringList episode = {QStringLiteral("log-episode"), QStringLiteral("--zone"), QStringLiteral("cheek"),
                                 QStringLiteral("--side"),      QStringLiteral("left"),   QStringLiteral("--intensity"),
                                 QStringLiteral("3"),           QStringLiteral("--at")};
    const struct {
        QStringList args;
        const char *phrase;
    } cases[] = {
        {episode + QStringList{QStringLiteral("0001-01-01T10:00:00+01:00")}, "1970-01-01 to 2026-11-28"},
        {episode + QStringList{QStringLiteral("1969-12-31T10:00:00+00:00")}, "1970-01-01 to 2026-11-28"},
        {episode + QStringList{QStringLiteral("2026-11-26T10:00:00+19:00")}, "±18:00"},
        {episode + QStringList{QStringLiteral("2026-11-26T10:00:00-23:59")}, "±18:00"},
        {{QStringLiteral("check-in"), QStringLiteral("1969-12-31")}, "1970-01-01 to 2026-11-28"},
        {{QStringLiteral("check-in"), QStringLiteral("0001-01-01")}, "1970-01-01 to 2026-11-28"},
        {{QStringLiteral("analyze"), QStringLiteral("--from"), QStringLiteral("1900-01-01")}, "--from"},
        {{QStringLiteral("analyze"), QStringLiteral("--to"), QStringLiteral("2999-01-01")}, "--to"},
        {{QStringLiteral("report"), QStringLiteral("--out"), path(QStringLiteral("r.pdf")), QStringLiteral("--from"),
          QStringLiteral("1000-01-01")},
         "--from"},
    };
    makeDiary(5);
    const QByteArray before = digest(diary());
    for (const auto &c : cases) {
        QString o, e;
        QTextStream os(&o), es(&e);
        cli::Environment env{os, es,
                             [](const Diary &, const report::Options &, const QString &, QString *) { return true; }};
        QStringList args = QStringList{QStringLiteral("twitchdiary-cli")} + c.args;
        args << QStringLiteral("--db") << diary();
        EXPECT_EQ(cli::run(args, env), 2) << c.args.join(u' ').toStdString() << ": " << e.toStdString();
        es.flush();
        EXPECT_NE(e.indexOf(QString::fromUtf8(c.phrase)), -1) << e.toStdString();
        EXPECT_EQ(e.indexOf(QStringLiteral("Unable to fetch row")), -1) << e.toStdString();
        EXPECT_EQ(e.indexOf(QStringLiteral("CHECK constraint")), -1) << e.toStdString();
    }
    EXPECT_EQ(digest(diary()), before);
}

TEST_F(Hostile, TheStoreRefusesAnOffsetTheSchemaWouldRefuse)
{
    Database db;
    ASSERT_TRUE(db.openInMemory());
    DiaryStore store(db);
    Episode e = episode(QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::OffsetFromUTC, 19 * 3600));
    EXPECT_FALSE(store.addEpisode(e));
    EXPECT_TRUE(store.errorIsBadInput());
    EXPECT_NE(store.errorString().indexOf(QStringLiteral("±18:00")), -1) << store.errorString().toStdString();
    EXPECT_EQ(store.errorString().indexOf(QStringLiteral("Unable")), -1);
}

// ---- 4. CSV formula injection --------------------------------------------------------

TEST_F(Hostile, CsvCellsOfUserTextNeverRunAsFormulas)
{
    const QStringList hostile = {QStringLiteral("=1+1"),
                                 QStringLiteral("+1+1"),
                                 QStringLiteral("-1+1"),
                                 QStringLiteral("@SUM(A1)"),
                                 QStringLiteral("\t=1"),
                                 QStringLiteral("\r=1"),
                                 QStringLiteral("  =cmd|' /C calc'!A0"),
                                 QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")};
    Diary d;
    for (const QString &h : hostile) {
        d.episodes.append(episode(at(2026, 11, 2), h));
        d.intakes.append(Intake{0, at(2026, 11, 3), IntakeKind::Food, h, {}});
        d.intakes.append(Intake{0, at(2026, 11, 4), IntakeKind::Supplement, h, 5});
        d.customFactors.append(CustomFactor{h, CustomFactorType::Number, {}});
        d.customValues.append(CustomValue{QDate(2026, 11, 5), h, -3.5});
    }
    const QList<QStringList> episodes = csv::parse(csv::episodesTable(d));
    const QList<QStringList> days = csv::parse(csv::daysTable(d));
    const auto safe = [](const QString &cell) {
        QString s = cell;
        while (s.startsWith(u' '))
            s.remove(0, 1);
        return cell.isEmpty() || (!QStringLiteral("=+-@\t\r").contains(cell.front()) &&
                                  (s.isEmpty() || !QStringLiteral("=+-@\t\r").contains(s.front())));
    };
    for (qsizetype r = 1; r < episodes.size(); ++r) {
        const QString note = episodes[r].value(8);
        EXPECT_TRUE(note.startsWith(u'\'')) << note.toStdString();
        EXPECT_EQ(note.mid(1), hostile[r - 1]) << "nothing lost after the quote";
    }
    for (const QStringList &row : days) {
        for (const QString &cell : row) {
            // A number the program wrote (the custom value -3.5) stays a number.
            if (cell == u"-3.5")
                continue;
            EXPECT_TRUE(safe(cell)) << cell.toStdString();
        }
    }
    EXPECT_TRUE(days.value(0).contains(QStringLiteral("'=1+1_mg"))) << days.value(0).join(u'|').toStdString();
    // Raw bytes: each neutralised cell is quoted.
    EXPECT_TRUE(csv::episodesTable(d).contains("\"'=1+1\"")) << csv::episodesTable(d).constData();
    // An ordinary note is unchanged, and JSON keeps every text as it was.
    Diary plain;
    plain.episodes.append(episode(at(2026, 11, 2), QStringLiteral("coffee, then twitch")));
    EXPECT_EQ(csv::parse(csv::episodesTable(plain)).value(1).value(8), QStringLiteral("coffee, then twitch"));
    Diary notes;
    notes.episodes = d.episodes;
    const ParseResult back = parseDiaryJson(toDiaryJson(notes));
    ASSERT_TRUE(back.diary) << back.message().toStdString();
    for (qsizetype i = 0; i < hostile.size(); ++i)
        EXPECT_EQ(back.diary->episodes[i].note, hostile[i]);
}

// ---- 5. Import of day values ---------------------------------------------------------

class ImportDayValues : public Hostile
{
protected:
    void SetUp() override
    {
        Hostile::SetUp();
        Database db;
        db.setDailyBackups(false);
        ASSERT_TRUE(db.open(diary()));
        DiaryStore store(db);
        ASSERT_TRUE(store.setSleep(Sleep{QDate(2026, 11, 20), 6.5, 3}));
        ASSERT_TRUE(store.setSleep(Sleep{QDate(2026, 11, 21), 7.0, {}}));
        ASSERT_TRUE(store.setStress(Stress{QDate(2026, 11, 20), 4}));
        ASSERT_TRUE(store.defineCustomFactor(CustomFactor{QStringLiteral("Screen"), CustomFactorType::Number,
                                                          QStringLiteral("h")}));
        ASSERT_TRUE(store.setCustomValue(CustomValue{QDate(2026, 11, 20), QStringLiteral("Screen"), 5}));
    }
    static QByteArray json(const QByteArray &body) { return R"({"format":"twitchdiary","version":1,)" + body + "}"; }
};

TEST_F(ImportDayValues, AFieldTheFileLacksIsNeverWiped)
{
    ASSERT_EQ(run({QStringLiteral("import"),
                   file(QStringLiteral("q.json"),
                        json(R"("sleep":[{"date":"2026-11-21","quality":4},{"date":"2026-11-20","quality":3}])"))}),
              0)
        << err.toStdString();
    const Diary d = stored();
    EXPECT_EQ(d.sleep.value(0), (Sleep{QDate(2026, 11, 20), 6.5, 3}));
    EXPECT_EQ(d.sleep.value(1), (Sleep{QDate(2026, 11, 21), 7.0, 4})) << "quality added, hours kept";
}

TEST_F(ImportDayValues, ConflictsAreListedAndNothingIsStored)
{
    const QByteArray hostile =
        json(R"("episodes":[{"at":"2026-11-20T09:00:00+01:00","zone":"cheek","side":"left","intensity":3}],
        "sleep":[{"date":"2026-11-20","hours":2}],
        "stress":[{"date":"2026-11-20","level":9}],
        "custom_factors":[{"name":"Screen","type":"number","unit":"h"}],
        "custom_values":[{"date":"2026-11-20","name":"Screen","value":11}])");
    const Diary before = stored();
    const QString f = file(QStringLiteral("conflict.json"), hostile);
    EXPECT_EQ(run({QStringLiteral("import"), f}), 2);
    for (const char *phrase :
         {"sleep hours on 2026-11-20: 6.5 in the diary, 2 in the file",
          "stress on 2026-11-20: 4 in the diary, 9 in the file",
          "\"Screen\" on 2026-11-20: 5 in the diary, 11 in the file", "--replace-day-values", "Nothing was imported"})
        EXPECT_NE(err.indexOf(QString::fromUtf8(phrase)), -1) << phrase << "\n" << err.toStdString();
    EXPECT_EQ(err.indexOf(QStringLiteral("..")), -1) << err.toStdString();
    const Diary after = stored();
    EXPECT_EQ(after.episodes, before.episodes) << "all or nothing: the episode is not stored either";
    EXPECT_EQ(after.sleep, before.sleep);
    EXPECT_EQ(after.stress, before.stress);
    EXPECT_EQ(after.customValues, before.customValues);

    // The explicit choice takes the file's values, and still wipes nothing.
    EXPECT_EQ(run({QStringLiteral("import"), f, QStringLiteral("--replace-day-values")}), 0) << err.toStdString();
    const Diary taken = stored();
    EXPECT_EQ(taken.sleep.value(0), (Sleep{QDate(2026, 11, 20), 2.0, 3})) << "quality 3 kept";
    EXPECT_EQ(taken.stress.value(0).level, 9);
    EXPECT_EQ(taken.customValues.value(0).value, 11);
    EXPECT_EQ(taken.episodes.size(), before.episodes.size() + 1);
    // And again: nothing new, nothing conflicting.
    EXPECT_EQ(run({QStringLiteral("import"), f}), 0) << err.toStdString();
    EXPECT_EQ(stored().episodes.size(), taken.episodes.size());
}

TEST_F(ImportDayValues, TheStoreListsEveryConflictAndAFactorsUnit)
{
    Database db;
    db.setDailyBackups(false);
    ASSERT_TRUE(db.open(diary()));
    DiaryStore store(db);
    Diary file;
    for (int day = 1; day <= 15; ++day) {
        const QDate date(2026, 10, day);
        ASSERT_TRUE(store.setStress(Stress{date, 1}));
        file.stress.append(Stress{date, 2});
    }
    file.customFactors.append(CustomFactor{QStringLiteral("Screen"), CustomFactorType::Number, QStringLiteral("min")});
    EXPECT_FALSE(store.import(file));
    EXPECT_TRUE(store.errorIsBadInput());
    EXPECT_EQ(store.importConflicts().size(), 16);
    EXPECT_NE(store.errorString().indexOf(QStringLiteral("and 6 more")), -1) << store.errorString().toStdString();
    EXPECT_EQ(store.stress(QDate(2026, 10, 1))->level, 1);
    EXPECT_EQ(store.customFactors().value(0).unit, QStringLiteral("h"));
    ASSERT_TRUE(store.import(file, nullptr, true)) << store.errorString().toStdString();
    EXPECT_EQ(store.stress(QDate(2026, 10, 1))->level, 2);
    EXPECT_EQ(store.customFactors().value(0).unit, QStringLiteral("min"));
}

// ---- 6. Restore ----------------------------------------------------------------------

TEST_F(Hostile, RestoreRefusesWhatDoesNotOpenAsADiary)
{
    makeDiary(10);
    const QByteArray before = digest(diary());
    const auto sqliteFile = [&](const QString &name, const char *sql) {
        const QString p = path(name);
        sqlite3 *h = nullptr;
        EXPECT_EQ(sqlite3_open(QFile::encodeName(p).constData(), &h), SQLITE_OK);
        EXPECT_EQ(sqlite3_exec(h, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(h);
        sqlite3_close(h);
        return p;
    };
    // A real diary with one of its tables dropped: everything else is right.
    const QString partial = path(QStringLiteral("partial.sqlite"));
    {
        Database db;
        db.setDailyBackups(false);
        ASSERT_TRUE(db.open(diary()));
        QString error;
        ASSERT_TRUE(copyDatabaseTo(db, partial, &error)) << error.toStdString();
    }
    sqliteFile(QStringLiteral("partial.sqlite"), "DROP TABLE sleep;");
    const QStringList bad = {
        sqliteFile(QStringLiteral("one-table.sqlite"), "CREATE TABLE episodes (id INTEGER); PRAGMA user_version = 1;"),
        sqliteFile(QStringLiteral("three-tables.sqlite"),
                   "CREATE TABLE episodes (x); CREATE TABLE intakes (x); CREATE TABLE checkins (x); "
                   "PRAGMA user_version = 1;"),
        partial,
        sqliteFile(QStringLiteral("version-zero.sqlite"), "CREATE TABLE episodes (id INTEGER);"),
    };
    for (const QString &b : bad) {
        EXPECT_FALSE(backups::unusableReason(b).isEmpty()) << b.toStdString();
        QString error;
        EXPECT_FALSE(backups::restore(diary(), b, &error)) << b.toStdString();
        EXPECT_NE(error.indexOf(QStringLiteral("Nothing was changed")), -1) << error.toStdString();
        EXPECT_EQ(run({QStringLiteral("restore"), b}), 2) << b.toStdString();
        EXPECT_EQ(digest(diary()), before) << b.toStdString();
    }
    EXPECT_TRUE(backups::list(diary()).isEmpty()) << "no restore backup was taken for a refused restore";
    // A good backup still restores, and leaves no trial file behind.
    QString good;
    {
        Database db;
        db.setDailyBackups(false);
        ASSERT_TRUE(db.open(diary()));
        QString error;
        good = backups::create(db, QStringLiteral("daily"), &error).value_or(QString());
        ASSERT_FALSE(good.isEmpty()) << error.toStdString();
    }
    EXPECT_EQ(run({QStringLiteral("restore"), good}), 0) << err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral(".restore-check*")}, QDir::Hidden | QDir::Files).isEmpty());
    Database db;
    EXPECT_TRUE(db.open(diary())) << db.errorString().toStdString();
}

// ---- 7. Special and endless files ------------------------------------------------------

TEST_F(Hostile, SpecialFilesAreRefusedWithoutBlocking)
{
    const QString fifo = path(QStringLiteral("pipe.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString folder = path(QStringLiteral("folder.json"));
    ASSERT_TRUE(QDir().mkdir(folder));
    const QString socketPath = path(QStringLiteral("s.sock"));
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray sp = QFile::encodeName(socketPath);
    ASSERT_LT(size_t(sp.size()), sizeof(addr.sun_path));
    std::memcpy(addr.sun_path, sp.constData(), size_t(sp.size()));
    ASSERT_EQ(::bind(sock, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)), 0);
    makeDiary(5);
    const QByteArray before = digest(diary());

    QElapsedTimer t;
    t.start();
    for (const QString &special :
         {fifo, QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom"), folder, socketPath}) {
        EXPECT_EQ(run({QStringLiteral("import"), special}), 2) << special.toStdString();
        EXPECT_NE(err.indexOf(QStringLiteral("not a regular file")), -1) << err.toStdString();
        EXPECT_EQ(run({QStringLiteral("restore"), special}), 2) << special.toStdString();
        EXPECT_NE(err.indexOf(QStringLiteral("Nothing was changed")), -1) << err.toStdString();
        EXPECT_FALSE(backups::unusableReason(special).isEmpty());
        for (const auto m : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
            Database db;
            EXPECT_FALSE(db.open(special, m)) << special.toStdString();
        }
        EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("--db"), special}), 1) << special.toStdString();
        EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), special}), 1) << special.toStdString();
    }
    EXPECT_LT(t.elapsed(), 20000) << "nothing blocked on the FIFO or read /dev/zero to its end";
    EXPECT_EQ(digest(diary()), before);
    ::close(sock);
}

TEST_F(Hostile, AnImportFileHasASaneMaximumSize)
{
    // A sparse file: larger than the maximum on paper, nothing on the disk.
    const QString huge = path(QStringLiteral("huge.json"));
    {
        QFile f(huge);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(limits::kMaxImportBytes + 1));
    }
    EXPECT_EQ(run({QStringLiteral("import"), huge}), 2);
    EXPECT_NE(err.indexOf(QStringLiteral("256 MiB")), -1) << err.toStdString();
    QByteArray data;
    QString error;
    EXPECT_FALSE(limits::readRegularFile(huge, limits::kMaxImportBytes, &data, &error));
    EXPECT_TRUE(data.isEmpty());
    // The bound holds for what is read, not only for what the size says.
    const QString small = file(QStringLiteral("small.json"), QByteArray(5000, ' '));
    EXPECT_FALSE(limits::readRegularFile(small, 4096, &data, &error));
    EXPECT_TRUE(limits::readRegularFile(small, 5000, &data, &error)) << error.toStdString();
    EXPECT_EQ(data.size(), 5000);
}

// ---- 8. Damage in large diaries -------------------------------------------------------

void damage(const QString &diaryPath)
{
    QFile f(diaryPath);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(9 * 4096);
    f.write(QByteArray(3 * 4096, '\x5a'));
}

TEST_F(Hostile, DamageIsFoundWhateverTheSize)
{
    makeDiary(200);
    {
        // Over 64 MiB (the size above which the check used to be skipped).
        Database db;
        db.setDailyBackups(false);
        ASSERT_TRUE(db.open(diary()));
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('padding', "
                                          "randomblob(70 * 1024 * 1024))")));
    }
    ASSERT_GT(QFileInfo(diary()).size(), 64 * 1024 * 1024);
    {
        // What the check costs the command line on such a file (docs/reliability.md).
        QElapsedTimer t;
        t.start();
        Database sound;
        sound.setDailyBackups(false);
        ASSERT_TRUE(sound.open(diary())) << sound.errorString().toStdString();
        std::printf("%lld-byte diary: open including quick_check %lld ms\n",
                    static_cast<long long>(QFileInfo(diary()).size()), static_cast<long long>(t.elapsed()));
    }
    damage(diary());
    const QByteArray before = digest(diary());
    Database db;
    EXPECT_FALSE(db.open(diary()));
    EXPECT_EQ(db.errorKind(), K::Damaged) << db.errorString().toStdString();
    EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("2026-11-20")}), 1);
    EXPECT_EQ(digest(diary()), before);
    EXPECT_FALSE(QFileInfo::exists(backups::folderFor(diary())));
}

TEST_F(Hostile, ADeferredCheckGatesEveryWriteAndBackup)
{
    makeDiary(200);
    damage(diary());
    const QByteArray before = digest(diary());
    Database db;
    db.setDeferredChecks(true);
    ASSERT_TRUE(db.open(diary())) << db.errorString().toStdString();
    DiaryStore store(db);
    Episode e = episode(at(2026, 11, 2));
    EXPECT_FALSE(store.addEpisode(e));
    EXPECT_NE(store.errorString().indexOf(QStringLiteral("damaged")), -1) << store.errorString().toStdString();
    EXPECT_FALSE(store.setStress(Stress{QDate(2026, 11, 2), 3}));
    QString error;
    EXPECT_FALSE(backups::create(db, QStringLiteral("daily"), &error));
    EXPECT_FALSE(backups::createDailyIfDue(db, &error));
    // Even a raw statement cannot write: the connection is query_only until the check passed.
    QSqlQuery q(db.connection());
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM checkins")));
    db.close();
    EXPECT_EQ(digest(diary()), before);
    EXPECT_FALSE(QFileInfo::exists(backups::folderFor(diary())));

    // A sound file: the first write runs the check itself, then writes.
    QFile::remove(diary());
    QFile::remove(diary() + QStringLiteral("-wal"));
    QFile::remove(diary() + QStringLiteral("-shm"));
    makeDiary(20);
    Database sound;
    sound.setDeferredChecks(true);
    ASSERT_TRUE(sound.open(diary()));
    EXPECT_FALSE(sound.checkPassed());
    Episode e2 = episode(at(2026, 11, 3));
    EXPECT_TRUE(DiaryStore(sound).addEpisode(e2)) << DiaryStore(sound).errorString().toStdString();
    EXPECT_TRUE(sound.checkPassed());
}

// ---- 9. Exit codes and messages ------------------------------------------------------

TEST_F(Hostile, AHugeValueIsCutInMessages)
{
    const QString huge(100000, u'z');
    const QList<QStringList> cases = {
        {QStringLiteral("log-episode"), QStringLiteral("--zone"), huge, QStringLiteral("--side"),
         QStringLiteral("left"), QStringLiteral("--intensity"), QStringLiteral("3")},
        {QStringLiteral("log-episode"), QStringLiteral("--zone"), QStringLiteral("cheek"), QStringLiteral("--side"),
         QStringLiteral("left"), QStringLiteral("--intensity"), huge},
        {QStringLiteral("log-episode"), QStringLiteral("--zone"), QStringLiteral("cheek"), QStringLiteral("--side"),
         QStringLiteral("left"), QStringLiteral("--intensity"), QStringLiteral("3"), QStringLiteral("--at"), huge},
        {QStringLiteral("check-in"), huge},
        {QStringLiteral("export"), QStringLiteral("--format"), huge},
        {huge},
        {QStringLiteral("check-in"), QStringLiteral("--") + huge},
    };
    for (const QStringList &args : cases) {
        EXPECT_EQ(run(args), 2);
        EXPECT_LT(err.size(), 3000) << err.left(300).toStdString();
        EXPECT_NE(err.indexOf(QStringLiteral(" characters)")), -1) << err.left(300).toStdString();
    }
    const QByteArray json =
        R"({"format":"twitchdiary","version":1,"episodes":[{"at":"2026-11-02T10:00:00+01:00","zone":")" +
        huge.toUtf8() + R"(","side":"left","intensity":3}]})";
    EXPECT_EQ(run({QStringLiteral("import"), file(QStringLiteral("huge-zone.json"), json)}), 2);
    EXPECT_LT(err.size(), 3000);
    EXPECT_NE(err.indexOf(QStringLiteral("episodes[0].zone")), -1) << err.left(300).toStdString();
    const QByteArray key = R"({"format":"twitchdiary","version":1,")" + huge.toUtf8() + R"(":1})";
    EXPECT_EQ(run({QStringLiteral("import"), file(QStringLiteral("huge-key.json"), key)}), 2);
    EXPECT_LT(err.size(), 3000);
}

TEST_F(Hostile, NoDoubledFullStopsAndNoDriverText)
{
    makeDiary(5);
    file(QStringLiteral("bad.json"), "{\"format\":\"twitchdiary\",\"version\":1,\"episodes\":[{\"at\":\"x\"}]}");
    const QList<QStringList> cases = {
        {QStringLiteral("check-in"), QStringLiteral("--bogus")},
        {QStringLiteral("import"), path(QStringLiteral("missing.json"))},
        {QStringLiteral("import"), path(QStringLiteral("bad.json"))},
        {QStringLiteral("import"), QStringLiteral("/dev/null")},
        {QStringLiteral("check-in"), QStringLiteral("2030-01-01")},
        {QStringLiteral("restore"), QStringLiteral("99")},
        {QStringLiteral("check-in"), QStringLiteral("--db"), QString()},
        {QStringLiteral("check-in"), QStringLiteral("--db"), dir.path()},
    };
    for (const QStringList &args : cases) {
        EXPECT_NE(run(args), 0) << args.join(u' ').toStdString();
        EXPECT_EQ(err.indexOf(QStringLiteral("..")), -1) << err.toStdString();
        EXPECT_EQ(err.indexOf(QStringLiteral("Unable to")), -1) << err.toStdString();
    }
    EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("--db"), QString()}), 2) << "--db \"\" is a usage error";
}

TEST_F(Hostile, AFullDiskSaysTheDiskIsFull)
{
    makeDiary(5);
    Database db;
    db.setDailyBackups(false);
    ASSERT_TRUE(db.open(diary()));
    // SQLite's own page limit gives the error a full disk gives: SQLITE_FULL.
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    q.finish();
    DiaryStore store(db);
    EXPECT_FALSE(store.setMeta(QStringLiteral("notes"), QString(200000, u'n')));
    EXPECT_NE(store.errorString().indexOf(QStringLiteral("disk is full")), -1) << store.errorString().toStdString();
    EXPECT_FALSE(store.errorIsBadInput());
    EXPECT_EQ(describeSqliteCode(SQLITE_FULL, QStringLiteral("database or disk is full")),
              QStringLiteral("the disk is full; free some space and try again"));
}

TEST_F(Hostile, LockErrorsSayWhoHoldsTheDiary)
{
    makeDiary(5);
    Database window;
    ASSERT_TRUE(window.open(diary()));
    EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("2026-11-20")}), 1);
    EXPECT_NE(err.indexOf(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())), -1)
        << err.toStdString();
    EXPECT_EQ(err.indexOf(QStringLiteral("Unable")), -1) << err.toStdString();
    window.close();
    // Another program's SQLite lock (not ours): said in words, without the driver's text.
    sqlite3 *h = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(diary()).constData(), &h), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(h, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;", nullptr, nullptr, nullptr),
              SQLITE_OK);
    EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("2026-11-20")}), 1);
    EXPECT_NE(err.indexOf(QStringLiteral("another program")), -1) << err.toStdString();
    EXPECT_EQ(err.indexOf(QStringLiteral("Unable")), -1) << err.toStdString();
    EXPECT_EQ(err.indexOf(QStringLiteral("..")), -1) << err.toStdString();
    sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(h);
}

TEST_F(Hostile, AFailedDailyBackupIsReportedByTheCli)
{
    makeDiary(5);
    file(QStringLiteral("backups"), "a file where the backup folder should be");
    EXPECT_EQ(run({QStringLiteral("check-in"), QStringLiteral("2026-11-20")}), 0);
    EXPECT_NE(err.indexOf(QStringLiteral("warning")), -1) << err.toStdString();
    EXPECT_NE(err.indexOf(QStringLiteral("backup")), -1) << err.toStdString();
    EXPECT_EQ(err.indexOf(QStringLiteral("..")), -1) << err.toStdString();
}

// ---- 10. Text that is not valid Unicode ----------------------------------------------

QByteArray withNote(const QByteArray &noteJson)
{
    return R"({"format":"twitchdiary","version":1,"episodes":[{"at":"2026-11-02T10:00:00+01:00","zone":"cheek","side":"left","intensity":3,"note":)" +
           noteJson + "}]}";
}

TEST_F(Hostile, InvalidUnicodeIsRefusedAtTheDoor)
{
    for (const QByteArray &note :
         {QByteArray(R"("\ud800")"), QByteArray(R"("a\udbffb")"), QByteArray(R"("\udc00")"),
          QByteArray(R"("\ud800\u0041")"), QByteArray(R"("\ud800\ud800")"), QByteArray(R"("x\uDFFF")"),
          QByteArray("\"\xff\xfe\""), QByteArray("\"\xc3\""), QByteArray("\"\xed\xa0\x80\""), QByteArray(R"("\uffff")"),
          QByteArray(R"("\ufffe swapped mark")"), QByteArray("\"x\xef\xbf\xbf\"")}) {
        const ParseResult r = parseDiaryJson(withNote(note));
        EXPECT_FALSE(r.diary.has_value()) << note.toHex().constData();
        EXPECT_EQ(r.errorPath, QStringLiteral("episodes[0].note")) << r.message().toStdString();
        EXPECT_EQ(run({QStringLiteral("import"), file(QStringLiteral("u.json"), withNote(note))}), 2);
        EXPECT_NE(err.indexOf(QStringLiteral("episodes[0].note")), -1) << err.toStdString();
    }
    // Bad UTF-8 after malformed structure still ends (the scan never loops).
    for (const QByteArray &bad : {QByteArray("[1}\xff"), QByteArray("{\"a\":[}]\"\xff\""), QByteArray("[[[\"\xc3")}) {
        const ParseResult r = parseDiaryJson(bad);
        EXPECT_FALSE(r.diary.has_value());
        EXPECT_FALSE(r.message().isEmpty());
    }
    // A key, and a string in a list, too.
    const ParseResult key = parseDiaryJson(R"({"format":"twitchdiary","version":1,"\ud800":1})");
    EXPECT_FALSE(key.diary.has_value());
    const ParseResult listed =
        parseDiaryJson(R"({"format":"twitchdiary","version":1,"checkins":["2026-11-02","\udfff"]})");
    EXPECT_EQ(listed.errorPath, QStringLiteral("checkins[1]")) << listed.message().toStdString();
    // A proper pair is fine.
    const ParseResult pair = parseDiaryJson(withNote(R"("\ud83d\ude00 and \u00e9")"));
    ASSERT_TRUE(pair.diary) << pair.message().toStdString();
    EXPECT_EQ(pair.diary->episodes[0].note, QString::fromUtf8("\xF0\x9F\x98\x80 and \xC3\xA9"));
    // The store refuses it from any door (the window, the command line).
    Database db;
    ASSERT_TRUE(db.openInMemory());
    DiaryStore store(db);
    Episode e = episode(at(2026, 11, 2), QString(QChar(0xD800)));
    EXPECT_FALSE(store.addEpisode(e));
    EXPECT_TRUE(store.errorIsBadInput());
    EXPECT_TRUE(store.episodes().isEmpty());
    EXPECT_FALSE(store.setMeta(QStringLiteral("notes"), QStringLiteral("ok") + QChar(0xDC00)));
    Episode nonchar = episode(at(2026, 11, 2), QString(QChar(0xFFFE)) + QStringLiteral("x"));
    EXPECT_FALSE(store.addEpisode(nonchar));
    EXPECT_TRUE(store.errorIsBadInput());
}

TEST_F(Hostile, DuplicateKeysAreAnErrorWithThePath)
{
    const struct {
        QByteArray json;
        const char *path;
    } cases[] = {
        {R"({"format":"twitchdiary","version":1,"format":"twitchdiary"})", "format"},
        {withNote(R"("a","note":"b")"), "episodes[0].note"},
        {R"({"format":"twitchdiary","version":1,"sleep":[{"date":"2026-11-02","hours":7,"hours":2}]})",
         "sleep[0].hours"},
        {R"({"format":"twitchdiary","version":1,"episodes":[],"episodes":[]})", "episodes"},
        {R"({"format":"twitchdiary","version":1,"intakes":[{"at":"2026-11-02T10:00:00Z","kind":"water","amount":1,"\u0061mount":2}]})",
         "intakes[0].amount"},
    };
    for (const auto &c : cases) {
        const ParseResult r = parseDiaryJson(c.json);
        EXPECT_FALSE(r.diary.has_value()) << c.json.constData();
        EXPECT_EQ(r.errorPath, QLatin1String(c.path)) << r.message().toStdString();
        EXPECT_NE(r.error.indexOf(QStringLiteral("twice")), -1) << r.message().toStdString();
    }
    // The same key in two objects is fine.
    EXPECT_TRUE(
        parseDiaryJson(
            R"({"format":"twitchdiary","version":1,"sleep":[{"date":"2026-11-02","hours":7},{"date":"2026-11-03","hours":7}]})")
            .diary.has_value());
}

TEST_F(Hostile, StrangeButValidTextRoundTripsExactlyAndNeverDuplicates)
{
    const QStringList notes = {QString(QChar(0xFEFF)) + QStringLiteral("leading BOM"),
                               QString(QChar(0xFEFF)),
                               QString(QChar(0xFEFF)) + QChar(0xFEFF) + QStringLiteral("two"),
                               QStringLiteral("swapped mark in a pair ") + QChar(0xD83F) + QChar(0xDFFE),
                               QStringLiteral("nul ") + QChar(0) + QStringLiteral(" inside"),
                               QStringLiteral("trailing ") + QChar(0xFEFF),
                               QString::fromUtf8("\xF0\x9F\x98\x80 e\xCC\x81"),
                               QStringLiteral("line\r\nbreaks\ttab")};
    Diary d;
    for (const QString &n : notes) {
        d.episodes.append(episode(at(2026, 11, 2), n));
        d.intakes.append(Intake{0, at(2026, 11, 2), IntakeKind::Food, n, {}});
        d.medications.append(Medication{0, n, n, QDate(2026, 1, 1), {}});
    }
    d.customFactors.append(CustomFactor{QString(QChar(0xFEFF)) + QStringLiteral("bom factor"), CustomFactorType::Number,
                                        QString(QChar(0xFEFF)) + QStringLiteral("u")});
    d.customValues.append(CustomValue{QDate(2026, 11, 2), QString(QChar(0xFEFF)) + QStringLiteral("bom factor"), 2});
    const QString f = file(QStringLiteral("strange.json"), toDiaryJson(d));
    for (int round = 0; round < 3; ++round) {
        EXPECT_EQ(run({QStringLiteral("import"), f}), 0) << err.toStdString();
        if (round > 0) {
            EXPECT_NE(out.indexOf(QStringLiteral(" 0 entries added")), -1) << out.toStdString();
        }
    }
    const Diary back = stored();
    ASSERT_EQ(back.episodes.size(), notes.size());
    QStringList storedNotes;
    for (const Episode &e : back.episodes)
        storedNotes << e.note;
    QStringList expected = notes;
    storedNotes.sort();
    expected.sort();
    EXPECT_EQ(storedNotes, expected);
    ASSERT_EQ(back.intakes.size(), notes.size());
    ASSERT_EQ(back.medications.size(), notes.size());
    ASSERT_EQ(back.customFactors.size(), 1);
    EXPECT_EQ(back.customFactors[0].name, d.customFactors[0].name);
    EXPECT_EQ(back.customFactors[0].unit, d.customFactors[0].unit);
    ASSERT_EQ(back.customValues.size(), 1);
    // Export and re-import: the same entries, nothing added.
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--out"), path(QStringLiteral("again.json"))}), 0);
    EXPECT_EQ(run({QStringLiteral("import"), path(QStringLiteral("again.json"))}), 0);
    EXPECT_NE(out.indexOf(QStringLiteral(" 0 entries added")), -1) << out.toStdString();
    QFile again(path(QStringLiteral("again.json")));
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    const ParseResult reparsed = parseDiaryJson(again.readAll());
    ASSERT_TRUE(reparsed.diary) << reparsed.message().toStdString();
    EXPECT_EQ(toDiaryJson(*reparsed.diary), toDiaryJson(back));
}

} // namespace
