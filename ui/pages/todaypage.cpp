#include "pages/todaypage.h"
#include "models/timings.h"

#include "commands/diaryeditor.h"
#include "domain/clock.h"
#include "domain/inputlimits.h"
#include "models/experimenttext.h"
#include "pages/factorspanel.h"
#include "widgets/episodeform.h"
#include "widgets/facemap.h"
#include "widgets/readability.h"
#include "widgets/redflagbanner.h"

#include <QDateEdit>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace td::ui {

namespace {

// Scrolls vertically only, and asks the layout for its content's whole width: a longer
// translation or a long drink name widens the column (the face map gives up the room)
// instead of clipping the panel behind a horizontal scroll bar.
class VerticalScrollArea : public QScrollArea
{
public:
    explicit VerticalScrollArea(QWidget *parent) : QScrollArea(parent)
    {
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    QSize minimumSizeHint() const override
    {
        QSize size = QScrollArea::minimumSizeHint();
        if (widget())
            size.setWidth(widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() +
                          2 * frameWidth());
        return size;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }
};

} // namespace

TodayPage::TodayPage(DiaryEditor &editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_session(editor.session()), m_dateEdit(new QDateEdit(this)),
      m_time(new QTimeEdit(this)), m_form(new EpisodeForm(this)), m_factors(new FactorsPanel(editor, this)),
      m_list(new QListWidget(this)), m_summary(new QLabel(this)), m_experiment(new QLabel(this)),
      m_status(new QLabel(this)), m_undo(new QPushButton(tr("Undo"), this)), m_clockTimer(new QTimer(this)),
      m_banner(new RedFlagBanner(this))
{
    auto *outer = new QVBoxLayout(this);
    m_banner->setFlags({}, true);
    outer->addWidget(m_banner);

    // Day header: which day is being logged.
    auto *header = new QHBoxLayout;
    auto *prev = new QToolButton(this);
    prev->setArrowType(Qt::LeftArrow);
    prev->setToolTip(tr("Previous day"));
    prev->setAccessibleName(tr("Previous day"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next day"));
    next->setAccessibleName(tr("Next day"));
    auto *todayButton = new QPushButton(tr("Today"), this);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_dateEdit->setAccessibleName(tr("Day being logged"));
    m_dateEdit->setMinimumDate(td::limits::earliestDate()); // inputlimits.h; the maximum is today
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_summary->setFont(big);
    header->addWidget(prev);
    header->addWidget(m_dateEdit);
    header->addWidget(next);
    header->addWidget(todayButton);
    header->addSpacing(16);
    header->addWidget(m_summary, 1);
    header->addWidget(m_factors->dayCompleteButton());
    outer->addLayout(header);
    m_experiment->setObjectName(QStringLiteral("todayExperiment"));
    m_experiment->setWordWrap(true);
    m_experiment->hide();
    outer->addWidget(m_experiment);

    auto *columns = new QHBoxLayout;
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Time of the episode"));
    m_time->setToolTip(tr("Follows the clock until you change it"));
    auto *at = new QLabel(tr("at"), this);
    at->setBuddy(m_time);
    m_form->addBesideLogButton(at);
    m_form->addBesideLogButton(m_time);
    // The form scrolls on a small screen (1280 × 720, or 150 %); the row of Log episode
    // stays below it, always in view.
    auto *left = new QVBoxLayout;
    auto *formScroll = new VerticalScrollArea(this);
    formScroll->setObjectName(QStringLiteral("episodeScroll"));
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls, which scroll into view
    formScroll->setWidget(m_form);
    left->addWidget(formScroll, 1);
    left->addWidget(m_form->logBar());
    columns->addLayout(left, 5);

    auto *right = new QVBoxLayout;
    auto *scroll = new VerticalScrollArea(this);
    scroll->setObjectName(QStringLiteral("factorsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_factors);
    right->addWidget(scroll, 3);
    auto *logged = new QGroupBox(tr("Logged on this day"), this);
    auto *loggedLayout = new QVBoxLayout(logged);
    m_list->setAccessibleName(tr("Entries logged on this day"));
    m_list->setAlternatingRowColors(true);
    loggedLayout->addWidget(m_list);
    right->addWidget(logged, 1);
    columns->addLayout(right, 4);
    outer->addLayout(columns, 1);

    auto *statusRow = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("todayStatus"));
    m_status->setWordWrap(true);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_undo);
    m_undo->hide();
    outer->addLayout(statusRow);

    connect(prev, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] {
        if (m_date < m_session.today())
            setDate(m_date.addDays(1));
    });
    connect(todayButton, &QPushButton::clicked, this, &TodayPage::showToday);
    connect(m_dateEdit, &QDateEdit::userDateChanged, this, [this](const QDate &d) {
        if (d != m_date)
            setDate(d);
    });
    // userTimeChanged also fires for setTime(); programmatic updates go through setClockTime().
    connect(m_time, &QTimeEdit::userTimeChanged, this, [this] { m_timeEdited = true; });
    connect(m_form, &EpisodeForm::logRequested, this, &TodayPage::logEpisode);
    connect(m_factors, &FactorsPanel::writeFailed, this, [this](const QString &m) { showStatus(m, true); });
    // The same undo as Edit > Undo, offered while the logged episode is the last change.
    connect(m_undo, &QPushButton::clicked, this, [this] {
        QUndoStack *stack = m_editor.undoStack();
        if (stack->index() == m_undoIndex && stack->canUndo()) {
            m_undoIndex = -1;
            stack->undo();
            showStatus(tr("Removed the episode you just logged."), false);
        }
        m_undo->hide();
    });
    connect(m_editor.undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        if (index != m_undoIndex)
            m_undo->hide();
        // "Logged: …" no longer holds once that episode is undone (Edit › Undo, Ctrl+Z).
        if (m_undoIndex >= 0 && index < m_undoIndex) {
            m_undoIndex = -1;
            showStatus(tr("Undone: the episode logged last is removed."), false);
        }
    });
    connect(&m_session, &DiarySession::dayChanged, this, [this](const QDate &d) {
        if (d == m_date)
            reloadList();
    });
    connect(&m_session, &DiarySession::diaryChanged, this, &TodayPage::reloadList);
    connect(&m_session, &DiarySession::experimentsChanged, this, &TodayPage::reloadList);
    // Keep the time field on "now" until the user changes it.
    m_clockTimer->setInterval(timing::kTodayClockTickMs);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        if (!m_timeEdited && m_date == m_session.today())
            setClockTime(Clock::now().time());
    });
    m_clockTimer->start();

