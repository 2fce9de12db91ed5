#include "analysis/wording.h"

#include "analysis/sentencelocale.h"

#include <QCoreApplication>

#include <cmath>

namespace td::analysis {

namespace {

// The sentences are English as docs/analysis.md gives them; the window installs translators
// (German), the command line never does, so its output stays exactly this English.
QString tr(const char *s, int n = -1) { return QCoreApplication::translate("td::analysis", s, nullptr, n); }

// What "exposed" means, as words: "less than 6 h of sleep".
QString condition(const Association &a)
{
    const bool limited = !std::isnan(a.exposedLimit);
    switch (a.kind) {
    case FactorKind::SleepHours: return tr("less than 6 h of sleep");
    case FactorKind::SleepQuality: return tr("poor sleep (quality 2 of 5 or lower)");
    case FactorKind::Stress: return tr("stress of 7 of 10 or more");
    // A tertile contrast reads as the logged value nearest the cut-off ("190 mg of caffeine
    // or more", not "more than 181.67 mg"); the cut-off itself only when no logged value
    // lies beyond it.
    case FactorKind::Caffeine:
        return limited ? tr("%1 mg of caffeine or more").arg(formatThreshold(a.exposedLimit, sentenceLocale()))
                       : tr("more than %1 mg of caffeine").arg(formatThreshold(a.threshold, sentenceLocale()));
    case FactorKind::Alcohol: return tr("1 or more units of alcohol");
    case FactorKind::Water:
        return limited ? tr("%1 l of water or less").arg(formatThreshold(a.exposedLimit, sentenceLocale()))
                       : tr("less than %1 l of water").arg(formatThreshold(a.threshold, sentenceLocale()));
    case FactorKind::Food:
    case FactorKind::CustomYesNo: return a.name;
    case FactorKind::Supplement: return tr("%1 (supplement)").arg(a.name);
    case FactorKind::CustomNumber:
        if (limited) {
            return a.unit.isEmpty()
                       ? tr("%1 of %2 or more").arg(a.name, formatThreshold(a.exposedLimit, sentenceLocale()))
                       : tr("%1 of %2 %3 or more")
                             .arg(a.name, formatThreshold(a.exposedLimit, sentenceLocale()), a.unit);
        }
        return a.unit.isEmpty()
                   ? tr("%1 above %2").arg(a.name, formatThreshold(a.threshold, sentenceLocale()))
                   : tr("%1 above %2 %3").arg(a.name, formatThreshold(a.threshold, sentenceLocale()), a.unit);
    }
    return a.factor;
}

bool isSleep(FactorKind k) { return k == FactorKind::SleepHours || k == FactorKind::SleepQuality; }

QString counts(const Association &a)
{
    return (a.exposedDays == 1 ? tr("1 such day") : tr("%1 such days").arg(a.exposedDays)) + QStringLiteral(", ") +
           (a.unexposedDays == 1 ? tr("1 other") : tr("%1 others").arg(a.unexposedDays));
}

QString interval(const Association &a)
{
    if (std::isnan(a.ciLow) || std::isnan(a.ciHigh))
        return tr("no interval");
    return tr("95 % CI %1–%2").arg(formatRatio(a.ciLow), formatRatio(a.ciHigh));
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
    return sentenceLocale().toString(v, 'f', decimals);
}

Agreement agreement(const Association &a)
{
    if (!a.tested || std::isnan(a.ciLow) || std::isnan(a.ciHigh))
        return Agreement::Agree;
    const bool excludesOne = a.ciLow > 1 || a.ciHigh < 1;
    if (a.verdict == Verdict::None && excludesOne)
        return Agreement::ChanceDespiteInterval;
    if (a.verdict == Verdict::Possible && !excludesOne)
        return Agreement::HintDespiteInterval;
    return Agreement::Agree;
}

QString lagWords(const Association &a)
{
    // Sleep belongs to the day it ends: lag 0 is that day's night, later lags count days
    // back from it as for every other factor.
    if (isSleep(a.kind) && a.lag == 0)
        return tr("night before");
    switch (a.lag) {
    case 0: return tr("same day");
    case 1: return tr("one day before");
    default: return tr("two days before");
    }
}

QString formatP(double p)
{
    if (std::isnan(p))
        return QStringLiteral("?");
    if (p < 0.001)
        return tr("< %1").arg(sentenceLocale().toString(0.001, 'f', 3));
    return sentenceLocale().toString(p, 'f', p < 0.1 ? 3 : 2);
}

QString factorName(const Association &a)
{
    switch (a.kind) {
    case FactorKind::SleepHours: return tr("short sleep");
    case FactorKind::SleepQuality: return tr("poor sleep");
    case FactorKind::Stress: return tr("stress");
    case FactorKind::Caffeine: return tr("caffeine");
    case FactorKind::Alcohol: return tr("alcohol");
    case FactorKind::Water: return tr("low water intake");
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
        // Sleep belongs to the day one wakes up: lag 0 is the night before. Later lags
        // count days from that day, as for every other factor ("on days after a day
        // with …" is one day later, "two days after …" two), so one phrase never means
        // two different lags.
        switch (a.lag) {
        case 0: return tr("on days after %1").arg(c);
        case 1: return tr("on days after a day that began with %1").arg(c);
        default: return tr("two days after a day that began with %1").arg(c);
        }
    }
    switch (a.lag) {
    case 0: return tr("on days with %1").arg(c);
    case 1: return tr("on days after a day with %1").arg(c);
    default: return tr("two days after a day with %1").arg(c);
    }
}

QString associationSentence(const Association &a)
{
    if (!a.tested) {
        return tr("Not enough data yet for %1: %2, %3 with twitching. At least %4 of each and %5 days with "
                  "twitching are needed.")
            .arg(factorName(a), counts(a))
            .arg(a.episodeDays)
            .arg(kG1ExposedDays)
            .arg(kG1EpisodeDays);
    }
    const QString details = tr(" (%1; %2).").arg(interval(a), counts(a));
    switch (agreement(a)) {
    case Agreement::ChanceDespiteInterval:
        return tr("No clear association with %1: episodes were %2× as frequent %3 (%4; %5), but differences "
                  "this large turn up by chance in a diary with ups and downs like yours: reshuffling your "
                  "own days gives p = %6.")
            .arg(factorName(a), formatRatio(a.rateRatio), exposurePhrase(a), interval(a), counts(a), formatP(a.p));
    case Agreement::HintDespiteInterval:
        if (a.rateRatio < 1)
            return tr("A weak hint about %1 that may well be chance: there were fewer episodes %2, %3× as many "
                      "(%4; %5), and the interval still includes no difference at all.")
                .arg(factorName(a), exposurePhrase(a), formatRatio(a.rateRatio), interval(a), counts(a));
        return tr("A weak hint about %1 that may well be chance: episodes were %2× as frequent %3 (%4; %5), and "
                  "the interval still includes no difference at all.")
            .arg(factorName(a), formatRatio(a.rateRatio), exposurePhrase(a), interval(a), counts(a));
    case Agreement::Agree: break;
    }
    if (a.verdict == Verdict::None) {
        return tr("No clear association with %1: episodes were %2× as frequent %3%4")
            .arg(factorName(a), formatRatio(a.rateRatio), exposurePhrase(a), details);
    }
    if (a.verdict == Verdict::Possible) {
        if (a.rateRatio < 1)
            return tr("A weak hint about %1 that may well be chance: there were fewer episodes %2, %3× as many%4")
                .arg(factorName(a), exposurePhrase(a), formatRatio(a.rateRatio), details);
        return tr("A weak hint about %1 that may well be chance: episodes were %2× as frequent %3%4")
            .arg(factorName(a), formatRatio(a.rateRatio), exposurePhrase(a), details);
    }
    if (a.rateRatio < 1) {
        return tr("There were fewer episodes %1: %2× as many%3 An association, not proof.")
            .arg(exposurePhrase(a), formatRatio(a.rateRatio), details);
    }
    return tr("Episodes were %1× as frequent %2%3 An association, not proof.")
        .arg(formatRatio(a.rateRatio), exposurePhrase(a), details);
}

QStringList associationCaveats(const Association &a, const std::vector<Association> &all)
{
    QStringList out;
    if (a.tested && a.lag == 0 && (isSleep(a.kind) || a.kind == FactorKind::Stress)) {
        out << tr("%1 on the same day can also be a consequence of twitching, not only a cause.")
                   .arg(capitalised(factorName(a)));
    }
    for (const QString &id : a.occursWith) {
        for (const Association &other : all)
            if (other.factor == id) {
                out << tr("%1 and %2 mostly occurred on the same days, so their effects cannot be told apart.")
                           .arg(capitalised(factorName(a)), factorName(other));
            }
    }
    return out;
}

QString gateSentence(const Gate &gate)
{
    if (gate.shown)
        return {};
    // One logged day is "1 day logged", not "1 days logged".
    const QString logged = gate.observedDays == 1 ? tr("1 day logged") : tr("%1 days logged").arg(gate.observedDays);
    if (gate.moreDaysNeeded == 1)
        return tr("Keep logging — about 1 more day before triggers can be looked at (%1, %2 with twitching).")
            .arg(logged)
            .arg(gate.episodeDays);
    return tr("Keep logging — about %1 more days before triggers can be looked at (%2, %3 with twitching).")
        .arg(gate.moreDaysNeeded)
        .arg(logged)
        .arg(gate.episodeDays);
}

} // namespace td::analysis
