#include "pages/experimentspage.h"

#include "analysis/dayseries.h"
#include "charts/chartstyle.h"
#include "charts/experimentchart.h"
#include "commands/diaryeditor.h"
#include "dialogs/experimentplandialog.h"
#include "models/diarysession.h"
#include "models/experimenttext.h"
#include "report/insights.h"
#include "widgets/prompts.h"
#include "widgets/readability.h"

#include <QChartView>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace td::ui {

using experiments::Design;
using experiments::Plan;
using experiments::Result;
using experiments::Verdict;

namespace {

QString shortDate(const QDate &d) { return QLocale().toString(d, QLocale::ShortFormat); }
QString rate(double v) { return std::isfinite(v) ? QLocale().toString(v, 'f', 1) : QStringLiteral("–"); }

QLabel *wrapping(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setObjectName(name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

ExperimentsPage::ExperimentsPage(DiaryEditor &editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_session(editor.session()),
      m_new(new QPushButton(tr("&New experiment…"), this)), m_message(new QLabel(this)), m_list(new QListWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *intro = new QLabel(tr("Insights shows what goes with your twitching. An experiment tests whether a change "
                                "helps: the app decides at random when you make the change, and compares."),
                             this);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    m_new->setObjectName(QStringLiteral("newExperimentButton"));
    m_new->setEnabled(!m_session.isReadOnly());
    top->addWidget(m_new, 0, Qt::AlignTop);
    outer->addLayout(top);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("experimentMessage"));
    m_message->hide();
    outer->addWidget(m_message);

    auto *columns = new QHBoxLayout;
    m_list->setAccessibleName(tr("Your experiments"));
    m_list->setMaximumWidth(260);
    m_list->setMinimumWidth(180);
    columns->addWidget(m_list);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_empty = wrapping(content, QStringLiteral("experimentsEmpty"));
    m_empty->setText(tr("No experiment yet. Press New experiment… to test one change, such as caffeine at most "
                        "100 mg a day, for a few weeks. Logging every day, including days without twitches "
                        "(Day complete on Today), is what makes the result count."));
    layout->addWidget(m_empty);
    m_detail = new QWidget(content);
    auto *detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(0, 0, 0, 0);
    m_title = wrapping(m_detail, QStringLiteral("experimentTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    detail->addWidget(m_title);
    m_plan = wrapping(m_detail, QStringLiteral("experimentPlan"));
    // Titles and food names are the user's own text: never read as HTML.
    m_title->setTextFormat(Qt::PlainText);
    m_plan->setTextFormat(Qt::PlainText);
    detail->addWidget(m_plan);
    m_verdict = wrapping(m_detail, QStringLiteral("experimentVerdict"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.15);
    m_verdict->setFont(verdictFont);
    detail->addWidget(m_verdict);
    m_state = wrapping(m_detail, QStringLiteral("experimentState"));
    m_state->setTextFormat(Qt::PlainText);
    detail->addWidget(m_state);
    m_details = wrapping(m_detail, QStringLiteral("experimentDetails"));
    m_details->setTextFormat(Qt::RichText);
    detail->addWidget(m_details);
    // What else differed between the arms, and carry-over (docs/experiments.md): two
    // small tables side by side, shown once there is a result.
    auto *tables = new QHBoxLayout;
    auto table = [this](const QString &title, const QString &name, QLabel **label) {
        auto *column = new QVBoxLayout;
        *label = new QLabel(title, m_detail);
        (*label)->setWordWrap(true);
        QFont bold = (*label)->font();
        bold.setBold(true);
        (*label)->setFont(bold);
        auto *t = new QTableWidget(m_detail);
        t->setAccessibleName(name);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionMode(QAbstractItemView::NoSelection);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        t->setFocusPolicy(Qt::TabFocus);
        column->addWidget(*label);
        column->addWidget(t);
        column->addStretch();
        return std::pair{column, t};
    };
    auto [balanceColumn, balance] = table(tr("Other factors (means on analysed days)"),
                                          tr("Other factors on change and usual days"), &m_balanceTitle);
    auto [carryColumn, carry] = table(tr("Twitches a day by day since the switch"),
                                      tr("Twitches a day by day since the last switch"), &m_carryTitle);
    m_balance = balance;
    m_carry = carry;
    tables->addLayout(balanceColumn);
    tables->addSpacing(16);
    tables->addLayout(carryColumn);
    tables->addStretch();
    detail->addLayout(tables);
    m_chart = new QChartView(m_detail);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_chart->setAccessibleName(tr("Chart: the experiment day by day"));
    detail->addWidget(m_chart);
    auto *buttons = new QHBoxLayout;
    m_pause = new QPushButton(tr("&Pause…"), m_detail);
    m_pause->setToolTip(tr("Holiday or illness: the paused days are left out of the comparison. Only today and "
                           "later days can be paused."));
    m_stop = new QPushButton(tr("S&top…"), m_detail);
    m_stop->setToolTip(tr("Ends the experiment today; its numbers are then a description only, not a test."));
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    detail->addLayout(buttons);
    layout->addWidget(m_detail);
    layout->addStretch();
    scroll->setWidget(content);
    columns->addWidget(scroll, 1);
    outer->addLayout(columns, 1);

    connect(m_new, &QPushButton::clicked, this, [this] { newExperiment(); });
    connect(m_pause, &QPushButton::clicked, this, &ExperimentsPage::askPause);
    connect(m_stop, &QPushButton::clicked, this, &ExperimentsPage::askStop);
    connect(m_list, &QListWidget::currentRowChanged, this, &ExperimentsPage::showExperiment);
    connect(&m_session, &DiarySession::experimentsChanged, this, &ExperimentsPage::refresh);
    auto markDirty = [this] {
        m_dirty = true;
        dropPendingResult(); // it was read from the diary before this change
        if (isVisible())
            refresh();
    };
    connect(&m_session, &DiarySession::diaryChanged, this, markDirty);
    connect(&m_session, &DiarySession::dayChanged, this, markDirty);
    refresh();
}

ExperimentsPage::~ExperimentsPage()
{
    // No worker outlives the page (nor the session its reader came from).
    for (auto *w : findChildren<QFutureWatcher<Evaluation> *>())
        w->waitForFinished();
}

void ExperimentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

QString ExperimentsPage::selectedTitle() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_plans.size() ? m_plans[row].title : QString();
}

void ExperimentsPage::select(const QString &title)
{
    for (qsizetype i = 0; i < m_plans.size(); ++i)
        if (m_plans[i].title == title)
            m_list->setCurrentRow(int(i));
}

void ExperimentsPage::refresh()
{
    m_dirty = false;
    const QString keep = selectedTitle();
    m_plans = m_session.experiments();
    const QDate today = m_session.today();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const Plan &p : m_plans) {
            QString state;
            if (p.stopped)
                state = tr("stopped");
            else if (today < p.windowFrom())
                state = tr("starts %1").arg(shortDate(p.windowFrom()));
            else if (today <= p.windowTo())
                state = tr("running until %1").arg(shortDate(p.windowTo()));
            else
                state = tr("finished %1").arg(shortDate(p.windowTo()));
            auto *item = new QListWidgetItem(tr("%1\n%2").arg(p.title, state), m_list);
            item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(p.title, state));
        }
    }
    int row = -1;
    for (qsizetype i = 0; i < m_plans.size(); ++i)
        if (m_plans[i].title == keep)
            row = int(i);
    if (row < 0) {
        const auto active = activeExperiment(m_plans, today);
        for (qsizetype i = 0; i < m_plans.size(); ++i)
            if (active && m_plans[i].title == active->title)
                row = int(i);
    }
    if (row < 0)
        row = int(m_plans.size()) - 1;
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(row);
    }
    m_list->setVisible(!m_plans.isEmpty());
    showExperiment();
}

void ExperimentsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, UiColours::forPalette(palette()).errorText);
    m_message->setPalette(pal);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Q_EMIT message(text);
}

