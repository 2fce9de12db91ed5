// Small hand-built diaries for the analysis tests.
#pragma once

#include "domain/domain.h"

#include <QTimeZone>

namespace td::analysis::test {

inline const QDate kDay0(2025, 1, 6);

inline QDateTime at(int day, int hour = 12, int minute = 0)
{
    return QDateTime(kDay0.addDays(day), QTime(hour, minute), QTimeZone(3600));
}

struct DiaryBuilder {
    Diary d;
    DiaryBuilder &checkIn(int from, int to)
    {
        for (int t = from; t <= to; ++t)
            d.checkins.push_back(kDay0.addDays(t));
        return *this;
    }
    DiaryBuilder &episode(int day, Zone z = Zone::LowerLip, Side s = Side::Left, QList<Symptom> sym = {})
    {
        Episode e;
        e.at = at(day);
        e.zone = z;
        e.side = s;
        e.symptoms = sym;
        e.durationS = 30;
        e.intensity = 4;
        d.episodes.push_back(e);
        return *this;
    }
    DiaryBuilder &episodes(int day, int n)
    {
        for (int i = 0; i < n; ++i)
            episode(day);
        return *this;
    }
    DiaryBuilder &food(int day, const QString &tag)
    {
        d.intakes.push_back({0, at(day, 12), IntakeKind::Food, tag, std::nullopt});
        return *this;
    }
    DiaryBuilder &intake(int day, IntakeKind kind, double amount)
    {
        d.intakes.push_back({0, at(day, 12), kind, QString(), amount});
        return *this;
    }
};

} // namespace td::analysis::test
