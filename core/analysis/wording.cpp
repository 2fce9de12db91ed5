#include "wording.h"

#include <cmath>

namespace td::analysis {

namespace {

QString utf8(const char *s) { return QString::fromUtf8(s); }

// What "exposed" means, as words: "less than 6 h of sleep".
QString condition(const Association &a)
{
    switch (a.kind) {
    case FactorKind::SleepHours: return QStringLiteral("less than 6 h of sleep");
    case FactorKind::SleepQuality: return QStringLiteral("poor sleep (quality 2 of 5 or lower)");
    case FactorKind::Stress: return QStringLiteral("stress of 7 of 10 or more");
    case FactorKind::Caffeine: return u"more than " + formatThreshold(a.threshold) + u" mg of caffeine";
    case FactorKind::Alcohol: return QStringLiteral("1 or more units of alcohol");
    case FactorKind::Water: return u"less than " + formatThreshold(a.threshold) + u" l of water";
    case FactorKind::Food:
    case FactorKind::CustomYesNo: return a.name;
    case FactorKind::Supplement: return a.name + u" (supplement)";
    case FactorKind::CustomNumber:
        return a.name + u" above " + formatThreshold(a.threshold) + (a.unit.isEmpty() ? QString() : u" " + a.unit);
    }
    return a.factor;
}

bool isSleep(FactorKind k) { return k == FactorKind::SleepHours || k == FactorKind::SleepQuality; }

QString counts(const Association &a)
{
    return QString::number(a.exposedDays) + (a.exposedDays == 1 ? u" such day, " : u" such days, ")
         + QString::number(a.unexposedDays) + (a.unexposedDays == 1 ? u" other" : u" others");
}

QString interval(const Association &a)
{
    if (std::isnan(a.ciLow) || std::isnan(a.ciHigh))
        return QStringLiteral("no interval");
    return u"95 % CI " + formatRatio(a.ciLow) + utf8("\u2013") + formatRatio(a.ciHigh);
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

QString formatRatio(double v)
{
    if (std::isnan(v))
        return QStringLiteral("?");
    const int decimals = v >= 10 ? 0 : v >= 1 ? 1 : 2;
    return QString::number(v, 'f', decimals);
}

QString factorName(const Association &a)
{
    switch (a.kind) {
    case FactorKind::SleepHours: return QStringLiteral("short sleep");
    case FactorKind::SleepQuality: return QStringLiteral("poor sleep");
    case FactorKind::Stress: return QStringLiteral("stress");
    case FactorKind::Caffeine: return QStringLiteral("caffeine");
    case FactorKind::Alcohol: return QStringLiteral("alcohol");
    case FactorKind::Water: return QStringLiteral("low water intake");
    case FactorKind::Food:
    case FactorKind::Supplement:
    case FactorKind::CustomYesNo:
    case FactorKind::CustomNumber: return a.name;
    }
    return a.factor;
}

QString exposurePhrase(const Association &a)
{
    const QString c = condition(a);
    if (isSleep(a.kind)) {
        // Sleep belongs to the day one wakes up: lag 0 is the night before.
        switch (a.lag) {
        case 0: return u"on days after " + c;
        case 1: return u"on the second day after " + c;
        default: return u"on the third day after " + c;
        }
    }
    switch (a.lag) {
    case 0: return u"on days with " + c;
    case 1: return u"on days after a day with " + c;
    default: return u"two days after a day with " + c;
    }
}

QString associationSentence(const Association &a)
{
    if (!a.tested) {
        return u"Not enough data yet for " + factorName(a) + u": " + counts(a) + u", "
             + QString::number(a.episodeDays) + u" with twitching. At least "
             + QString::number(kG1ExposedDays) + u" of each and "
             + QString::number(kG1EpisodeDays) + u" days with twitching are needed.";
    }
    const QString details = u" (" + interval(a) + u"; " + counts(a) + u").";
    if (a.verdict == Verdict::None) {
        return u"No clear association with " + factorName(a) + u": episodes were "
             + formatRatio(a.rateRatio) + utf8("\u00d7 as frequent ") + exposurePhrase(a) + details;
    }
    if (a.rateRatio < 1) {
        return u"There were fewer episodes " + exposurePhrase(a) + u": " + formatRatio(a.rateRatio)
             + utf8("\u00d7 as many") + details + u" An association, not proof.";
    }
    return u"Episodes were " + formatRatio(a.rateRatio) + utf8("\u00d7 as frequent ") + exposurePhrase(a)
         + details + u" An association, not proof.";
}

QStringList associationCaveats(const Association &a, const std::vector<Association> &all)
{
    QStringList out;
    if (a.tested && a.lag == 0
        && (isSleep(a.kind) || a.kind == FactorKind::Stress)) {
        out << capitalised(factorName(a))
                   + u" on the same day can also be a consequence of twitching, not only a cause.";
    }
    for (const QString &id : a.occursWith) {
        for (const Association &other : all)
            if (other.factor == id) {
                out << capitalised(factorName(a)) + u" and " + factorName(other)
                           + u" mostly occurred on the same days, so their effects cannot be told apart.";
            }
    }
    return out;
}

QString gateSentence(const Gate &gate)
{
    if (gate.shown)
        return {};
    return utf8("Keep logging \u2014 about ") + QString::number(gate.moreDaysNeeded)
         + (gate.moreDaysNeeded == 1 ? u" more day" : u" more days")
         + u" before triggers can be looked at (" + QString::number(gate.observedDays) + u" days logged, "
         + QString::number(gate.episodeDays) + u" with twitching).";
}

} // namespace td::analysis