void ExperimentsPage::showExperiment()
{
    const int row = m_list->currentRow();
    m_empty->setVisible(m_plans.isEmpty());
    const bool chosen = row >= 0 && row < m_plans.size();
    m_detail->setVisible(chosen);
    if (!chosen) {
        m_resultTitle.clear();
        dropPendingResult();
        return;
    }
    const Plan plan = m_plans[row];
    const QDate today = m_session.today();
    const bool paired = plan.design == Design::PairedPeriods;

    m_title->setText(plan.title);
    QString design = paired ? tr("%1 pairs of %2-day periods in random order, %n washout day(s) after each switch",
                                 nullptr, plan.washoutDays)
                                  .arg(plan.pairs)
                                  .arg(plan.periodDays)
                            : tr("before and after (a description, not a test)");
    QString planText = tr("Change: %1. Design: %2. From %3 to %4.")
                           .arg(ExperimentText::change(plan), design, shortDate(plan.windowFrom()),
                                shortDate(plan.windowTo()));
    if (!plan.note.trimmed().isEmpty())
        planText += u'\n' + tr("Your note: %1").arg(plan.note.trimmed());
    m_plan->setText(planText);

    const bool active = !plan.stopped && today <= plan.windowTo();
    m_pause->setVisible(active && !m_session.isReadOnly());
    m_stop->setVisible(active && !m_session.isReadOnly());

    // The result needs the whole diary (ten years of it: a read of a second or so), so it is
    // worked out on a worker thread, like Insights; the plan shows at once. A result still
    // on its way for another experiment, or for the diary before a change, is dropped.
    if (m_resultTitle != plan.title)
        clearResult(tr("Working out the result…"));
    m_resultTitle = plan.title;
    // A page nobody looks at reads nothing: its result is worked out when it is shown.
    if (!isVisible()) {
        m_dirty = true;
        dropPendingResult();
        return;
    }
    dropPendingResult();
    const int generation = *m_latestEvaluation;
    m_evaluating = true;
    auto *watcher = new QFutureWatcher<Evaluation>(this);
    connect(watcher, &QFutureWatcher<Evaluation>::finished, this, [this, watcher, plan, generation] {
        watcher->deleteLater();
        if (generation != *m_latestEvaluation)
            return; // superseded
        m_evaluating = false;
        const Evaluation e = watcher->result();
        if (!e.readError.isEmpty()) {
            clearResult(tr("The result could not be worked out: %1").arg(e.readError));
            m_resultTitle.clear(); // the next try starts over
            m_session.reportReadFailure(e.readError);
            return;
        }
        showResult(plan, e);
    });
    std::function<Diary(QString *)> read = m_session.diaryReader();
    const int boundary = m_session.dayBoundaryHour();
    watcher->setFuture(QtConcurrent::run([read = std::move(read), plan, today, boundary, latest = m_latestEvaluation,
                                          generation] {
        Evaluation e;
        if (*latest != generation)
            return e; // superseded while it waited for a thread: no read at all
        const Diary diary = read(&e.readError);
        if (!e.readError.isEmpty())
            return e;
        e.result = experiments::evaluate(diary, plan, today, boundary);
        // The timeline's days.
        analysis::Options o;
        o.dayBoundaryHour = boundary;
        const analysis::DaySeries ds = analysis::buildDaySeries(diary, o);
        for (QDate d = plan.windowFrom(); d <= plan.windowTo() && d <= today; d = d.addDays(1)) {
            const int t = ds.index(d);
            DailyPoint p;
            p.date = d;
            if (ds.days > 0 && t >= 0 && t < ds.days) {
                p.observed = ds.observed[std::size_t(t)] != 0;
                p.episodes = ds.episodes[std::size_t(t)];
            }
            e.points.push_back(p);
        }
        return e;
    }));
}

