#include "report/reportrenderer.h"

#include "analysis/wording.h"
#include "charts/charts.h"
#include "charts/heatmaps.h"
#include "format/privatefile.h"
#include "models/labels.h"
#include "widgets/redflagbanner.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <functional>

namespace td::ui {
namespace {

QString tr(const char *text, int n = -1) { return QCoreApplication::translate("td::ui", text, nullptr, n); }

constexpr qreal kBodyPt = 10;
constexpr qreal kSmallPt = 9; // the smallest text anywhere in the report
constexpr qreal kTitlePt = 15;

QString esc(const QString &s) { return s.toHtmlEscaped(); }
QString date(const QDate &d) { return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : QString(); }
QString num(double v, int decimals = 1)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    return QLocale().toString(v, 'f', decimals);
}

QFont font(qreal pt, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

qreal mm(QPaintDevice *d, qreal millimetres) { return millimetres / 25.4 * d->logicalDpiY(); }

QString flagsHtml(const std::vector<analysis::Flag> &flags, const QDate &silentSince)
{
    if (flags.empty())
        return tr("<p>None found by the diary's rules (twitching for four weeks or more, spreading to "
                  "new places, weakness, drooping, numbness, pain, speech or swallowing trouble, onset "
                  "after a new medication, worsening, recurrence).</p>");
    QString html = QStringLiteral("<ul>");
    for (const analysis::Flag &f : flags) {
        const QString when = f.from == f.to ? date(f.from) : tr("%1 – %2").arg(date(f.from), date(f.to));
        html += QStringLiteral("<li><b>%1</b> (%2; %3). %4</li>")
                    .arg(esc(RedFlagBanner::flagTitle(f.kind, silentSince.isValid())), when,
                         esc(RedFlagBanner::flagState(f, silentSince)), esc(f.detail));
    }
    return html + QStringLiteral("</ul>");
}

// How often episodes came, in words that hold for any diary length: a weekly rate only
// over enough logged days (analysis::kMinLoggedDaysForWeeklyRate), else the plain count.
QString frequencySentence(const analysis::Summary &s)
{
    if (s.observedDays == 0)
        return {};
    if (!std::isfinite(s.perWeekOverall)) {
        const QString episodes = s.episodes == 1 ? tr("1 episode") : tr("%1 episodes").arg(s.episodes);
        const QString days = s.observedDays == 1 ? tr("1 logged day") : tr("%1 logged days").arg(s.observedDays);
        return tr("%1 on %2; too few logged days for a weekly rate.").arg(episodes, days);
    }
    QStringList parts;
    if (std::isfinite(s.perWeekLatest28) && std::isfinite(s.perWeekFirst28) && s.daysKept > 28)
        parts << tr("Episodes per week: %1 in the latest 4 weeks, %2 in the first 4 weeks, %3 over the period "
                    "(per 7 logged days).")
                     .arg(num(s.perWeekLatest28), num(s.perWeekFirst28), num(s.perWeekOverall));
    else
        parts << tr("Episodes per week: %1 over the period (per 7 logged days).").arg(num(s.perWeekOverall));
    return parts.join(u' ');
}

// The page-1 lines on associations: numbers for `likely` only; `possible` ones on one
// line as weak hints (docs/analysis.md "What page 1 says").
QString associationsHtml(const analysis::AnalysisResult &r, int detailsPage)
{
    if (!r.gate.shown)
        return QStringLiteral("<p>%1</p>").arg(esc(analysis::gateSentence(r.gate)));
    QStringList likely, hints;
    int tested = 0;
    for (const analysis::Association &a : r.associations) {
        if (!a.tested)
            continue;
        ++tested;
        if (a.verdict == analysis::Verdict::Likely)
            likely << QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                          .arg(esc(factorDisplayName(a.factor, a.unit)), tr("likely association"),
                               esc(analysis::associationSentence(a)));
        else if (a.verdict == analysis::Verdict::Possible)
            hints << esc(factorDisplayName(a.factor, a.unit));
    }
    if (tested == 0)
        return tr("<p>No factor had enough days with and without it to be compared.</p>");
    QString h;
    if (likely.isEmpty())
        h += tr("<p style='margin:0'>No factor is clearly associated with the twitching (%1 compared).</p>")
                 .arg(tested == 1 ? tr("1 factor") : tr("%1 factors").arg(tested));
    else
        h += QStringLiteral("<ul>%1</ul>").arg(likely.join(QString()));
    if (!hints.isEmpty()) {
        const QString where = detailsPage > 0 ? tr("their numbers are on page %1").arg(detailsPage)
                                              : tr("their numbers are on the Insights page");
        h += tr("<p style='margin:2px 0 0 0'>Weak hints that may well be chance: %1. In diaries with no trigger "
                "at all, about half show at least one such hint; %2.</p>")
                 .arg(hints.join(QStringLiteral(", ")), where);
    }
    return h;
}

// ---- Experiments (docs/experiments.md "In the doctor PDF") -----------------------------

// The change in words: "caffeine at most 100 mg a day", "magnesium taken every day".
QString conditionText(const experiments::Plan &plan)
{
    using experiments::Op;
    const QString &f = plan.factor;
    const QString v = QLocale().toString(plan.value, 'g', 6);
    const bool most = plan.op == Op::AtMost;
    if (plan.op == Op::AtMost || plan.op == Op::AtLeast) {
        if (f == u"caffeine_mg")
            return most ? tr("caffeine at most %1 mg a day").arg(v) : tr("caffeine at least %1 mg a day").arg(v);
        if (f == u"alcohol_units")
            return most ? (plan.value == 0 ? tr("no alcohol") : tr("alcohol at most %1 unit(s) a day").arg(v))
                        : tr("alcohol at least %1 unit(s) a day").arg(v);
        if (f == u"sleep_hours")
            return most ? tr("sleep at most %1 h a night").arg(v) : tr("sleep at least %1 h a night").arg(v);
        if (f == u"water_l")
            return most ? tr("water at most %1 l a day").arg(v) : tr("water at least %1 l a day").arg(v);
        return most ? tr("%1 at most %2").arg(factorDisplayName(f), v)
                    : tr("%1 at least %2").arg(factorDisplayName(f), v);
    }
    const QString name = f.mid(f.indexOf(u':') + 1);
    const bool present = plan.op == Op::Present;
    if (f.startsWith(u"supplement:"))
        return present ? tr("%1 taken every day").arg(name) : tr("no %1").arg(name);
    if (f.startsWith(u"food:"))
        return present ? tr("%1 eaten every day").arg(name) : tr("no %1").arg(name);
    return present ? tr("%1: yes every day").arg(name) : tr("%1: no every day").arg(name);
}

// The verdict in words, for a doctor.
QString verdictWords(const report::ExperimentEntry &e)
{
    using experiments::Verdict;
    switch (e.result.verdict) {
    case Verdict::Helped: return tr("helped: fewer episodes on change days");
    case Verdict::Worse: return tr("worse: more episodes on change days");
    case Verdict::NoDifference:
        return tr("no difference: any effect is smaller than the zone fixed in the plan (%1–%2)")
            .arg(num(e.plan.equivalenceLow, 2), num(e.plan.equivalenceHigh, 2));
    case Verdict::Inconclusive: return tr("inconclusive: neither a clear effect nor a clear absence of one");
    case Verdict::Insufficient: return tr("not enough logged days to judge");
    case Verdict::Stopped: return tr("stopped before its end: not tested");
    case Verdict::Observational: return tr("a before/after description, not a test");
    case Verdict::Running: return tr("running");
    }
    return {};
}

// "0.52–0.94", or why there is no interval.
QString intervalText(const experiments::Result &r)
{
    if (r.ciLow && r.ciHigh)
        return tr("95 % CI %1–%2").arg(num(*r.ciLow, 2), num(*r.ciHigh, 2));
    if (r.ciLow)
        return tr("95 % CI from %1, no upper limit").arg(num(*r.ciLow, 2));
    if (r.ciHigh)
        return tr("95 % CI up to %1, no lower limit").arg(num(*r.ciHigh, 2));
    if (r.rateRatio && *r.rateRatio == 0)
        return tr("no interval: no episodes on change days");
    if (!r.rateRatio)
        return tr("no interval: no episodes on usual days");
    return tr("no interval: not bounded either way");
}

QString ratioText(const experiments::Result &r) { return r.rateRatio ? num(*r.rateRatio, 2) : QStringLiteral("–"); }

QString pText(double p) { return QLocale().toString(p, 'g', 2); }

// What was missing for `insufficient`, in words (the rules of docs/experiments.md).
QString missingText(const experiments::Result &r)
{
    QStringList parts;
    if (2 * r.change.analysedDays < r.change.plannedDays)
        parts << tr("%1 of %2 change days could be analysed (at least half are needed)")
                     .arg(r.change.analysedDays)
                     .arg(r.change.plannedDays);
    if (2 * r.usual.analysedDays < r.usual.plannedDays)
        parts << tr("%1 of %2 usual days could be analysed (at least half are needed)")
                     .arg(r.usual.analysedDays)
                     .arg(r.usual.plannedDays);
    if (r.pairsWithBothPeriods < 6)
        parts << tr("%1 pairs had logged days in both periods (at least 6 are needed)").arg(r.pairsWithBothPeriods);
    return parts.join(QStringLiteral("; "));
}

QString share(double v) { return std::isfinite(v) ? num(100 * v, 0) + QStringLiteral(" %") : QStringLiteral("–"); }

} // namespace

ReportRenderer::ReportRenderer(const report::ReportData &data) : m_data(data) {}
ReportRenderer::~ReportRenderer() = default;

QPageLayout ReportRenderer::pageLayout(report::Paper paper)
{
    if (paper == report::Paper::FromLocale)
        paper = report::paperForLocale(QLocale());
    const QPageSize size(paper == report::Paper::Letter ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
}

QString ReportRenderer::summaryHtml() const
{
    const report::ReportData &d = m_data;
    const analysis::AnalysisResult &r = d.insights.result;
    const analysis::Summary &s = r.summary;
    QString h;
    h += QStringLiteral("<html><body style='font-family:\"DejaVu Sans\"; font-size:%1pt;'>").arg(kBodyPt);
    h += QStringLiteral("<p style='font-size:%1pt; font-weight:bold; margin:0'>%2</p>")
             .arg(kTitlePt)
             .arg(tr("Twitch diary: summary for the doctor"));
    QStringList who;
    if (!d.options.name.trimmed().isEmpty())
        who << esc(d.options.name.trimmed());
    if (d.options.dateOfBirth.isValid())
        who << tr("born %1").arg(date(d.options.dateOfBirth));
    if (!who.isEmpty())
        h += QStringLiteral("<p style='margin:2px 0'>%1</p>").arg(who.join(QStringLiteral(", ")));
    h += QStringLiteral("<p style='margin:2px 0'>%1</p>")
             .arg(r.from.isValid()
                      ? tr("Period %1 – %2 (%3 days). Generated %4.")
                            .arg(date(r.from), date(r.to))
                            .arg(r.daysInPeriod)
                            .arg(date(d.generated))
                      : tr("Generated %1. The diary has no entries in this period.").arg(date(d.generated)));
    h += QStringLiteral("<p style='margin:2px 0'><i>%1</i></p>")
             .arg(tr("Self-reported diary, not a clinical measurement. Associations are not causes; "
                     "nothing here is a diagnosis."));

    auto heading = [](const QString &t) {
        return QStringLiteral("<p style='font-size:%1pt; font-weight:bold; margin-top:8px; margin-bottom:2px'>%2</p>")
            .arg(kBodyPt + 1.5)
            .arg(t);
    };
    const QDate silentSince = RedFlagBanner::silentSince(s);
    h += heading(tr("Warning signs"));
    h += flagsHtml(r.flags, silentSince);

    h += heading(tr("Course and frequency"));
    QStringList course;
    if (s.firstEpisodeEver.isValid()) {
        course << tr("First episode in the diary: %1.").arg(date(s.firstEpisodeEver));
        if (silentSince.isValid()) {
            course << tr("The diary was last kept on %1: nothing has been logged in the %n day(s) since, up to %2.",
                         nullptr, s.daysSinceLastEntry)
                          .arg(date(s.lastEntry), date(r.to));
            course << tr("Last episode logged: %1.").arg(date(s.lastEpisode));
        } else if (s.lastEpisode == s.firstEpisodeEver) {
            course << tr("Every episode so far was on that day.");
        } else if (d.ongoing) {
            course << tr("Still twitching: last episode %1, %n day(s) after the first.", nullptr,
                         int(s.firstEpisodeEver.daysTo(s.lastEpisode)))
                          .arg(date(s.lastEpisode));
        } else if (s.lastEpisode.isValid()) {
            const int since = int(s.lastEpisode.daysTo(r.to));
            course
                << tr("Last episode %1; none logged in the %n day(s) since.", nullptr, since).arg(date(s.lastEpisode));
        }
    } else {
        course << tr("No episodes logged.");
    }
    if (const QString f = frequencySentence(s); !f.isEmpty())
        course << f;
    if (s.observedDays > 0)
        course << tr("Twitching on %1 of %n logged day(s) (%2 %; 95 % CI %3–%4 %).", nullptr, s.observedDays)
                      .arg(s.episodeDays)
                      .arg(num(100 * s.shareWithTwitching, 0), num(100 * s.shareCi.low, 0),
                           num(100 * s.shareCi.high, 0));
    if (s.intensity.count > 0)
        course << tr("Strength (1–10): median %1 (middle half %2–%3), highest %4.")
                      .arg(num(s.intensity.median, 0), num(s.intensity.q1, 0), num(s.intensity.q3, 0),
                           num(s.intensity.max, 0));
    if (s.durationS.count > 0)
        course << tr("Duration: median %1 s (middle half %2–%3 s; %4 of %5 episodes timed).")
                      .arg(num(s.durationS.median, 0), num(s.durationS.q1, 0), num(s.durationS.q3, 0))
                      .arg(s.durationS.count)
                      .arg(s.episodes);
    h += QStringLiteral("<p style='margin:0'>%1</p>").arg(course.join(QStringLiteral("<br>")));

    h += heading(tr("Where it twitches"));
    if (s.sites.empty()) {
        h += tr("<p>No episodes in this period.</p>");
    } else {
        h += QStringLiteral("<table cellspacing='0' cellpadding='2' style='border-collapse:collapse'>"
                            "<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th>"
                            "<th align='right'>%4</th></tr>")
                 .arg(tr("Place"), tr("First seen"), tr("Last seen"), tr("Episodes"));
        int shown = 0;
        for (const analysis::SiteSummary &site : s.sites) {
            if (++shown > 8)
                break;
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align='right'>%4</td></tr>")
                     .arg(esc(siteName(site.zone, site.side)), date(site.firstSeen), date(site.lastSeen))
                     .arg(site.episodes);
        }
        h += QStringLiteral("</table>");
        if (s.sites.size() > 8)
            h += tr("<p>…and %1 more places (see the chart on page %2).</p>")
                     .arg(s.sites.size() - 8)
                     .arg(2 + experimentPages());
    }

    h += heading(tr("Symptoms besides the twitch"));
    if (s.symptoms.empty()) {
        h += tr("<p>None reported.</p>");
    } else {
        QStringList items;
        for (const analysis::SymptomSummary &sym : s.symptoms)
            items << tr("%1: %n episode(s), %2 – %3", nullptr, sym.episodes)
                         .arg(esc(symptomName(sym.symptom)), date(sym.firstSeen), date(sym.lastSeen));
        h += QStringLiteral("<p style='margin:0'>%1</p>").arg(items.join(QStringLiteral("<br>")));
    }

    h += heading(tr("Medications"));
    if (d.medications.isEmpty()) {
        h += tr("<p>None recorded.</p>");
    } else {
        QStringList items;
        for (const Medication &m : d.medications)
            items << tr("%1%2: started %3, %4")
                         .arg(esc(m.name), m.dose.isEmpty() ? QString() : QStringLiteral(" ") + esc(m.dose),
                              date(m.started), m.stopped ? tr("stopped %1").arg(date(*m.stopped)) : tr("still taken"));
        h += QStringLiteral("<p style='margin:0'>%1</p>").arg(items.join(QStringLiteral("<br>")));
    }

    h += heading(tr("What goes with the twitching (associations, not causes)"));
    h += associationsHtml(r, m_detailsPage);

    if (!d.experiments.isEmpty()) {
        h += heading(tr("Experiments (changes tested with randomly assigned periods)"));
        h += experimentsHtml();
    }

    h += heading(tr("How complete the diary is"));
    if (s.daysKept > 0) {
        // Over the days the diary was kept: a diary begun late in the period, or no longer
        // kept, is not "1 of 91 days logged".
        QString kept = s.daysKept == s.daysInPeriod
                           ? tr("%1 of %2 days in the period were logged (%3 %).")
                                 .arg(s.observedDays)
                                 .arg(s.daysKept)
                                 .arg(num(100 * s.completeness, 0))
                           : tr("%1 of the %n day(s) the diary was kept in the period (%2) were logged (%3 %).",
                                nullptr, s.daysKept)
                                 .arg(s.observedDays)
                                 .arg(s.keptFrom == s.keptTo ? date(s.keptFrom)
                                                             : tr("%1 – %2").arg(date(s.keptFrom), date(s.keptTo)),
                                      num(100 * s.completeness, 0));
        if (silentSince.isValid())
            kept += u' ' + tr("Nothing was logged from %1 to %2.").arg(date(s.keptTo.addDays(1)), date(r.to));
        h += QStringLiteral("<p style='margin:0'>%1 %2</p>")
                 .arg(kept, tr("Days that were not logged are treated as unknown, never as days without twitching."));
    } else {
        h += tr("<p style='margin:0'>Nothing was logged in this period.</p>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

void ReportRenderer::buildLog()
{
    m_logRows.clear();
    m_logPages.clear();
    if (!m_data.options.log)
        return;
    const QLocale locale;
    for (const report::LogDay &day : m_data.log) {
        const QString dayText = locale.toString(day.date, QStringLiteral("ddd d MMM yyyy"));
        bool first = true;
        for (const Episode &e : day.episodes) {
            QStringList symptoms;
            for (Symptom s : e.symptoms)
                symptoms << symptomName(s);
            m_logRows.push_back({{first ? dayText : QString(), e.at.time().toString(QStringLiteral("HH:mm")),
                                  siteName(e.zone, e.side), QString::number(e.intensity),
                                  e.durationS ? tr("%1 s").arg(*e.durationS) : QStringLiteral("–"),
                                  symptoms.join(QStringLiteral(", "))},
                                 false,
                                 first,
                                 0});
            first = false;
        }
        QStringList factors;
        if (day.intakeKnown)
            factors << tr("caffeine %1 mg").arg(num(day.caffeineMg, 0));
        if (day.sleepHours || day.sleepQuality)
            factors << tr("sleep %1")
                           .arg((day.sleepHours ? tr("%1 h").arg(num(*day.sleepHours)) : QString()) +
                                (day.sleepQuality ? tr(" (quality %1/5)").arg(*day.sleepQuality) : QString()));
        if (day.stress)
            factors << tr("stress %1/10").arg(*day.stress);
        if (day.intakeKnown && day.alcoholUnits > 0)
            factors << tr("alcohol %1 unit(s)").arg(num(day.alcoholUnits));
        if (!day.foods.isEmpty())
            factors << tr("foods: %1").arg(day.foods.join(QStringLiteral(", ")));
        if (!day.supplements.isEmpty())
            factors << tr("supplements: %1").arg(day.supplements.join(QStringLiteral(", ")));
        const QString status = day.episodes.isEmpty()
                                   ? (day.checkedIn ? tr("no episodes (day complete)") : tr("no episodes logged"))
                                   : (day.checkedIn ? tr("day complete") : QString());
        m_logRows.push_back({{day.episodes.isEmpty() ? dayText : QString(), status,
                              factors.join(QStringLiteral(" · "))},
                             true,
                             day.episodes.isEmpty(),
                             0});
    }
}

qreal ReportRenderer::paintLogRow(QPainter &p, const LogRow &row, qreal y, bool header) const
{
    const qreal pad = mm(m_device, 0.8);
    if (row.dayRow)
        p.fillRect(QRectF(m_content.left(), y, m_content.width(), row.height), QColor(0xf0, 0xf0, 0xf0));
    if (header)
        p.fillRect(QRectF(m_content.left(), y, m_content.width(), row.height), QColor(0xe0, 0xe0, 0xe0));
    p.setFont(font(kSmallPt, header));
    p.setPen(Qt::black);
    qreal x = m_content.left();
    // A day row spans: day | status over time..duration | factors.
    const std::vector<std::pair<int, int>> spans = row.dayRow ? std::vector<std::pair<int, int>>{{0, 1}, {1, 5}, {5, 6}}
                                                              : std::vector<std::pair<int, int>>{
                                                                    {0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}};
    for (std::size_t i = 0; i < spans.size() && i < std::size_t(row.cells.size()); ++i) {
        qreal w = 0;
        for (int c = spans[i].first; c < spans[i].second; ++c)
            w += m_columns[std::size_t(c)];
        const bool numeric = !row.dayRow && (spans[i].first == 3 || spans[i].first == 4); // header too
        QFont f = p.font();
        f.setItalic(row.dayRow && i == 1);
        p.setFont(f);
        p.drawText(QRectF(x + pad, y + pad, w - 2 * pad, row.height - 2 * pad),
                   Qt::TextWordWrap | Qt::AlignTop | (numeric ? Qt::AlignRight : Qt::AlignLeft),
                   row.cells[qsizetype(i)]);
        x += w;
    }
    if (row.firstOfDay || header) {
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
        p.drawLine(QPointF(m_content.left(), y), QPointF(m_content.right(), y));
    }
    return row.height;
}

void ReportRenderer::paintLogPage(QPainter &p, int logPage) const
{
    const auto [first, last] = m_logPages[std::size_t(logPage)];
    qreal y = m_content.top() + (logPage == 0 ? m_logTop : 0);
    if (logPage == 0) {
        p.setFont(font(kBodyPt + 2, true));
        const QFontMetricsF fm(p.font(), p.device());
        p.setPen(Qt::black);
        p.drawText(QPointF(m_content.left(), y + fm.ascent()), tr("Chronological log"));
        y += fm.height() * 1.4;
    }
    y += paintLogRow(p, m_logHeader, y, true);
    for (int i = first; i < last; ++i)
        y += paintLogRow(p, m_logRows[std::size_t(i)], y, false);
}

// Below the forest plot: every compared factor's sentence, strongest verdict first, with
// its caveats. Page 1 names the weak hints only; their numbers are here.
QString ReportRenderer::detailsHtml() const
{
    const analysis::AnalysisResult &r = m_data.insights.result;
    QString h = QStringLiteral("<html><body style='font-family:\"DejaVu Sans\"; font-size:%1pt;'>").arg(kSmallPt);
    bool anyDisagreement = false;
    for (const analysis::Association &a : r.associations)
        anyDisagreement = anyDisagreement || analysis::agreement(a) != analysis::Agreement::Agree;
    if (anyDisagreement)
        h += tr("<p style='margin:0'>A dashed interval in the chart above marks a factor whose interval and "
                "reshuffling test disagree; its sentence says why.</p>");
    const std::pair<analysis::Verdict, QString> groups[] = {
        {analysis::Verdict::Likely, tr("Likely associations")},
        {analysis::Verdict::Possible, tr("Weak hints that may well be chance")},
        {analysis::Verdict::None, tr("No clear association")},
    };
    for (const auto &[verdict, title] : groups) {
        QString items;
        for (const analysis::Association &a : forestRows(r.associations)) {
            if (a.verdict != verdict)
                continue;
            QString item = QStringLiteral("<b>%1</b>: %2")
                               .arg(esc(factorDisplayName(a.factor, a.unit)), esc(analysis::associationSentence(a)));
            for (const QString &c : analysis::associationCaveats(a, r.associations))
                item += u' ' + esc(c);
            items += QStringLiteral("<li>%1</li>").arg(item);
        }
        if (!items.isEmpty())
            h += QStringLiteral("<p style='font-weight:bold; margin:4px 0 0 0'>%1</p><ul style='margin:0'>%2</ul>")
                     .arg(title, items);
    }
    return h + QStringLiteral("</body></html>");
}

QString ReportRenderer::notesHtml() const
{
    return QStringLiteral(
               "<html><body style='font-family:\"DejaVu Sans\"; font-size:%1pt;'>"
               "<p style='font-size:%2pt; font-weight:bold'>%3</p><p style='white-space:pre-wrap'>%4</p></body></html>")
        .arg(kBodyPt)
        .arg(kBodyPt + 2)
        .arg(tr("Notes for the doctor"), esc(m_data.options.notesForDoctor.trimmed()));
}

int ReportRenderer::experimentPageOf(int entry) const
{
    for (const ExperimentLayout &l : m_experiments)
        if (l.entry == entry)
            return l.firstPage + 1;
    return 0;
}

// Page 1: one line per experiment. A running one says when its result is due and shows
// no numbers: looking early and stopping when it looks good fakes results.
QString ReportRenderer::experimentsHtml() const
{
    using experiments::Verdict;
    QStringList items;
    int finishedTests = 0;
    for (int i = 0; i < int(m_data.experiments.size()); ++i) {
        const report::ExperimentEntry &e = m_data.experiments[i];
        const experiments::Result &r = e.result;
        // One arg() call for every argument: a title is the user's text and may hold "%2".
        const QString what = tr("<b>%1</b> (%2), %3 – %4")
                                 .arg(esc(e.plan.title), esc(conditionText(e.plan)), date(e.plan.windowFrom()),
                                      date(e.plan.windowTo()));
        QString line;
        if (e.plan.stopped) {
            line = tr("%1: <b>stopped</b> on %2, before its end; not tested.").arg(what, date(*e.plan.stopped));
        } else if (!r.finished) {
            const int total = int(e.plan.windowFrom().daysTo(e.plan.windowTo())) + 1;
            const int day = int(e.plan.windowFrom().daysTo(m_data.generated)) + 1;
            line = tr("%1: <b>running</b> (day %2 of %3); the result is due on %4. No result is given before the end.")
                       .arg(what, QString::number(std::clamp(day, 1, total)), QString::number(total),
                            date(e.plan.windowTo().addDays(1)));
        } else if (e.plan.design == experiments::Design::BeforeAfter) {
            line = tr("%1: <b>%2</b>. %3 episodes a day before, %4 after; twitching often fades on its own, so a "
                      "drop after a change proves nothing.")
                       .arg(what, verdictWords(e), num(r.usual.perDay), num(r.change.perDay));
        } else if (r.verdict == Verdict::Insufficient) {
            line = tr("%1: <b>%2</b> (%3). Page %4.")
                       .arg(what, verdictWords(e), missingText(r), QString::number(experimentPageOf(i)));
        } else {
            ++finishedTests;
            line = tr("%1: <b>%2</b>. Rate ratio %3 (%4); a difference this large came up in %5 of the %6 possible "
                      "schedules (p = %7). Page %8.")
                       .arg(what, verdictWords(e), ratioText(r), intervalText(r), QString::number(r.extremeSchedules),
                            QString::number(r.schedules), pText(r.p.value_or(1)), QString::number(experimentPageOf(i)));
        }
        items << line;
    }
    QString h = QStringLiteral("<p style='margin:0'>%1</p>").arg(items.join(QStringLiteral("<br>")));
    if (finishedTests > 1)
        h += tr("<p style='margin:2px 0 0 0'>With several experiments, one that seems to help by chance is not "
                "unusual (about 1 in 40 each).</p>");
    return h;
}

QString ReportRenderer::experimentTopHtml(const report::ExperimentEntry &e) const
{
    using experiments::Verdict;
    const experiments::Plan &plan = e.plan;
    const experiments::Result &r = e.result;
    const int windowDays = int(plan.windowFrom().daysTo(plan.windowTo())) + 1;
    auto heading = [](const QString &t) {
        return QStringLiteral("<p style='font-size:%1pt; font-weight:bold; margin-top:6px; margin-bottom:1px'>%2</p>")
            .arg(kBodyPt + 1)
            .arg(t);
    };
    QString h = QStringLiteral("<html><body style='font-family:\"DejaVu Sans\"; font-size:%1pt;'>").arg(kBodyPt);
    h += QStringLiteral("<p style='font-size:%1pt; font-weight:bold; margin:0'>%2</p>")
             .arg(kTitlePt - 2)
             .arg(tr("Experiment: %1").arg(esc(plan.title)));
    h += QStringLiteral("<p style='margin:2px 0'><i>%1</i></p>")
             .arg(tr("A randomized n-of-1 trial the patient ran in the diary, reported after CENT 2015. "
                     "Self-reported and not blinded: the patient knew which periods were which, so "
                     "expectation may play a part."));

    h += heading(tr("Result"));
    QStringList result;
    QString verdict = verdictWords(e);
    if (!verdict.isEmpty())
        verdict[0] = verdict[0].toUpper();
    result << QStringLiteral("<b>%1.</b>").arg(verdict);
    result << tr("Change days: %1 episodes a day (%2 episodes on %3 analysed days). Usual days: %4 a day (%5 on %6). "
                 "These are plain rates.")
                  .arg(num(r.change.perDay))
                  .arg(r.change.episodes)
                  .arg(r.change.analysedDays)
                  .arg(num(r.usual.perDay))
                  .arg(r.usual.episodes)
                  .arg(r.usual.analysedDays);
    if (r.verdict == Verdict::Insufficient) {
        result << tr("Not tested: %1.").arg(missingText(r));
    } else {
        result << tr("Rate ratio, change against usual, stratified by pair (Mantel–Haenszel): <b>%1</b> (%2, by test "
                     "inversion).")
                      .arg(ratioText(r), intervalText(r));
        result << tr("The periods were assigned at random: a difference at least this large came up in %1 of the "
                     "%2 possible schedules (p = %3, exact two-sided randomization test).")
                      .arg(r.extremeSchedules)
                      .arg(r.schedules)
                      .arg(pText(r.p.value_or(1)));
        result << tr("This applies to this patient, over these %n day(s).", nullptr, windowDays);
    }
    h += QStringLiteral("<p style='margin:0'>%1</p>").arg(result.join(u' '));

    h += heading(tr("Design"));
    QStringList design;
    design << tr("Change tested: %1, against usual days.").arg(esc(conditionText(plan)));
    design << tr("%1 pairs of %2-day periods, %3 – %4 (%5 days); the result was due on %6.")
                  .arg(plan.pairs)
                  .arg(plan.periodDays)
                  .arg(date(plan.windowFrom()), date(plan.windowTo()))
                  .arg(windowDays)
                  .arg(date(plan.windowTo().addDays(1)));
    design << tr("Randomization: within each pair a fair coin chose the order (usual then change, or change then "
                 "usual), drawn once by the app when the experiment was planned and never redrawn; %1 possible "
                 "schedules.")
                  .arg(r.schedules);
    design << (plan.washoutDays > 0 ? tr("Washout: the first %n day(s) of each new condition are not analysed", nullptr,
                                         plan.washoutDays) +
                                          tr(" (%n day(s) in all).", nullptr, r.washoutDaysExcluded)
                                    : tr("No washout: every day is analysed."));
    QStringList pauses;
    for (const experiments::Pause &pause : plan.pauses)
        pauses << (pause.from == pause.to ? date(pause.from) : tr("%1 – %2").arg(date(pause.from), date(pause.to)));
    design << (pauses.isEmpty()
                   ? tr("No pauses.")
                   : tr("Paused (not analysed under any schedule): %1.").arg(pauses.join(QStringLiteral(", "))));
    design << tr("Equivalence zone fixed in the plan: %1–%2.")
                  .arg(num(plan.equivalenceLow, 2), num(plan.equivalenceHigh, 2));
    design << tr("Days not logged are left out, never counted as days without twitching.");
    h += QStringLiteral("<p style='margin:0'>%1</p>").arg(design.join(u' '));
    return h + QStringLiteral("</body></html>");
}

QString ReportRenderer::experimentBottomHtml(const report::ExperimentEntry &e) const
{
    const experiments::Plan &plan = e.plan;
    const experiments::Result &r = e.result;
    auto heading = [](const QString &t) {
        return QStringLiteral("<p style='font-size:%1pt; font-weight:bold; margin-top:6px; margin-bottom:1px'>%2</p>")
            .arg(kBodyPt + 1)
            .arg(t);
    };
    const QString cell = QStringLiteral("<td style='padding:1px 6px 1px 0'>%1</td>");
    const QString right = QStringLiteral("<td align='right' style='padding:1px 6px 1px 0'>%1</td>");
    const QString head = QStringLiteral("<th align='left' style='padding:1px 6px 1px 0'>%1</th>");
    const QString headRight = QStringLiteral("<th align='right' style='padding:1px 6px 1px 0'>%1</th>");
    QString h = QStringLiteral("<html><body style='font-family:\"DejaVu Sans\"; font-size:%1pt;'>").arg(kSmallPt);

    // The periods, two pairs to a row.
    h += heading(tr("The periods"));
    auto orderText = [](experiments::Order o) {
        return o == experiments::Order::AB ? tr("usual, then change") : tr("change, then usual");
    };
    const int rows = (plan.pairs + 1) / 2;
    h += QStringLiteral("<table cellspacing='0' cellpadding='0'><tr>%1%2%3<td width='16'></td>%1%2%3</tr>")
             .arg(head.arg(tr("Pair")), head.arg(tr("Dates")), head.arg(tr("Order")));
    for (int row = 0; row < rows; ++row) {
        h += QStringLiteral("<tr>");
        for (int k : {row, row + rows}) {
            if (k >= plan.pairs || k >= int(plan.schedule.size())) {
                h += QStringLiteral("<td></td><td></td><td></td>");
                continue;
            }
            const QDate from = plan.start.addDays(qint64(k) * 2 * plan.periodDays);
            // "14 Aug – 27 Aug 2026": the year once, so a row fits on one line.
            const QDate to = from.addDays(2 * plan.periodDays - 1);
            const QString first = from.year() == to.year() ? QLocale().toString(from, QStringLiteral("d MMM"))
                                                           : date(from);
            h += cell.arg(k + 1) + cell.arg(tr("%1 – %2").arg(first, date(to))) +
                 cell.arg(orderText(plan.schedule[std::size_t(k)]));
            if (k == row)
                h += QStringLiteral("<td width='16'></td>");
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    // Adherence and logging balance.
    h += heading(tr("Adherence and logging"));
    QStringList adherence;
    adherence << tr("The change was kept on %1 of the %2 analysed change days where the diary shows it (%3). Usual "
                    "days that met the condition anyway: %4 of %5 (%6).")
                     .arg(QString::number(r.change.conditionMetDays), QString::number(r.change.conditionKnownDays),
                          share(r.change.conditionShare), QString::number(r.usual.conditionMetDays),
                          QString::number(r.usual.conditionKnownDays), share(r.usual.conditionShare));
    const double kept = r.change.conditionShare, met = r.usual.conditionShare;
    if (!std::isfinite(kept) || kept < 0.7 || (std::isfinite(met) && kept - met < 0.5))
        adherence << tr("<b>The change was not kept apart from usual life well enough to judge it.</b>");
    adherence << tr("Days logged: %1 of change days, %2 of usual days.")
                     .arg(share(r.change.loggedShare), share(r.usual.loggedShare));
    if (std::isfinite(r.change.loggedShare) && std::isfinite(r.usual.loggedShare) &&
        std::abs(r.change.loggedShare - r.usual.loggedShare) > 0.10)
        adherence << tr("<b>Logging differed by more than 10 points between change and usual days; the test assumes "
                        "it does not depend on the arm.</b>");
    h += QStringLiteral("<p style='margin:0'>%1</p>").arg(adherence.join(u' '));

    // The balance table: what else differed between the arms.
    h += heading(tr("Balance: other factors on analysed days (mean, days known)"));
    h += QStringLiteral("<table cellspacing='0' cellpadding='0'><tr>%1%2%3</tr>")
             .arg(head.arg(tr("Factor")), headRight.arg(tr("Change days")), headRight.arg(tr("Usual days")));
    for (const experiments::BalanceFactor &b : r.balance) {
        const int decimals = b.factor == u"caffeine_mg" ? 0 : 1;
        h += QStringLiteral("<tr>%1%2%3</tr>")
                 .arg(cell.arg(esc(factorDisplayName(b.factor))),
                      right.arg(tr("%1 (%2)").arg(num(b.changeMean, decimals)).arg(b.changeDays)),
                      right.arg(tr("%1 (%2)").arg(num(b.usualMean, decimals)).arg(b.usualDays)));
    }
    h += QStringLiteral("</table>");

    // Carry-over: episodes per day by day since the switch, change and usual side by side.
    if (!r.carryOver.empty()) {
        h += heading(tr("Carry-over: episodes a day by day since the last switch (days in brackets)"));
        QString days = head.arg(tr("Day")), change = cell.arg(tr("Change")), usual = cell.arg(tr("Usual"));
        for (const experiments::CarryOverRow &row : r.carryOver) {
            days += headRight.arg(row.later     ? tr("later")
                                  : row.washout ? tr("%1*").arg(row.day)
                                                : QString::number(row.day));
            change += right.arg(num(row.changePerDay) + QStringLiteral("<br>(%1)").arg(row.changeDays));
            usual += right.arg(num(row.usualPerDay) + QStringLiteral("<br>(%1)").arg(row.usualDays));
        }
        h += QStringLiteral("<table cellspacing='0' cellpadding='0'><tr>%1</tr><tr>%2</tr><tr>%3</tr></table>")
                 .arg(days, change, usual);
        QStringList notes;
        if (plan.washoutDays > 0)
            notes << tr("* washout day, not analysed.");
        notes << tr("“later”: day %1 or later of a run of one condition, or before the first switch.")
                     .arg(plan.periodDays + 1);
        notes
            << tr("If the first days after a switch still look like the previous condition, the effect carries over.");
        h += QStringLiteral("<p style='margin:1px 0 0 0'>%1</p>").arg(notes.join(u' '));
    }
    return h + QStringLiteral("</body></html>");
}

void ReportRenderer::paintExperimentPage(QPainter &p, int index) const
{
    const ExperimentLayout *l = nullptr;
    for (const ExperimentLayout &x : m_experiments)
        if (index >= x.firstPage && index < x.firstPage + (x.split ? 2 : 1))
            l = &x;
    if (!l)
        return;
    const report::ExperimentEntry &e = m_data.experiments[l->entry];
    const qreal gap = mm(m_device, 4);
    qreal y = m_content.top();
    auto drawDoc = [&](QTextDocument &doc) {
        p.save();
        p.translate(m_content.left(), y);
        doc.drawContents(&p, QRectF(0, 0, m_content.width(), m_content.bottom() - y));
        p.restore();
        y += doc.size().height() + gap;
    };
    if (index == l->firstPage) {
        drawDoc(*l->top);
        paintTimeline(p, QRectF(m_content.left(), y, m_content.width(), l->chartHeight), e);
        y += l->chartHeight + gap;
    }
    if (!l->split || index == l->firstPage + 1)
        drawDoc(*l->bottom);
}

// The timeline (docs/experiments.md): daily episodes as bars, change periods shaded,
// washout hatched, pauses grey, days not logged marked under the axis; pairs numbered.
// Greys and hatching only, so it reads in black and white.
void ReportRenderer::paintTimeline(QPainter &p, const QRectF &area, const report::ExperimentEntry &e) const
{
    const std::vector<experiments::WindowDay> &days = e.result.days;
    if (days.empty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFont small = font(kSmallPt);
    p.setFont(small);
    const QFontMetricsF fm(small, p.device());
    const qreal line = fm.height();
    const QColor changeGrey(0xd8, 0xd8, 0xd8), pauseGrey(0x9a, 0x9a, 0x9a), axis(0x44, 0x44, 0x44);

    // Title, then the plot, then pair numbers and dates, then the legend.
    p.setFont(font(kBodyPt + 1, true));
    const QFontMetricsF titleFm(p.font(), p.device());
    p.setPen(Qt::black);
    p.drawText(QPointF(area.left(), area.top() + titleFm.ascent()), tr("Episodes per day over the experiment"));
    p.setFont(small);
    int maxEpisodes = 1;
    for (const experiments::WindowDay &d : days)
        maxEpisodes = std::max(maxEpisodes, d.episodes);
    const QString maxLabel = QString::number(maxEpisodes);
    const qreal left = area.left() + std::max(fm.horizontalAdvance(maxLabel), fm.horizontalAdvance(tr("Pair"))) +
                       mm(m_device, 2);
    // The legend, on one line or two when the words are long.
    const QStringList legend = {tr("usual"),  tr("change"),   tr("washout (not analysed)"),
                                tr("paused"), tr("episodes"), tr("not logged")};
    const qreal box = line * 0.75;
    qreal legendWidth = 0;
    for (const QString &label : legend)
        legendWidth += box * 1.4 + mm(m_device, 1.2) + fm.horizontalAdvance(label) + mm(m_device, 4);
    const int legendLines = legendWidth > area.right() - left ? 2 : 1;
    const QRectF plot(left, area.top() + titleFm.height() * 1.3, area.right() - left,
                      area.height() - titleFm.height() * 1.3 - line * (2.4 + legendLines) - mm(m_device, 2));
    const int n = int(days.size());
    const qreal dayW = plot.width() / n;
    auto x = [&](int i) { return plot.left() + i * dayW; };

    // Background: usual white, change light grey, pause mid grey, washout hatched.
    for (int i = 0; i < n; ++i) {
        const experiments::WindowDay &d = days[std::size_t(i)];
        const QRectF col(x(i), plot.top(), dayW + 0.5, plot.height());
        if (d.paused)
            p.fillRect(col, pauseGrey);
        else if (d.change)
            p.fillRect(col, changeGrey);
        if (d.washout && !d.paused)
            p.fillRect(col, QBrush(QColor(0x55, 0x55, 0x55), Qt::BDiagPattern));
    }
    // Pair boundaries (solid) and the switch inside each pair (dotted).
    const int period = std::max(1, e.plan.periodDays);
    for (int i = 0; i <= n; i += period) {
        const bool pairStart = i % (2 * period) == 0;
        p.setPen(QPen(axis, pairStart ? mm(m_device, 0.25) : mm(m_device, 0.15),
                      pairStart ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(x(i), plot.top()), QPointF(x(i), plot.bottom()));
    }
    // Bars; days not logged as a short tick below the axis.
    const qreal barW = std::max(dayW * 0.6, 1.0);
    for (int i = 0; i < n; ++i) {
        const experiments::WindowDay &d = days[std::size_t(i)];
        const qreal cx = x(i) + dayW / 2;
        if (!d.observed) {
            p.setPen(QPen(Qt::black, mm(m_device, 0.25)));
            p.drawLine(QPointF(cx, plot.bottom() + mm(m_device, 0.6)), QPointF(cx, plot.bottom() + mm(m_device, 1.8)));
            continue;
        }
        if (d.episodes > 0) {
            const qreal hgt = plot.height() * d.episodes / maxEpisodes;
            p.fillRect(QRectF(cx - barW / 2, plot.bottom() - hgt, barW, hgt), Qt::black);
        }
    }
    // Axes and the y scale.
    p.setPen(QPen(axis, mm(m_device, 0.25)));
    p.drawRect(plot);
    p.setPen(Qt::black);
    p.drawText(QRectF(area.left(), plot.top() - line / 2, left - area.left() - mm(m_device, 1), line),
               Qt::AlignRight | Qt::AlignVCenter, maxLabel);
    p.drawText(QRectF(area.left(), plot.bottom() - line / 2, left - area.left() - mm(m_device, 1), line),
               Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    // Pair numbers under the plot, dates at both ends.
    const qreal labelsTop = plot.bottom() + mm(m_device, 2);
    p.drawText(QRectF(area.left(), labelsTop, left - area.left() - mm(m_device, 1), line),
               Qt::AlignRight | Qt::AlignTop, tr("Pair"));
    for (int k = 0; k * 2 * period < n; ++k)
        p.drawText(QRectF(x(k * 2 * period), labelsTop, 2 * period * dayW, line), Qt::AlignHCenter | Qt::AlignTop,
                   QString::number(k + 1));
    p.drawText(QRectF(plot.left(), labelsTop + line, plot.width(), line), Qt::AlignLeft | Qt::AlignTop,
               date(days.front().date));
    p.drawText(QRectF(plot.left(), labelsTop + line, plot.width(), line), Qt::AlignRight | Qt::AlignTop,
               date(days.back().date));

    // Legend.
    qreal lx = plot.left();
    qreal ly = labelsTop + 2 * line + mm(m_device, 0.5);
    auto swatch = [&](const QString &label, const std::function<void(const QRectF &)> &draw) {
        const qreal width = box * 1.4 + mm(m_device, 1.2) + fm.horizontalAdvance(label);
        if (lx > plot.left() && lx + width > plot.right()) {
            lx = plot.left();
            ly += line;
        }
        const QRectF r(lx, ly + (line - box) / 2, box * 1.4, box);
        draw(r);
        lx = r.right() + mm(m_device, 1.2);
        p.setPen(Qt::black);
        p.drawText(QPointF(lx, ly + fm.ascent()), label);
        lx += fm.horizontalAdvance(label) + mm(m_device, 4);
    };
    auto outlined = [&](const QRectF &r) {
        p.setPen(QPen(axis, mm(m_device, 0.15)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
    };
    swatch(legend[0], [&](const QRectF &r) { outlined(r); });
    swatch(legend[1], [&](const QRectF &r) {
        p.fillRect(r, changeGrey);
        outlined(r);
    });
    swatch(legend[2], [&](const QRectF &r) {
        p.fillRect(r, QBrush(QColor(0x55, 0x55, 0x55), Qt::BDiagPattern));
        outlined(r);
    });
    swatch(legend[3], [&](const QRectF &r) {
        p.fillRect(r, pauseGrey);
        outlined(r);
    });
    swatch(legend[4], [&](const QRectF &r) {
        p.fillRect(QRectF(r.center().x() - r.width() / 6, r.top(), r.width() / 3, r.height()), Qt::black);
    });
    swatch(legend[5], [&](const QRectF &r) {
        p.setPen(QPen(Qt::black, mm(m_device, 0.25)));
        p.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
    });
    p.restore();
}

void ReportRenderer::layout(QPaintDevice *device, const QPageLayout &page)
{
    m_device = device;
    const int dpi = device->logicalDpiY();
    const QRect full = page.fullRectPixels(dpi);
    const QRect paint = page.paintRectPixels(dpi);
    m_footerHeight = QFontMetricsF(font(kSmallPt), device).height() * 1.8;
    m_content = QRectF(paint.left(), paint.top(), paint.width(), paint.height() - m_footerHeight);
    Q_UNUSED(full);

    auto makeDoc = [&](const QString &html) {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(device); // points stay points at any resolution
        doc->setDefaultFont(font(kBodyPt));
        doc->setDocumentMargin(0);
        doc->setHtml(html);
        doc->setTextWidth(m_content.width());
        return doc;
    };
    // The experiments' pages come first: page 1 and the charts' page numbers depend on them.
    m_experiments.clear();
    m_experimentPageCount = 0;
    for (int i = 0; i < int(m_data.experiments.size()); ++i) {
        const report::ExperimentEntry &e = m_data.experiments[i];
        if (!e.hasPage())
            continue;
        ExperimentLayout l;
        l.entry = i;
        l.top = makeDoc(experimentTopHtml(e));
        l.bottom = makeDoc(experimentBottomHtml(e));
        const qreal gap = mm(device, 4);
        const qreal room = m_content.height() - l.top->size().height() - l.bottom->size().height() - 2 * gap;
        l.chartHeight = std::clamp(room, mm(device, 50), mm(device, 70));
        l.split = room < mm(device, 50);
        if (l.split)
            l.chartHeight = mm(device, 70);
        l.firstPage = 1 + m_experimentPageCount;
        m_experimentPageCount += l.split ? 2 : 1;
        m_experiments.push_back(std::move(l));
    }

    m_charts.clear();
    m_chartPages = 0;
    qreal chartsBottom = 0; // below the last chart block (and its gap) on the last chart page
    if (m_data.options.charts && m_data.insights.days.days > 0) {
        const qreal titleH = QFontMetricsF(font(kBodyPt + 1.5, true), device).height() * 1.6;
        std::vector<ChartBlock> blocks;
        blocks.push_back({ChartBlock::Daily,
                          tr("Episodes per day, with %1").arg(factorDisplayName(m_data.overlayFactor)),
                          titleH + mm(device, 85), 0, 0});
        if (m_data.insights.result.gate.shown) {
            const auto rows = forestRows(m_data.insights.result.associations);
            if (!rows.empty()) {
                blocks.push_back({ChartBlock::Forest, tr("Rate ratios with 95 % intervals (associations, not causes)"),
                                  titleH + mm(device, 30) + mm(device, 10) * qreal(rows.size()), 0, 0});
            }
        }
        blocks.push_back({ChartBlock::Sites, tr("Where it twitches, week by week"),
                          titleH +
                              siteWeeksHeight(m_data.insights.siteWeeks, ChartStyle::forPrint(font(kSmallPt)), device) +
                              mm(device, 6),
                          0, 0});
        if (m_data.insights.result.gate.shown && !forestRows(m_data.insights.result.associations).empty()) {
            m_details = makeDoc(detailsHtml());
            blocks.push_back({ChartBlock::Details, tr("Every factor compared, in words"),
                              titleH + m_details->size().height(), 0, 0});
        }
        // Place blocks top to bottom; a block that does not fit starts a new page.
        qreal y = 0;
        int pageIndex = 0;
        const qreal gap = mm(device, 6);
        for (ChartBlock &b : blocks) {
            b.height = std::min(b.height, m_content.height());
            if (y > 0 && y + b.height > m_content.height()) {
                ++pageIndex;
                y = 0;
            }
            b.page = pageIndex;
            b.top = y;
            y += b.height + gap;
            m_charts.push_back(b);
        }
        m_chartPages = pageIndex + 1;
        chartsBottom = y;
    }
    // Page 1 refers to the page that holds every factor's numbers, so it is made last.
    m_detailsPage = 0;
    for (const ChartBlock &b : m_charts)
        if (b.kind == ChartBlock::Details)
            m_detailsPage = b.page + 2 + m_experimentPageCount; // chart pages follow page 1 and the experiments
    m_summary = makeDoc(summaryHtml());

    // The log: measure every row, then fill pages without splitting a row.
    const qreal w = m_content.width();
    m_columns = {w * 0.17, w * 0.07, w * 0.20, w * 0.10, w * 0.10, w * 0.36};
    buildLog();
    const QFontMetricsF small(font(kSmallPt), device);
    const QFontMetricsF smallBold(font(kSmallPt, true), device);
    const qreal pad = mm(device, 0.8);
    auto measure = [&](LogRow &row, const QFontMetricsF &fm) {
        const std::vector<std::pair<int, int>> spans = row.dayRow
                                                           ? std::vector<std::pair<int, int>>{{0, 1}, {1, 5}, {5, 6}}
                                                           : std::vector<std::pair<int, int>>{{0, 1}, {1, 2}, {2, 3},
                                                                                              {3, 4}, {4, 5}, {5, 6}};
        qreal h = fm.height();
        for (std::size_t i = 0; i < spans.size() && i < std::size_t(row.cells.size()); ++i) {
            qreal cw = 0;
            for (int c = spans[i].first; c < spans[i].second; ++c)
                cw += m_columns[std::size_t(c)];
            h = std::max(h, fm.boundingRect(QRectF(0, 0, cw - 2 * pad, 1e6), Qt::TextWordWrap, row.cells[qsizetype(i)])
                                .height());
        }
        row.height = h + 2 * pad;
    };
    m_logHeader = {{tr("Day"), tr("Time"), tr("Where"), tr("Strength"), tr("Duration"), tr("Symptoms / day's factors")},
                   false,
                   false,
                   0};
    measure(m_logHeader, smallBold);
    for (LogRow &row : m_logRows)
        measure(row, small);
    m_logTop = 0;
    if (!m_logRows.empty()) {
        if (m_chartPages > 0 && m_content.height() - chartsBottom >= m_content.height() / 4)
            m_logTop = chartsBottom;
        const qreal title = QFontMetricsF(font(kBodyPt + 2, true), device).height() * 1.4;
        qreal y = m_logTop + title + m_logHeader.height;
        int first = 0;
        for (int i = 0; i < int(m_logRows.size()); ++i) {
            if (y + m_logRows[std::size_t(i)].height > m_content.height() && i > first) {
                m_logPages.emplace_back(first, i);
                first = i;
                y = m_logHeader.height;
            }
            y += m_logRows[std::size_t(i)].height;
        }
        m_logPages.emplace_back(first, int(m_logRows.size()));
    }

    m_notesPages = 0;
    if (m_data.options.notes && !m_data.options.notesForDoctor.trimmed().isEmpty()) {
        m_notes = makeDoc(notesHtml());
        m_notes->setPageSize(QSizeF(m_content.width(), m_content.height()));
        m_notesPages = m_notes->pageCount();
    }
}

int ReportRenderer::pageCount() const { return logFirstPage() + int(m_logPages.size()) + m_notesPages; }

void ReportRenderer::paintFooter(QPainter &p, int index) const
{
    p.save();
    p.setFont(font(kSmallPt));
    p.setPen(QColor(0x44, 0x44, 0x44));
    const QRectF footer(m_content.left(), m_content.bottom() + m_footerHeight * 0.3, m_content.width(),
                        m_footerHeight * 0.7);
    p.drawLine(QPointF(footer.left(), footer.top()), QPointF(footer.right(), footer.top()));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
               tr("Twitch Diary · self-reported diary, not a clinical measurement"));
    p.drawText(footer, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
    p.restore();
}

void ReportRenderer::paintChart(QPainter &p, const ChartBlock &block) const
{
    const QRectF area(m_content.left(), m_content.top() + block.top, m_content.width(), block.height);
    p.save();
    p.setFont(font(kBodyPt + 1.5, true));
    p.setPen(Qt::black);
    const QFontMetricsF fm(p.font(), p.device());
    p.drawText(QPointF(area.left(), area.top() + fm.ascent()), block.title);
    const QRectF body = area.adjusted(0, fm.height() * 1.6, 0, 0);
    const ChartStyle style = ChartStyle::forPrint(font(kSmallPt));
    if (block.kind == ChartBlock::Sites) {
        paintSiteWeeks(p, body, m_data.insights.siteWeeks, style);
        p.restore();
        return;
    }
    if (block.kind == ChartBlock::Details) {
        p.translate(body.topLeft());
        m_details->drawContents(&p, QRectF(0, 0, body.width(), body.height()));
        p.restore();
        return;
    }
    QChart *chart = block.kind == ChartBlock::Daily ? createDailyChart(m_data.insights.daily(m_data.overlayFactor),
                                                                       factorDisplayName(m_data.overlayFactor), style)
                                                    : createForestChart(m_data.insights.result.associations, style);
    // Lay the chart out at 96 units per inch, the resolution Qt Charts sizes fonts for,
    // then scale onto the page: text keeps its point size and everything stays vector.
    const qreal dpi = p.device()->logicalDpiX();
    const QSizeF logical(body.width() * 96.0 / dpi, body.height() * 96.0 / dpi);
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns and deletes it
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&p, body, QRectF(QPointF(0, 0), logical));
    p.restore();
}

void ReportRenderer::paintPage(QPainter &p, int index) const
{
    p.fillRect(QRectF(0, 0, p.device()->width(), p.device()->height()), Qt::white);
    if (index == 0) {
        p.save();
        p.translate(m_content.topLeft());
        // The summary is one page by design; clip in case a huge diary overflows.
        m_summary->drawContents(&p, QRectF(0, 0, m_content.width(), m_content.height()));
        p.restore();
        paintFooter(p, index);
        return;
    }
    if (index <= m_experimentPageCount) {
        paintExperimentPage(p, index);
        paintFooter(p, index);
        return;
    }
    if (index <= m_experimentPageCount + m_chartPages) {
        for (const ChartBlock &b : m_charts) {
            if (b.page == index - 1 - m_experimentPageCount)
                paintChart(p, b);
        }
    }
    // The last chart page can also hold the log's beginning (m_logTop).
    const int logPage = index - logFirstPage();
    if (logPage >= 0 && logPage < int(m_logPages.size())) {
        p.save();
        paintLogPage(p, logPage);
        p.restore();
    } else if (index > m_experimentPageCount + m_chartPages) {
        const int notesPage = index - logFirstPage() - int(m_logPages.size());
        p.save();
        p.translate(m_content.left(), m_content.top() - notesPage * m_content.height());
        const QRectF clip(0, notesPage * m_content.height(), m_content.width(), m_content.height());
        p.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        m_notes->documentLayout()->draw(&p, ctx);
        p.restore();
    }
    paintFooter(p, index);
}

bool writeReportPdf(const report::ReportData &data, const QString &path, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Twitch Diary"));
        writer.setTitle(QObject::tr("Twitch diary: summary for the doctor"));
        const QPageLayout page = ReportRenderer::pageLayout(data.options.paper);
        writer.setPageLayout(page);
        ReportRenderer renderer(data);
        renderer.layout(&writer, page);
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = QObject::tr("Could not start the PDF.");
            return false;
        }
        // QPdfWriter paints relative to the paint rect; our layout is from the page corner.
        const QRect paintRect = page.paintRectPixels(writer.resolution());
        for (int i = 0; i < renderer.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(-paintRect.topLeft());
            renderer.paintPage(painter, i);
            painter.restore();
        }
        painter.end();
    }
    return writePrivateFileAtomically(path, buffer.data(), error);
}

QList<QImage> renderReportPages(const report::ReportData &data, int dpi, int maxPages, int *pageCount)
{
    const QPageLayout page = ReportRenderer::pageLayout(data.options.paper);
    const QRect full = page.fullRectPixels(dpi);
    QImage probe(full.size(), QImage::Format_RGB32);
    probe.setDotsPerMeterX(int(dpi / 0.0254));
    probe.setDotsPerMeterY(int(dpi / 0.0254));
    ReportRenderer renderer(data);
    renderer.layout(&probe, page);
    QList<QImage> pages;
    if (pageCount)
        *pageCount = renderer.pageCount();
    const int n = maxPages < 0 ? renderer.pageCount() : std::min(maxPages, renderer.pageCount());
    for (int i = 0; i < n; ++i) {
        QImage img(full.size(), QImage::Format_RGB32);
        img.setDotsPerMeterX(probe.dotsPerMeterX());
        img.setDotsPerMeterY(probe.dotsPerMeterY());
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        renderer.paintPage(p, i);
        pages.append(img);
    }
    return pages;
}

} // namespace td::ui