    if (const auto last = m_session.store().lastEpisode()) {
        m_form->setSite(last->zone, last->side);
        m_form->setIntensity(last->intensity);
        m_form->noteCarriedOver(tr("Place and strength %1 are from your last episode: change what differs.")
                                    .arg(last->intensity));
    }

    // Tab follows the page from top to bottom, left column before right: the day, then
    // the form (face map first), Log episode and its time, then the day's factors.
    QList<QWidget *> order = {prev, m_dateEdit, next, todayButton, m_factors->dayCompleteButton()};
    auto focusable = [](QWidget *root) {
        QList<QWidget *> list;
        for (QWidget *w = root->nextInFocusChain(); w != root; w = w->nextInFocusChain()) {
            if (!root->isAncestorOf(w))
                continue;
            if (w->focusPolicy() & Qt::TabFocus)
                list.append(w);
        }
        return list;
    };
    order << focusable(m_form) << m_form->logButton() << m_time << focusable(m_factors) << m_list;
    for (int i = 1; i < order.size(); ++i) {
        if (order[i - 1] != order[i])
            QWidget::setTabOrder(order[i - 1], order[i]);
    }
    showToday();
}

void TodayPage::setClockTime(const QTime &time)
{
    const QSignalBlocker blocker(m_time);
    m_time->setTime(time);
}

void TodayPage::setFlags(const std::vector<analysis::Flag> &flags, const QDate &silentSince)
{
    m_banner->setFlags(flags, true, silentSince);
}