// A result on its way is not shown when it arrives (and a worker that has not begun does
// not read the diary).
void ExperimentsPage::dropPendingResult()
{
    ++*m_latestEvaluation;
    m_evaluating = false;
}

// Hides the verdict, the numbers, the tables and the chart, and says `why` instead.
void ExperimentsPage::clearResult(const QString &why)
{
    m_verdict->hide();
    m_state->setText(why);
    m_details->clear();
    showTables(Result{});
    QChart *old = m_chart->chart();
    m_chart->setChart(new QChart);
    delete old;
}

bool ExperimentsPage::waitForResult(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_evaluating && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !m_evaluating;
}

void ExperimentsPage::showResult(const Plan &plan, const Evaluation &e)
{
    const Result &r = e.result;
    const QDate today = m_session.today();
    const bool paired = plan.design == Design::PairedPeriods;
    const QLocale locale;

    m_verdict->setText(r.verdict == Verdict::Running ? QString() : ExperimentText::verdictName(r.verdict));
    m_verdict->setVisible(r.verdict != Verdict::Running);
    m_state->setText(ExperimentText::resultSentence(plan, r));

    QStringList lines;
    const auto adherence = [&] {
        QString s = tr("Adherence: on %1 of the change days the condition was met; on %2 of the usual days it "
                       "was met anyway.")
                        .arg(ExperimentText::share(r.change.conditionShare),
                             ExperimentText::share(r.usual.conditionShare));
        if (r.change.analysedDays > 0 &&
            (!(r.change.conditionShare >= 0.7) || !(r.change.conditionShare - r.usual.conditionShare >= 0.5)))
            s += u' ' + tr("<i>The change was not kept apart from usual life well enough to judge it.</i>");
        return s;
    };
    if (r.verdict == Verdict::Running) {
        if (today < plan.windowFrom()) {
            lines << tr("Starts on %1. Today shows what each day is.")
                         .arg(locale.toString(plan.windowFrom(), QLocale::LongFormat));
        } else {
            const int day = int(plan.windowFrom().daysTo(today)) + 1;
            const int left = int(today.daysTo(plan.windowTo()));
            lines << tr("Day %1 of %2; %n day(s) left after today.", nullptr, left)
                         .arg(day)
                         .arg(int(plan.windowFrom().daysTo(plan.windowTo())) + 1);
            lines << tr("So far: %1 twitches a day on %2 change days, %3 on %4 usual days (plain rates, not yet a "
                        "result).")
                         .arg(rate(r.change.perDay))
                         .arg(r.change.analysedDays)
                         .arg(rate(r.usual.perDay))
                         .arg(r.usual.analysedDays);
            lines << adherence();
        }
    } else {
        const bool tested = r.finished && r.p && r.verdict != Verdict::Insufficient;
        if (tested) {
            lines << tr("Rate ratio (change against usual, stratified by pair): %1").arg(ExperimentText::ratio(r));
            lines << tr("As large a difference or larger: %1 (p = %2)")
                         .arg(ExperimentText::schedules(r), locale.toString(*r.p, 'g', 3));
        } else if (plan.design == Design::BeforeAfter && r.rateRatio) {
            lines << tr("Plain ratio after/before: %1× (a description)").arg(locale.toString(*r.rateRatio, 'f', 2));
        }
        lines << tr("Plain rates: %1 twitches a day on %2 change days, %3 on %4 usual days.")
                     .arg(rate(r.change.perDay))
                     .arg(r.change.analysedDays)
                     .arg(rate(r.usual.perDay))
                     .arg(r.usual.analysedDays);
        lines << adherence();
        QString logging = tr("Logging: %1 of the change days and %2 of the usual days were logged.")
                              .arg(ExperimentText::share(r.change.loggedShare),
                                   ExperimentText::share(r.usual.loggedShare));
        if (std::abs(r.change.loggedShare - r.usual.loggedShare) > 0.10)
            logging += u' ' + tr("<i>The gap is more than 10 points: the test assumes that logging does not "
                                 "depend on the period.</i>");
        lines << logging;
        if (paired) {
            lines << tr("You knew which periods were which, so expectation may play a part.");
            int finished = 0;
            for (const Plan &p : m_plans)
                finished += p.design == Design::PairedPeriods && !p.stopped && p.windowTo() < today;
            if (finished > 1)
                lines << tr("You have %1 finished experiments: one “helped” by chance among several is not "
                            "unusual (about 2.5 % each).")
                             .arg(finished);
        }
    }
    // The lines hold only numbers, dates and the app's own words (no user text).
    m_details->setText(lines.join(QStringLiteral("<br>")));

    showTables(r);

    // The timeline.
    QChart *old = m_chart->chart();
    m_chart->setChart(createExperimentChart(plan, e.points, today, ChartStyle::forPalette(palette(), font())));
    delete old;
}

