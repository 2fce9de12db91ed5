#include "pages/insightspage.h"
#include "models/timings.h"

#include "analysis/wording.h"
#include "charts/charts.h"
#include "charts/heatmaps.h"
#include "dialogs/verdicthelpdialog.h"
#include "domain/experimentplan.h"
#include "models/analysisrunner.h"
#include "models/diarysession.h"
#include "widgets/redflagbanner.h"

#include <QAreaSeries>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGraphicsRectItem>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace td::ui {
namespace {

QChartView *chartView(QWidget *parent, int minHeight)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minHeight);
    return view;
}

QGroupBox *section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    new QVBoxLayout(box);
    return box;
}

} // namespace

namespace {
// The change an experiment would test for an association row (docs/experiments.md "The
// change"): less of what goes with more twitching, more of what goes with less.
struct Change {
    QString factor;
    experiments::Op op;
    double value = 0;
};
std::optional<Change> experimentChange(const analysis::Association &a)
{
    using experiments::Op;
    const bool worse = !(a.rateRatio < 1);
    const QString &f = a.factor;
    if (f == u"caffeine_mg")
        return Change{f, Op::AtMost, 100};
    if (f == u"alcohol_units")
        return Change{f, Op::AtMost, 0};
    if (f == u"sleep_hours")
        return Change{f, Op::AtLeast, 7};
    if (f == u"water_l")
        return Change{f, Op::AtLeast, 2};
    if (f.startsWith(u"food:"))
        return Change{f, Op::Absent, 0};
    if (f.startsWith(u"supplement:"))
        return Change{f, worse ? Op::Absent : Op::Present, 0};
    if (a.kind == analysis::FactorKind::CustomYesNo)
        return Change{f, worse ? Op::Absent : Op::Present, 0};
    if (a.kind == analysis::FactorKind::CustomNumber)
        return Change{f, worse ? Op::AtMost : Op::AtLeast, std::max(0.0, a.threshold)};
    return std::nullopt; // stress and sleep quality are not switched on and off at will
}
} // namespace

InsightsPage::InsightsPage(DiarySession &session, AnalysisRunner &runner, QWidget *parent)
    : QWidget(parent), m_session(session), m_runner(runner), m_period(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_busy(new QProgressBar(this)), m_status(new QLabel(this)),
      m_banner(new RedFlagBanner(this)), m_gate(new QLabel(this)), m_overlay(new QComboBox(this)),
      m_dailyView(chartView(this, 260)), m_triggers(new QWidget(this)), m_forestView(chartView(this, 220)),
      m_sentence(new QLabel(this)), m_untested(new QLabel(this)), m_verdicts(new QLabel(this)),
      m_sites(new HeatmapView(HeatmapView::Kind::SiteWeeks, this)), m_hoursView(chartView(this, 220)),
      m_calendar(new HeatmapView(HeatmapView::Kind::Calendar, this)), m_refreshTimer(new QTimer(this))
{
    // Built in steps, top to bottom as the page shows them.
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(buildPeriodBar());

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the charts and controls inside
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_banner);
    m_gate->setWordWrap(true);
    m_gate->setObjectName(QStringLiteral("gateLabel"));
    QFont gateFont = m_gate->font();
    gateFont.setPointSizeF(gateFont.pointSizeF() * 1.1);
    m_gate->setFont(gateFont);
    layout->addWidget(m_gate);

    layout->addWidget(buildDailySection(content));
    buildForestSection();
    layout->addWidget(m_triggers);
    addWhereAndWhen(content, layout);
    layout->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    connectUpdates();
}

