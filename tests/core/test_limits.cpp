// The value ranges of core/domain/inputlimits.h (and the experiment limits of
// core/domain/experimentplan.h) against the schema's CHECK constraints: each limit's ends
// are accepted by SQLite and, where the schema bounds a column, the value just outside is
// refused. A limit changed in one place and not the other fails here.
#include "domain/experimentplan.h"
#include "domain/inputlimits.h"
#include "storage/database.h"

#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

using namespace td;

namespace {

class SchemaLimits : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_db.openInMemory()) << m_db.errorString().toStdString(); }

    // Runs `sql` with `value` bound to :v (in a savepoint that is always rolled back, so
    // the rows of one check never collide with the next). True when SQLite stored the row.
    bool accepts(const QString &sql, const QVariant &value)
    {
        QSqlQuery q(m_db.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SAVEPOINT probe")));
        EXPECT_TRUE(q.prepare(sql)) << sql.toStdString();
        q.bindValue(QStringLiteral(":v"), value);
        const bool ok = q.exec();
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK TO probe"));
        QSqlQuery(m_db.connection()).exec(QStringLiteral("RELEASE probe"));
        return ok;
    }

    // The limit's ends are stored; one `step` beyond each end is refused by the schema.
    template <typename T>
    void expectSameAsSchema(const QString &sql, limits::Range<T> r, T step)
    {
        EXPECT_TRUE(accepts(sql, QVariant::fromValue(r.min))) << sql.toStdString() << " min " << r.min;
        EXPECT_TRUE(accepts(sql, QVariant::fromValue(r.max))) << sql.toStdString() << " max " << r.max;
        EXPECT_FALSE(accepts(sql, QVariant::fromValue(r.min - step))) << sql.toStdString() << " below " << r.min;
        EXPECT_FALSE(accepts(sql, QVariant::fromValue(r.max + step))) << sql.toStdString() << " above " << r.max;
    }

    Database m_db;
};

const QString kEpisode =
    QStringLiteral("INSERT INTO episodes(at_utc, utc_offset, zone, side, duration_s, intensity) VALUES "
                   "(0, 0, 'cheek', 'left', %1, %2)");

TEST_F(SchemaLimits, IntensityIsTheSchemasRange)
{
    expectSameAsSchema(kEpisode.arg(QStringLiteral("NULL"), QStringLiteral(":v")), limits::kIntensity, 1);
}

TEST_F(SchemaLimits, DurationStartsWhereTheSchemaDoes)
{
    // The schema only refuses negative durations; the week-long maximum is the app's own.
    const QString sql = kEpisode.arg(QStringLiteral(":v"), QStringLiteral("5"));
    EXPECT_TRUE(accepts(sql, limits::kDurationS.min));
    EXPECT_TRUE(accepts(sql, limits::kDurationS.max));
    EXPECT_FALSE(accepts(sql, limits::kDurationS.min - 1));
}

TEST_F(SchemaLimits, SleepAndStressAreTheSchemasRanges)
{
    expectSameAsSchema(QStringLiteral("INSERT INTO sleep(date, hours) VALUES ('2026-01-01', :v)"), limits::kSleepHours,
                       0.01);
    expectSameAsSchema(QStringLiteral("INSERT INTO sleep(date, quality) VALUES ('2026-01-01', :v)"),
                       limits::kSleepQuality, 1);
    expectSameAsSchema(QStringLiteral("INSERT INTO stress(date, level) VALUES ('2026-01-01', :v)"),
                       limits::kStressLevel, 1);
}

TEST_F(SchemaLimits, UtcOffsetIsTheSchemasRange)
{
    expectSameAsSchema(QStringLiteral("INSERT INTO episodes(at_utc, utc_offset, zone, side, intensity) "
                                      "VALUES (0, :v, 'cheek', 'left', 5)"),
                       limits::Range<int>{-limits::kMaxUtcOffsetS, limits::kMaxUtcOffsetS}, 1);
}

const QString kExperiment =
    QStringLiteral("INSERT INTO experiments(title, factor, op, value, design, start, pairs, period_days, "
                   "washout_days, before_days, change_days) VALUES ('t', 'caffeine_mg', '<=', 100, "
                   "'paired_periods', '2026-01-01', %1, %2, %3, %4, %5)");

TEST_F(SchemaLimits, ExperimentDesignIsTheSchemasRange)
{
    using namespace experiments;
    const auto plan = [](const QString &pairs, const QString &period, const QString &washout, const QString &before,
                         const QString &change) { return kExperiment.arg(pairs, period, washout, before, change); };
    const QString v = QStringLiteral(":v");
    expectSameAsSchema(plan(v, QStringLiteral("7"), QStringLiteral("2"), QStringLiteral("28"), QStringLiteral("28")),
                       limits::Range<int>{kMinPairs, kMaxPairs}, 1);
    expectSameAsSchema(plan(QStringLiteral("8"), v, QStringLiteral("0"), QStringLiteral("28"), QStringLiteral("28")),
                       limits::Range<int>{kMinPeriodDays, kMaxPeriodDays}, 1);
    expectSameAsSchema(plan(QStringLiteral("8"), QStringLiteral("7"), QStringLiteral("2"), v, QStringLiteral("28")),
                       limits::kBeforeAfterDays, 1);
    expectSameAsSchema(plan(QStringLiteral("8"), QStringLiteral("7"), QStringLiteral("2"), QStringLiteral("28"), v),
                       limits::kBeforeAfterDays, 1);
    // Washout: 0 to period − 2 days, as validate() says.
    const QString washout = plan(QStringLiteral("8"), QStringLiteral("7"), v, QStringLiteral("28"),
                                 QStringLiteral("28"));
    EXPECT_TRUE(accepts(washout, 0));
    EXPECT_TRUE(accepts(washout, 5));
    EXPECT_FALSE(accepts(washout, 6));
    EXPECT_FALSE(accepts(washout, -1));
}

TEST_F(SchemaLimits, ExperimentValueStartsWhereTheSchemaDoes)
{
    const QString sql = QStringLiteral("INSERT INTO experiments(title, factor, op, value, design, start) VALUES "
                                       "('t', 'caffeine_mg', '<=', :v, 'paired_periods', '2026-01-01')");
    EXPECT_TRUE(accepts(sql, limits::kExperimentValue.min));
    EXPECT_TRUE(accepts(sql, limits::kExperimentValue.max));
    EXPECT_FALSE(accepts(sql, limits::kExperimentValue.min - 1));
}

} // namespace