void TodayPage::showToday() { setDate(m_session.today()); }

void TodayPage::setDate(const QDate &date)
{
    const QDate today = m_session.today();
    m_date = std::min(date, today);
    m_dateEdit->setMaximumDate(today);
    m_dateEdit->setDate(m_date);
    m_timeEdited = false;
    setClockTime(m_date == today ? Clock::now().time() : QTime(12, 0));
    m_factors->setDate(m_date);
    reloadList();
}

QDateTime TodayPage::episodeTime() const
{
    const QDateTime now = Clock::now();
    QDate day = m_date;
    const QTime t = m_time->time();
    // Times before the day boundary (e.g. 00:30) belong to the night after this day.
    if (t.hour() < m_session.dayBoundaryHour())
        day = day.addDays(1);
    const QTime time(t.hour(), t.minute(), m_timeEdited ? 0 : now.time().second());
    // On the clock's own date use its UTC offset; another date takes the local zone's
    // offset for that date (daylight saving may differ).
    const int offset = day == now.date() ? now.offsetFromUtc() : QDateTime(day, time).offsetFromUtc();
    return QDateTime(day, time, Qt::OffsetFromUTC, offset);
}

void TodayPage::logEpisode(const Episode &entered)
{
    Episode e = entered;
    e.at = episodeTime();
    if (e.at > Clock::now().addSecs(60)) {
        showStatus(tr("%1 is later than now. Choose a time that has passed.")
                       .arg(e.at.time().toString(QStringLiteral("HH:mm"))),
                   true);
        return;
    }
    if (!m_editor.addEpisode(e)) {
        // The form keeps everything entered, so the user can simply try again.
        showStatus(tr("The episode was not saved: %1").arg(m_editor.errorString()), true);
        return;
    }
    m_form->resetAfterLog();
    m_form->noteCarriedOver(tr("Place, strength and duration stay as logged for the next episode: change "
                               "what differs."));
    m_timeEdited = false;
    if (m_date == m_session.today())
        setClockTime(Clock::now().time());
    showStatus(tr("Logged: %1, strength %2, at %3.")
                   .arg(FaceMap::siteName(e.zone, e.side))
                   .arg(e.intensity)
                   .arg(e.at.time().toString(QStringLiteral("HH:mm"))),
               false, true);
}

void TodayPage::showStatus(const QString &text, bool error, bool offerUndo)
{
    m_status->setText(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, UiColours::forPalette(palette()).errorText);
    m_status->setPalette(pal);
    m_undoIndex = offerUndo ? m_editor.undoStack()->index() : -1;
    m_undo->setVisible(offerUndo);
    Q_EMIT message(text);
}

void TodayPage::reloadList()
{
    const DayEntries day = m_session.day(m_date);
    m_list->clear();
    const QLocale locale;
    for (auto it = day.episodes.crbegin(); it != day.episodes.crend(); ++it) {
        QString text = tr("%1  %2 · strength %3")
                           .arg(it->at.time().toString(QStringLiteral("HH:mm")), FaceMap::siteName(it->zone, it->side))
                           .arg(it->intensity);
        if (it->durationS)
            text += tr(" · %1 s").arg(*it->durationS);
        if (!it->symptoms.isEmpty())
            text += tr(" · ⚠ %n symptom(s)", nullptr, int(it->symptoms.size()));
        m_list->addItem(text);
    }
    const int n = int(day.episodes.size());
    const bool isToday = m_date == m_session.today();
    QString summary = n == 0 ? (isToday ? tr("No twitches logged today.") : tr("No twitches logged on this day."))
                             : (isToday ? tr("%n episode(s) today.", nullptr, n)
                                        : tr("%n episode(s) on this day.", nullptr, n));
    if (day.checkedIn)
        summary += u' ' + tr("Day complete ✓");
    m_summary->setText(summary);
    const QString experiment = ExperimentText::todayLine(m_session, m_date);
    m_experiment->setText(experiment);
    m_experiment->setVisible(!experiment.isEmpty());
}

} // namespace td::ui