QHBoxLayout *InsightsPage::buildPeriodBar()
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), this));
    m_period->addItem(tr("Last 4 weeks"), int(Period::Last4Weeks));
    m_period->addItem(tr("Last 3 months"), int(Period::Last3Months));
    m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
    m_period->addItem(tr("Everything"), int(Period::All));
    m_period->addItem(tr("Custom range"), int(Period::Custom));
    m_period->setCurrentIndex(int(Period::All));
    m_period->setAccessibleName(tr("Period to analyse"));
    top->addWidget(m_period);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        e->setVisible(false);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    top->addWidget(m_from);
    top->addWidget(m_to);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Analysing"));
    m_busy->hide();
    top->addSpacing(12);
    top->addWidget(m_busy);
    top->addWidget(m_status, 1);
    // Always visible, also while the page still says "keep logging".
    m_verdictHelp = new QPushButton(style()->standardIcon(QStyle::SP_MessageBoxQuestion),
                                    tr("What do the verdicts mean?"), this);
    m_verdictHelp->setFlat(true);
    m_verdictHelp->setObjectName(QStringLiteral("verdictHelpButton"));
    connect(m_verdictHelp, &QPushButton::clicked, this, [this] {
        auto *help = findChild<VerdictHelpDialog *>();
        if (!help) {
            help = new VerdictHelpDialog(this);
            help->setAttribute(Qt::WA_DeleteOnClose);
        }
        help->show();
        help->raise();
        help->activateWindow();
    });
    top->addWidget(m_verdictHelp);
    return top;
}

QGroupBox *InsightsPage::buildDailySection(QWidget *content)
{
    QGroupBox *daily = section(tr("Episodes per day"), content);
    auto *overlayRow = new QHBoxLayout;
    overlayRow->addWidget(new QLabel(tr("Show alongside:"), daily));
    m_overlay->setAccessibleName(tr("Factor shown alongside the episodes"));
    m_overlay->setMinimumContentsLength(20);
    overlayRow->addWidget(m_overlay);
    overlayRow->addStretch();
    static_cast<QVBoxLayout *>(daily->layout())->addLayout(overlayRow);
    m_dailyView->setAccessibleName(tr("Chart: episodes per day"));
    daily->layout()->addWidget(m_dailyView);
    return daily;
}

// The forest plot of associations, with its explanation, the sentence of the row chosen,
// the experiment button and what was not tested.
void InsightsPage::buildForestSection()
{
    auto *triggersLayout = new QVBoxLayout(m_triggers);
    triggersLayout->setContentsMargins(0, 0, 0, 0);
    QGroupBox *forest = section(tr("What goes with your twitching"), m_triggers);
    auto *explain = new QLabel(tr("Each row compares days with and without a factor (on the same day "
                                  "or one or two days before). A ratio above 1 means more episodes, "
                                  "below 1 fewer; the line is the 95 % interval, dashed where the interval "
                                  "and the reshuffling test disagree. Click a row for the "
                                  "details. These are associations, not proof of cause."),
                               forest);
    explain->setWordWrap(true);
    forest->layout()->addWidget(explain);
    m_verdicts->setWordWrap(true);
    m_verdicts->setObjectName(QStringLiteral("verdictSummary"));
    m_verdicts->setTextFormat(Qt::RichText);
    forest->layout()->addWidget(m_verdicts);
    forest->layout()->addWidget(m_forestView);
    // A whole row (label, line, marker) is the click target, with hover feedback; Up and
    // Down (Home, End) move between rows, Enter or Space shows the one under the cursor.
    m_forestView->setFocusPolicy(Qt::StrongFocus);
    m_forestView->viewport()->setMouseTracking(true);
    m_forestView->viewport()->installEventFilter(this);
    m_forestView->installEventFilter(this);
    m_forestView->setAccessibleName(tr("Chart: what goes with your twitching"));
    m_sentence->setWordWrap(true);
    m_sentence->setObjectName(QStringLiteral("associationSentence"));
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    forest->layout()->addWidget(m_sentence);
    m_testThis = new QPushButton(tr("&Test this with an experiment…"), forest);
    m_testThis->setObjectName(QStringLiteral("testThisButton"));
    m_testThis->setToolTip(tr("An association is not a cause. An experiment changes this factor in periods the "
                              "app picks at random, and tells you whether the change helps."));
    m_testThis->setEnabled(false);
    forest->layout()->addWidget(m_testThis);
    forest->layout()->setAlignment(m_testThis, Qt::AlignLeft);
    connect(m_testThis, &QPushButton::clicked, this, [this] {
        if (m_forestSelected < 0 || m_forestSelected >= int(m_forestRows.size()))
            return;
        if (const auto change = experimentChange(m_forestRows[std::size_t(m_forestSelected)]))
            Q_EMIT testRequested(change->factor, int(change->op), change->value);
    });
    m_untested->setWordWrap(true);
    forest->layout()->addWidget(m_untested);
    triggersLayout->addWidget(forest);
}

