#include "report/reportrenderer.h"

#include "analysis/wording.h"
#include "charts/charts.h"
#include "charts/heatmaps.h"
#include "models/labels.h"
#include "format/privatefile.h"
#include "widgets/redflagbanner.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <cmath>

namespace td::ui {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("td::ui", text, nullptr, n);
}

constexpr qreal kBodyPt = 10;
constexpr qreal kSmallPt = 9;    // the smallest text anywhere in the report
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
             .arg(r.from.isValid() ? tr("Period %1 – %2 (%3 days). Generated %4.")
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
            course << tr("Last episode %1; none logged in the %n day(s) since.", nullptr, since).arg(date(s.lastEpisode));
        }
    } else {
        course << tr("No episodes logged.");
    }
    if (const QString f = frequencySentence(s); !f.isEmpty())
        course << f;
    if (s.observedDays > 0)
        course << tr("Twitching on %1 of %n logged day(s) (%2 %; 95 % CI %3–%4 %).", nullptr, s.observedDays)
                      .arg(s.episodeDays)
                      .arg(num(100 * s.shareWithTwitching, 0), num(100 * s.shareCi.low, 0), num(100 * s.shareCi.high, 0));
    if (s.intensity.count > 0)
        course << tr("Strength (1–10): median %1 (middle half %2–%3), highest %4.")
                      .arg(num(s.intensity.median, 0), num(s.intensity.q1, 0), num(s.intensity.q3, 0), num(s.intensity.max, 0));
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
            h += tr("<p>…and %1 more places (see the chart on page 2).</p>").arg(s.sites.size() - 8);
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
                         .arg(esc(m.name), m.dose.isEmpty() ? QString() : QStringLiteral(" ") + esc(m.dose), date(m.started),
                              m.stopped ? tr("stopped %1").arg(date(*m.stopped)) : tr("still taken"));
        h += QStringLiteral("<p style='margin:0'>%1</p>").arg(items.join(QStringLiteral("<br>")));
    }

    h += heading(tr("What goes with the twitching (associations, not causes)"));
    h += associationsHtml(r, m_detailsPage);

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
                                 false, first, 0});
            first = false;
        }
        QStringList factors;
        if (day.intakeKnown)
            factors << tr("caffeine %1 mg").arg(num(day.caffeineMg, 0));
        if (day.sleepHours || day.sleepQuality)
            factors << tr("sleep %1").arg((day.sleepHours ? tr("%1 h").arg(num(*day.sleepHours)) : QString()) +
                                           (day.sleepQuality ? tr(" (quality %1/5)").arg(*day.sleepQuality) : QString()));
        if (day.stress)
            factors << tr("stress %1/10").arg(*day.stress);
        if (day.intakeKnown && day.alcoholUnits > 0)
            factors << tr("alcohol %1 unit(s)").arg(num(day.alcoholUnits));
        if (!day.foods.isEmpty())
            factors << tr("foods: %1").arg(day.foods.join(QStringLiteral(", ")));
        if (!day.supplements.isEmpty())
            factors << tr("supplements: %1").arg(day.supplements.join(QStringLiteral(", ")));
        const QString status = day.episodes.isEmpty() ? (day.checkedIn ? tr("no episodes (day complete)") : tr("no episodes logged"))
                                                      : (day.checkedIn ? tr("day complete") : QString());
        m_logRows.push_back({{day.episodes.isEmpty() ? dayText : QString(), status, factors.join(QStringLiteral(" · "))},
                             true, day.episodes.isEmpty(), 0});
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
    const std::vector<std::pair<int, int>> spans =
        row.dayRow ? std::vector<std::pair<int, int>>{{0, 1}, {1, 5}, {5, 6}}
                   : std::vector<std::pair<int, int>>{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}};
    for (std::size_t i = 0; i < spans.size() && i < std::size_t(row.cells.size()); ++i) {
        qreal w = 0;
        for (int c = spans[i].first; c < spans[i].second; ++c)
            w += m_columns[std::size_t(c)];
        const bool numeric = !row.dayRow && (spans[i].first == 3 || spans[i].first == 4);  // header too
        QFont f = p.font();
        f.setItalic(row.dayRow && i == 1);
        p.setFont(f);
        p.drawText(QRectF(x + pad, y + pad, w - 2 * pad, row.height - 2 * pad),
                   Qt::TextWordWrap | Qt::AlignTop | (numeric ? Qt::AlignRight : Qt::AlignLeft), row.cells[qsizetype(i)]);
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
            QString item = QStringLiteral("<b>%1</b>: %2").arg(esc(factorDisplayName(a.factor, a.unit)),
                                                               esc(analysis::associationSentence(a)));
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
    return QStringLiteral("<html><body style='font-family:\"DejaVu Sans\"; font-size:%1pt;'>"
                          "<p style='font-size:%2pt; font-weight:bold'>%3</p><p style='white-space:pre-wrap'>%4</p></body></html>")
        .arg(kBodyPt)
        .arg(kBodyPt + 2)
        .arg(tr("Notes for the doctor"), esc(m_data.options.notesForDoctor.trimmed()));
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
        doc->documentLayout()->setPaintDevice(device);  // points stay points at any resolution
        doc->setDefaultFont(font(kBodyPt));
        doc->setDocumentMargin(0);
        doc->setHtml(html);
        doc->setTextWidth(m_content.width());
        return doc;
    };
    m_charts.clear();
    m_chartPages = 0;
    qreal chartsBottom = 0;  // below the last chart block (and its gap) on the last chart page
    if (m_data.options.charts && m_data.insights.days.days > 0) {
        const qreal titleH = QFontMetricsF(font(kBodyPt + 1.5, true), device).height() * 1.6;
        std::vector<ChartBlock> blocks;
        blocks.push_back({ChartBlock::Daily, tr("Episodes per day, with %1").arg(factorDisplayName(m_data.overlayFactor)),
                          titleH + mm(device, 85), 0, 0});
        if (m_data.insights.result.gate.shown) {
            const auto rows = forestRows(m_data.insights.result.associations);
            if (!rows.empty()) {
                blocks.push_back({ChartBlock::Forest, tr("Rate ratios with 95 % intervals (associations, not causes)"),
                                  titleH + mm(device, 30) + mm(device, 10) * qreal(rows.size()), 0, 0});
            }
        }
        blocks.push_back({ChartBlock::Sites, tr("Where it twitches, week by week"),
                          titleH + siteWeeksHeight(m_data.insights.siteWeeks, ChartStyle::forPrint(font(kSmallPt)), device) +
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
            m_detailsPage = b.page + 2;  // chart pages follow page 1
    m_summary = makeDoc(summaryHtml());

    // The log: measure every row, then fill pages without splitting a row.
    const qreal w = m_content.width();
    m_columns = {w * 0.17, w * 0.07, w * 0.20, w * 0.10, w * 0.10, w * 0.36};
    buildLog();
    const QFontMetricsF small(font(kSmallPt), device);
    const QFontMetricsF smallBold(font(kSmallPt, true), device);
    const qreal pad = mm(device, 0.8);
    auto measure = [&](LogRow &row, const QFontMetricsF &fm) {
        const std::vector<std::pair<int, int>> spans =
            row.dayRow ? std::vector<std::pair<int, int>>{{0, 1}, {1, 5}, {5, 6}}
                       : std::vector<std::pair<int, int>>{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}};
        qreal h = fm.height();
        for (std::size_t i = 0; i < spans.size() && i < std::size_t(row.cells.size()); ++i) {
            qreal cw = 0;
            for (int c = spans[i].first; c < spans[i].second; ++c)
                cw += m_columns[std::size_t(c)];
            h = std::max(h, fm.boundingRect(QRectF(0, 0, cw - 2 * pad, 1e6), Qt::TextWordWrap, row.cells[qsizetype(i)]).height());
        }
        row.height = h + 2 * pad;
    };
    m_logHeader = {{tr("Day"), tr("Time"), tr("Where"), tr("Strength"), tr("Duration"), tr("Symptoms / day's factors")}, false, false, 0};
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
    const QRectF footer(m_content.left(), m_content.bottom() + m_footerHeight * 0.3, m_content.width(), m_footerHeight * 0.7);
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
    QChart *chart = block.kind == ChartBlock::Daily
                        ? createDailyChart(m_data.insights.daily(m_data.overlayFactor), factorDisplayName(m_data.overlayFactor), style)
                        : createForestChart(m_data.insights.result.associations, style);
    // Lay the chart out at 96 units per inch, the resolution Qt Charts sizes fonts for,
    // then scale onto the page: text keeps its point size and everything stays vector.
    const qreal dpi = p.device()->logicalDpiX();
    const QSizeF logical(body.width() * 96.0 / dpi, body.height() * 96.0 / dpi);
    QGraphicsScene scene;
    scene.addItem(chart);  // the scene owns and deletes it
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
    if (index <= m_chartPages) {
        for (const ChartBlock &b : m_charts) {
            if (b.page == index - 1)
                paintChart(p, b);
        }
    }
    // The last chart page can also hold the log's beginning (m_logTop).
    const int logPage = index - logFirstPage();
    if (logPage >= 0 && logPage < int(m_logPages.size())) {
        p.save();
        paintLogPage(p, logPage);
        p.restore();
    } else if (index > m_chartPages) {
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