void ExperimentsPage::showTables(const Result &r)
{
    const bool shown = r.verdict != Verdict::Running && (!r.balance.empty() || !r.carryOver.empty());
    for (QWidget *w : {static_cast<QWidget *>(m_balanceTitle), static_cast<QWidget *>(m_balance),
                       static_cast<QWidget *>(m_carryTitle), static_cast<QWidget *>(m_carry)})
        w->setVisible(shown);
    if (!shown)
        return;
    const QLocale locale;
    auto cell = [](const QString &text, bool number = true) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
        return item;
    };
    auto mean = [&locale](double v, int days) {
        return std::isfinite(v) ? tr("%1 (%2 d)").arg(locale.toString(v, 'f', 1)).arg(days) : QStringLiteral("–");
    };
    m_balance->clear();
    m_balance->setColumnCount(3);
    m_balance->setHorizontalHeaderLabels({tr("Factor"), tr("Change days"), tr("Usual days")});
    m_balance->setRowCount(int(r.balance.size()));
    for (int i = 0; i < int(r.balance.size()); ++i) {
        const experiments::BalanceFactor &b = r.balance[std::size_t(i)];
        m_balance->setItem(i, 0, cell(factorDisplayName(b.factor), false));
        m_balance->setItem(i, 1, cell(mean(b.changeMean, b.changeDays)));
        m_balance->setItem(i, 2, cell(mean(b.usualMean, b.usualDays)));
    }
    m_carry->clear();
    m_carry->setColumnCount(3);
    m_carry->setHorizontalHeaderLabels({tr("Day since the switch"), tr("Change"), tr("Usual")});
    m_carry->setRowCount(int(r.carryOver.size()));
    for (int i = 0; i < int(r.carryOver.size()); ++i) {
        const experiments::CarryOverRow &c = r.carryOver[std::size_t(i)];
        const QString day = c.later ? tr("later") : c.washout ? tr("%1 (washout)").arg(c.day) : QString::number(c.day);
        m_carry->setItem(i, 0, cell(day, false));
        m_carry->setItem(i, 1, cell(mean(c.changePerDay, c.changeDays)));
        m_carry->setItem(i, 2, cell(mean(c.usualPerDay, c.usualDays)));
    }
    for (QTableWidget *t : {m_balance, m_carry}) {
        t->resizeColumnsToContents();
        t->setFixedHeight(t->horizontalHeader()->height() + t->verticalHeader()->length() + 2 * t->frameWidth());
        // As wide as its columns: no empty strip beside the last one.
        t->setFixedWidth(t->horizontalHeader()->length() +
                         (t->verticalHeader()->isVisible() ? t->verticalHeader()->width() : 0) + 2 * t->frameWidth());
    }
}