// Where and when: the site heatmap, the time of day and the calendar.
void InsightsPage::addWhereAndWhen(QWidget *content, QVBoxLayout *layout)
{
    m_sites->setAccessibleName(tr("Chart: where it twitches, week by week"));
    m_hoursView->setAccessibleName(tr("Chart: episodes by hour of the day"));
    m_calendar->setAccessibleName(tr("Chart: calendar of episodes"));
    QGroupBox *sites = section(tr("Where it twitches, week by week"), content);
    sites->layout()->addWidget(m_sites);
    layout->addWidget(sites);

    auto *bottom = new QHBoxLayout;
    QGroupBox *hours = section(tr("Time of day"), content);
    hours->layout()->addWidget(m_hoursView);
    bottom->addWidget(hours, 2);
    QGroupBox *calendar = section(tr("Calendar (latest 12 months of the period)"), content);
    calendar->layout()->addWidget(m_calendar);
    bottom->addWidget(calendar, 3);
    layout->addLayout(bottom);
}

void InsightsPage::connectUpdates()
{
    connect(m_period, &QComboBox::activated, this, [this] {
        const bool custom = period() == Period::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        if (custom && !m_from->date().isValid())
            setCustomRange(m_session.today().addMonths(-3), m_session.today());
        refresh();
    });
    connect(m_from, &QDateEdit::userDateChanged, this, [this] { m_refreshTimer->start(); });
    connect(m_to, &QDateEdit::userDateChanged, this, [this] { m_refreshTimer->start(); });
    connect(m_overlay, &QComboBox::activated, this, [this] { rebuildDailyChart(); });
    connect(&m_runner, &AnalysisRunner::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        if (busy)
            m_status->setText(tr("Analysing…"));
    });
    connect(&m_runner, &AnalysisRunner::finished, this, &InsightsPage::show);
    // New entries refresh the page shortly after, in the background, without taking focus.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(timing::kInsightsRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &InsightsPage::refresh);
    auto markDirty = [this] {
        m_dirty = true;
        if (isVisible())
            m_refreshTimer->start();
    };
    connect(&m_session, &DiarySession::dayChanged, this, markDirty);
    connect(&m_session, &DiarySession::diaryChanged, this, markDirty);
}

InsightsPage::Period InsightsPage::period() const { return Period(m_period->currentData().toInt()); }

void InsightsPage::setPeriod(Period p)
{
    m_period->setCurrentIndex(m_period->findData(int(p)));
    m_from->setVisible(p == Period::Custom);
    m_to->setVisible(p == Period::Custom);
    refresh();
}

void InsightsPage::setCustomRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

std::pair<QDate, QDate> InsightsPage::range() const
{
    const QDate today = m_session.today();
    switch (period()) {
    case Period::Last4Weeks: return {today.addDays(-27), today};
    case Period::Last3Months: return {today.addMonths(-3).addDays(1), today};
    case Period::Last12Months: return {today.addYears(-1).addDays(1), today};
    case Period::All: return {QDate(), today};
    case Period::Custom: return {std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date())};
    }
    return {};
}

void InsightsPage::refresh()
{
    m_dirty = false;
    const auto [from, to] = range();
    m_runner.request(from, to);
}

bool InsightsPage::isBusy() const { return m_runner.isRunning(); }

void InsightsPage::showEvent(QShowEvent *event)
{
    if (m_dirty)
        refresh();
    QWidget::showEvent(event);
}

void InsightsPage::setOverlayFactor(const QString &factorId)
{
    const int i = m_overlay->findData(factorId);
    if (i >= 0)
        m_overlay->setCurrentIndex(i);
    rebuildDailyChart();
}

QString InsightsPage::overlayFactor() const { return m_overlay->currentData().toString(); }

