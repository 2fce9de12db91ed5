#include "report/analysisreport.h"

#include "analysis/wording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace td {
namespace {

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

QString date(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

} // namespace

QByteArray toAnalysisJson(const analysis::AnalysisResult &r)
{
    using namespace analysis;
    QJsonArray associations;
    for (const Association &a : r.associations) {
        QJsonObject o{{QStringLiteral("factor"), a.factor},
                      {QStringLiteral("exposed_when"), a.exposedWhen},
                      {QStringLiteral("verdict"), verdictId(a.verdict)},
                      {QStringLiteral("exposed_days"), a.exposedDays},
                      {QStringLiteral("unexposed_days"), a.unexposedDays}};
        if (a.tested) {
            o.insert(QStringLiteral("lag"), a.lag);
            o.insert(QStringLiteral("rate_ratio"), number(a.rateRatio));
            o.insert(QStringLiteral("ci_low"), number(a.ciLow));
            o.insert(QStringLiteral("ci_high"), number(a.ciHigh));
            o.insert(QStringLiteral("p"), number(a.p));
            o.insert(QStringLiteral("q"), number(a.q));
        } else {
            // Untested factors keep every key, with null numbers (docs/format.md).
            for (const char16_t *key : {u"lag", u"rate_ratio", u"ci_low", u"ci_high", u"p", u"q"})
                o.insert(QString::fromUtf16(key), QJsonValue(QJsonValue::Null));
        }
        associations.append(o);
    }
    QJsonArray flags;
    for (const Flag &f : r.flags)
        flags.append(QJsonObject{{QStringLiteral("kind"), flagKindId(f.kind)},
                                 {QStringLiteral("state"), flagStateId(f.state)},
                                 {QStringLiteral("from"), date(f.from)},
                                 {QStringLiteral("to"), date(f.to)},
                                 {QStringLiteral("detail"), f.detail}});
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("twitchdiary-analysis")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("from"), date(r.from)}, {QStringLiteral("to"), date(r.to)}}},
        {QStringLiteral("days"), QJsonObject{{QStringLiteral("in_period"), r.daysInPeriod},
                                             {QStringLiteral("observed"), r.observedDays},
                                             {QStringLiteral("episode_days"), r.episodeDays},
                                             {QStringLiteral("kept"), r.summary.daysKept},
                                             {QStringLiteral("kept_from"), date(r.summary.keptFrom)},
                                             {QStringLiteral("kept_to"), date(r.summary.keptTo)},
                                             {QStringLiteral("since_last_entry"), r.summary.daysSinceLastEntry}}},
        {QStringLiteral("episodes"), r.episodes},
        {QStringLiteral("gate"), QJsonObject{{QStringLiteral("shown"), r.gate.shown},
                                             {QStringLiteral("more_days_needed"), r.gate.moreDaysNeeded}}},
        {QStringLiteral("associations"), associations},
        {QStringLiteral("flags"), flags}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString toAnalysisText(const analysis::AnalysisResult &r)
{
    using namespace analysis;
    QString out;
    if (!r.from.isValid()) {
        return QStringLiteral("The diary is empty. Log episodes (and, once a day, your "
                              "factors) to see an analysis.\n");
    }
    out += QStringLiteral("Period %1 to %2: %3 days, %4 logged, %5 with twitching, %6 episodes.\n")
               .arg(date(r.from), date(r.to))
               .arg(r.daysInPeriod)
               .arg(r.observedDays)
               .arg(r.episodeDays)
               .arg(r.episodes);
    if (r.summary.silentStretch())
        out += QStringLiteral("The diary was last kept on %1: nothing logged in the %2 days since, up to %3. "
                              "\"ongoing\" below means ongoing at the last entry.\n")
                   .arg(date(r.summary.lastEntry))
                   .arg(r.summary.daysSinceLastEntry)
                   .arg(date(r.to));
    out += QStringLiteral("Self-reported diary, not a clinical measurement; nothing here is a diagnosis.\n\n");

    if (r.flags.empty()) {
        out += QStringLiteral("No warning signs in the diary so far.\n");
    } else {
        out += QStringLiteral("Worth showing to a doctor:\n");
        for (const Flag &f : r.flags)
            out += QStringLiteral("  - %1 (%2 to %3, %4): %5\n")
                       .arg(flagKindId(f.kind), date(f.from), date(f.to), flagStateId(f.state), f.detail);
    }
    for (const Note &n : r.notes)
        out += QStringLiteral("  Note (%1): %2\n").arg(date(n.date), n.detail);
    out += u'\n';

    if (!r.gate.shown) {
        out += gateSentence(r.gate) + u'\n';
        return out;
    }
    out += QStringLiteral("What goes with the twitching (associations, not causes):\n");
    bool any = false;
    for (const Association &a : r.associations) {
        if (!a.tested)
            continue;
        any = true;
        out += QStringLiteral("  [%1] %2\n").arg(verdictId(a.verdict), associationSentence(a));
        for (const QString &c : associationCaveats(a, r.associations))
            out += QStringLiteral("        %1\n").arg(c);
    }
    if (!any)
        out += QStringLiteral("  No factor has enough exposed and unexposed days to be tested yet.\n");
    QStringList untested;
    for (const Association &a : r.associations) {
        if (!a.tested)
            untested.append(a.factor);
    }
    if (!untested.isEmpty())
        out += QStringLiteral("Not enough data yet for: %1.\n").arg(untested.join(QStringLiteral(", ")));
    return out;
}

} // namespace td
