// The benchmarks' diaries: `years` of daily logging, ~14 episodes a logged day (10 years:
// 3,650 days, ≈ 50,000 episodes), 30 factors (6 built-in, 17 food tags, magnesium, 6
// custom), ~8 % unlogged days, aspartame planted at RR 1.6, lag 0. One definition, so the
// analysis and the whole-app benchmarks measure the same diary.
#pragma once

#include "sample/diarygenerator.h"

inline td::sample::GeneratorOptions benchDiaryOptions(int years, const QDate &start = QDate(2015, 1, 5))
{
    td::sample::GeneratorOptions o;
    o.start = start;
    o.days = 365 * years;
    o.seed = 1;
    o.baseRate = 12.5;
    o.extraFoodTags = 11;
    o.extraNumberFactors = 2;
    o.extraYesNoFactors = 2;
    o.planted = {{QStringLiteral("food:aspartame"), 1.6, 0}};
    return o;
}