void InsightsPage::show(const InsightsData &insights)
{
    m_data = &insights;
    const analysis::AnalysisResult &r = insights.result;
    // Logged days count against the days the diary was kept in the period, and a diary
    // that has been silent for a while says since when.
    const analysis::Summary &s = r.summary;
    QString status = s.daysKept > 0 ? tr("%1 – %2: %3 of %n day(s) logged, %4 with twitching, %5.", nullptr, s.daysKept)
                                          .arg(QLocale().toString(s.keptFrom, QLocale::ShortFormat),
                                               QLocale().toString(s.keptTo, QLocale::ShortFormat))
                                          .arg(r.observedDays)
                                          .arg(r.episodeDays)
                                          .arg(tr("%n episode(s)", nullptr, r.episodes))
                                    : tr("Nothing logged in this period yet.");
    if (s.silentStretch())
        status += u' ' + tr("Nothing has been logged since %1 (%n day(s)).", nullptr, s.daysSinceLastEntry)
                             .arg(QLocale().toString(s.lastEntry, QLocale::ShortFormat));
    m_status->setText(status);
    m_banner->setFlags(r.flags, false, RedFlagBanner::silentSince(s));
    // What a screen reader says for the charts: the numbers they show, in words.
    m_dailyView->setAccessibleDescription(m_status->text());
    const auto peak = std::max_element(r.summary.hourOfDay.cbegin(), r.summary.hourOfDay.cend());
    m_hoursView->setAccessibleDescription(*peak > 0
                                              ? tr("Most episodes (%n) began between %1:00 and %2:00.", nullptr, *peak)
                                                    .arg(int(peak - r.summary.hourOfDay.cbegin()), 2, 10,
                                                         QLatin1Char('0'))
                                                    .arg(int(peak - r.summary.hourOfDay.cbegin()) + 1, 2, 10,
                                                         QLatin1Char('0'))
                                              : tr("No episodes in this period."));
    m_sites->setAccessibleDescription(tr("Episodes per body site and week; the same numbers are in the report's log."));
    m_calendar->setAccessibleDescription(m_status->text());

    const QString previous = overlayFactor();
    m_overlay->clear();
    m_overlay->addItem(tr("Nothing"), QString());
    for (const auto &[id, name] : insights.overlayFactors())
        m_overlay->addItem(name, id);
    int keep = m_overlay->findData(previous.isEmpty() ? QStringLiteral("caffeine_mg") : previous);
    m_overlay->setCurrentIndex(std::max(0, keep));
    rebuildDailyChart();

    if (!r.gate.shown) {
        m_gate->setText(analysis::gateSentence(r.gate) + u' ' +
                        tr("Honest answers about triggers need weeks to months of days; until then "
                           "the page shows what you logged."));
        m_gate->show();
        m_triggers->hide();
    } else {
        m_gate->hide();
        m_triggers->show();
        rebuildForest();
    }
    m_sites->setData(&insights);
    m_calendar->setData(&insights);
    QChart *old = m_hoursView->chart();
    m_hoursView->setChart(createTimeOfDayChart(r.summary.hourOfDay, ChartStyle::forPalette(palette(), font())));
    delete old;
}

void InsightsPage::rebuildDailyChart()
{
    if (!m_data)
        return;
    const QString id = overlayFactor();
    QString name;
    for (const auto &f : m_data->days.factors) {
        if (f.id == id)
            name = factorDisplayName(f.id, f.unit);
    }
    const std::vector<DailyPoint> points = m_data->daily(id);
    QChart *chart = createDailyChart(points, name, ChartStyle::forPalette(palette(), font()));
    // Tooltips with the exact values of the day under the mouse.
    for (QAbstractSeries *s : chart->series()) {
        auto *xy = qobject_cast<QXYSeries *>(s);
        auto *area = qobject_cast<QAreaSeries *>(s);
        auto showDay = [this, points, name](const QPointF &p, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QDate d = QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date();
            for (const DailyPoint &dp : points) {
                if (dp.date != d)
                    continue;
                QString text = QLocale().toString(d, QLocale::LongFormat) + u'\n';
                text += dp.observed ? tr("%n episode(s)", nullptr, dp.episodes) : tr("not logged");
                if (!name.isEmpty())
                    text += u'\n' + (std::isnan(dp.factor)
                                         ? tr("%1: not recorded").arg(name)
                                         : tr("%1: %2").arg(name, QLocale().toString(dp.factor, 'g', 4)));
                QToolTip::showText(QCursor::pos(), text, m_dailyView);
            }
        };
        if (area)
            connect(area, &QAreaSeries::hovered, this, showDay);
        else if (xy)
            connect(xy, &QXYSeries::hovered, this, showDay);
    }
    QChart *old = m_dailyView->chart();
    m_dailyView->setChart(chart);
    delete old;
}