ExperimentPlanDialog *ExperimentsPage::newExperiment(const std::function<void(ExperimentPlanDialog &)> &prefill)
{
    if (const auto active = activeExperiment(m_session.experiments(), m_session.today())) {
        showMessage(tr("“%1” runs until %2. One experiment at a time: two changes at once would confound each "
                       "other. Stop it first or wait until it has ended.")
                        .arg(active->title, shortDate(active->windowTo())),
                    true);
        select(active->title);
        return nullptr;
    }
    showMessage({}, false);
    auto *dialog = new ExperimentPlanDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (prefill)
        prefill(*dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { start(dialog->plan()); });
    dialog->open();
    return dialog;
}

bool ExperimentsPage::start(Plan plan)
{
    if (plan.design == Design::PairedPeriods)
        plan.schedule = experiments::drawSchedule(plan.pairs, *QRandomGenerator::system()); // once, stored
    if (!m_editor.planExperiment(plan)) {
        showMessage(tr("The experiment was not saved: %1").arg(m_editor.errorString()), true);
        return false;
    }
    select(plan.title);
    showMessage(tr("“%1” is planned from %2 to %3. Today shows what each day is.")
                    .arg(plan.title, shortDate(plan.windowFrom()), shortDate(plan.windowTo())),
                false);
    return true;
}