void InsightsPage::rebuildForest()
{
    const analysis::AnalysisResult &r = m_data->result;
    m_forestRows = forestRows(r.associations);
    QChart *chart = createForestChart(r.associations, ChartStyle::forPalette(palette(), font()));
    const int n = int(m_forestRows.size());
    // Row bands under the series (above the chart's background): the selected row, and
    // the row under the mouse or the keyboard cursor.
    QColor selectedColour = palette().color(QPalette::Highlight);
    selectedColour.setAlpha(70);
    QColor hoverColour = selectedColour;
    hoverColour.setAlpha(35);
    m_forestSelectedBand = new QGraphicsRectItem(chart);
    m_forestSelectedBand->setBrush(selectedColour);
    m_forestSelectedBand->setPen(Qt::NoPen);
    m_forestSelectedBand->setZValue(-0.5);
    m_forestHoverBand = new QGraphicsRectItem(chart);
    m_forestHoverBand->setBrush(hoverColour);
    m_forestHoverBand->setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
    m_forestHoverBand->setZValue(-0.4);
    m_forestSelected = -1;
    m_forestHovered = -1;
    connect(chart, &QChart::plotAreaChanged, this, [this] { placeForestBands(); });
    m_forestView->setMinimumHeight(std::max(200, 80 + 44 * n)); // two-line row labels
    QChart *old = m_forestView->chart();
    m_forestView->setChart(chart);
    delete old;
    m_forestView->setAccessibleDescription(tr("%n factor(s) tested; use Up and Down to read each row.", nullptr, n));

    QStringList untested;
    for (const analysis::Association &a : r.associations) {
        if (!a.tested)
            untested << tr("%1 (%2)").arg(factorDisplayName(a.factor, a.unit), analysis::associationSentence(a));
    }
    m_untested->setText(untested.isEmpty() ? QString()
                                           : tr("<b>Not tested yet</b> (each needs at least 5 days with and 5 "
                                                "without it, and 10 days with twitching):<br>%1")
                                                 .arg(untested.join(QStringLiteral("<br>"))));
    // The same weight as page 1 of the report: likely ones by name; possible ones as weak
    // hints that may well be chance (docs/analysis.md "What page 1 says").
    QStringList likely, hints;
    int firstLikely = -1;
    for (int i = 0; i < n; ++i) {
        const analysis::Association &a = m_forestRows[std::size_t(i)];
        if (a.verdict == analysis::Verdict::Likely) {
            likely << factorDisplayName(a.factor, a.unit).toHtmlEscaped();
            if (firstLikely < 0)
                firstLikely = i;
        } else if (a.verdict == analysis::Verdict::Possible) {
            hints << factorDisplayName(a.factor, a.unit).toHtmlEscaped();
        }
    }
    QString verdicts = likely.isEmpty() ? tr("No factor is clearly associated with your twitching yet.")
                                        : tr("<b>Likely associated:</b> %1.").arg(likely.join(QStringLiteral(", ")));
    if (!hints.isEmpty())
        verdicts += u' ' + tr("Weak hints that may well be chance: %1 (in diaries with no trigger at all, about "
                              "half show at least one such hint).")
                               .arg(hints.join(QStringLiteral(", ")));
    m_verdicts->setText(n > 0 ? verdicts : QString());
    m_verdicts->setVisible(n > 0);
    if (n > 0)
        selectForestRow(std::max(0, firstLikely));
    else
        m_sentence->setText(tr("No factor can be tested yet."));
}

void InsightsPage::selectForestRow(int row)
{
    if (row < 0 || row >= int(m_forestRows.size()) || !m_data)
        return;
    const analysis::Association &a = m_forestRows[std::size_t(row)];
    m_forestSelected = row;
    placeForestBands();
    m_forestView->setAccessibleDescription(tr("Row %1 of %2: %3. %4")
                                               .arg(row + 1)
                                               .arg(m_forestRows.size())
                                               .arg(forestRowLabel(a).replace(QStringLiteral("<br>"),
                                                                              QStringLiteral(", ")),
                                                    analysis::associationSentence(a)));
    QString text = QStringLiteral("<b>%1</b> — %2")
                       .arg(factorDisplayName(a.factor, a.unit).toHtmlEscaped(),
                            analysis::associationSentence(a).toHtmlEscaped());
    for (const QString &c : analysis::associationCaveats(a, m_data->result.associations))
        text += QStringLiteral("<br><i>%1</i>").arg(c.toHtmlEscaped());
    m_sentence->setText(text);
    m_testThis->setEnabled(experimentChange(a).has_value());
}

QRectF InsightsPage::forestRowInChart(int row) const
{
    const QChart *chart = m_forestView->chart();
    const int n = int(m_forestRows.size());
    if (!chart || row < 0 || row >= n)
        return {};
    // Rows sit at y = n-1 … 0 (top first) on an axis from -0.5 to n-0.5.
    const QRectF plot = chart->plotArea();
    const qreal h = plot.height() / n;
    const qreal top = plot.top() + h * row;
    // From the chart's left edge (the row's label) to the plot's right edge.
    return QRectF(QPointF(chart->rect().left() + 2, top), QPointF(plot.right(), top + h));
}

QRect InsightsPage::forestRowRect(int row) const
{
    const QRectF r = forestRowInChart(row);
    if (r.isEmpty())
        return {};
    return m_forestView->mapFromScene(m_forestView->chart()->mapToScene(r)).boundingRect();
}

int InsightsPage::forestRowAt(const QPoint &viewportPos) const
{
    const QChart *chart = m_forestView->chart();
    if (!chart)
        return -1;
    const QPointF p = chart->mapFromScene(m_forestView->mapToScene(viewportPos));
    for (int row = 0; row < int(m_forestRows.size()); ++row) {
        if (forestRowInChart(row).contains(p))
            return row;
    }
    return -1;
}

void InsightsPage::placeForestBands()
{
    if (!m_forestSelectedBand || !m_forestView->chart())
        return;
    m_forestSelectedBand->setRect(forestRowInChart(m_forestSelected));
    m_forestSelectedBand->setVisible(m_forestSelected >= 0);
    m_forestHoverBand->setRect(forestRowInChart(m_forestHovered));
    m_forestHoverBand->setVisible(m_forestHovered >= 0);
}

void InsightsPage::setForestHover(int row)
{
    if (row == m_forestHovered)
        return;
    m_forestHovered = row;
    m_forestView->viewport()->setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    placeForestBands();
}

bool InsightsPage::eventFilter(QObject *watched, QEvent *event)
{
    const int n = int(m_forestRows.size());
    if (watched == m_forestView->viewport() && n > 0) {
        switch (event->type()) {
        case QEvent::MouseMove: {
            const auto *me = static_cast<QMouseEvent *>(event);
            const int row = forestRowAt(me->position().toPoint());
            setForestHover(row);
            if (row >= 0)
                QToolTip::showText(me->globalPosition().toPoint(),
                                   analysis::associationSentence(m_forestRows[std::size_t(row)]), m_forestView);
            else
                QToolTip::hideText();
            break;
        }
        case QEvent::Leave: setForestHover(-1); break;
        case QEvent::MouseButtonPress: {
            const auto *me = static_cast<QMouseEvent *>(event);
            const int row = forestRowAt(me->position().toPoint());
            if (me->button() == Qt::LeftButton && row >= 0) {
                m_forestView->setFocus(Qt::MouseFocusReason);
                selectForestRow(row);
                return true;
            }
            break;
        }
        default: break;
        }
    } else if (watched == m_forestView && event->type() == QEvent::KeyPress && n > 0) {
        const auto *ke = static_cast<QKeyEvent *>(event);
        const int current = m_forestHovered >= 0 ? m_forestHovered : std::max(0, m_forestSelected);
        int row = -1;
        switch (ke->key()) {
        case Qt::Key_Up: row = std::max(0, current - 1); break;
        case Qt::Key_Down: row = std::min(n - 1, current + 1); break;
        case Qt::Key_Home: row = 0; break;
        case Qt::Key_End: row = n - 1; break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space: row = current; break;
        default: return QWidget::eventFilter(watched, event);
        }
        // The keyboard cursor is the selection: the details follow it.
        m_forestHovered = -1;
        selectForestRow(row);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace td::ui