bool ExperimentsPage::pause(const QDate &from, const QDate &to)
{
    const QString title = selectedTitle();
    const QDate today = m_session.today();
    if (title.isEmpty())
        return false;
    if (from < today || to < from) {
        showMessage(tr("A pause starts today or later and ends on or after its start: a pause chosen after a "
                       "bad day would bias the result."),
                    true);
        return false;
    }
    if (!m_editor.pauseExperiment(title, from, to)) {
        showMessage(tr("The pause was not saved: %1").arg(m_editor.errorString()), true);
        return false;
    }
    showMessage(tr("“%1” is paused from %2 to %3.").arg(title, shortDate(from), shortDate(to)), false);
    return true;
}

bool ExperimentsPage::stop()
{
    const QString title = selectedTitle();
    if (title.isEmpty())
        return false;
    if (!m_editor.stopExperiment(title, m_session.today())) {
        showMessage(tr("The experiment was not stopped: %1").arg(m_editor.errorString()), true);
        return false;
    }
    showMessage(tr("“%1” is stopped. Edit › Undo takes this back.").arg(title), false);
    return true;
}

void ExperimentsPage::askPause()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Pause the experiment"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *explain = new QLabel(tr("Holiday, illness, a week you cannot keep to the plan: paused days are left out "
                                  "of the comparison under every schedule. Only today and later days can be "
                                  "paused."),
                               &dialog);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto *form = new QFormLayout;
    const QDate today = m_session.today();
    auto *from = new QDateEdit(today, &dialog);
    auto *to = new QDateEdit(today.addDays(6), &dialog);
    for (QDateEdit *e : {from, to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        e->setMinimumDate(today);
    }
    // The last day is never before the first.
    connect(from, &QDateEdit::dateChanged, to, [to](const QDate &first) { to->setMinimumDate(first); });
    from->setObjectName(QStringLiteral("pauseFrom"));
    to->setObjectName(QStringLiteral("pauseTo"));
    from->setAccessibleName(tr("First paused day"));
    to->setAccessibleName(tr("Last paused day"));
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Pause"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (prompts().exec(dialog) == QDialog::Accepted)
        pause(from->date(), to->date());
}

void ExperimentsPage::askStop()
{
    Choice box;
    box.icon = QMessageBox::Question;
    box.title = tr("Stop the experiment");
    box.text = tr("Stop “%1” today? Its numbers are then a description only, not a test. Edit › "
                  "Undo takes this back.")
                   .arg(selectedTitle());
    const int confirm = box.add(tr("Stop"), QMessageBox::AcceptRole);
    box.add(QMessageBox::Cancel);
    if (prompts().choose(this, box) == confirm)
        stop();
}

} // namespace td::ui
