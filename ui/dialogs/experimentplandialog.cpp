#include "dialogs/experimentplandialog.h"

#include "models/diarysession.h"
#include "models/experimenttext.h"
#include "widgets/readability.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointF>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace td::ui {

using experiments::Design;
using experiments::Op;
using experiments::Plan;

namespace {
constexpr int kOther = -1; // the preset item of a change pre-filled from Insights
// The preview's simulations use a fixed seed: the same plan shows the same numbers.
constexpr std::uint64_t kPreviewSeed = 20261207;
} // namespace

ExperimentPlanDialog::ExperimentPlanDialog(DiarySession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_preset(new QComboBox(this)), m_value(new QDoubleSpinBox(this)),
      m_food(new QLineEdit(this)), m_custom(new QComboBox(this)), m_customOp(new QComboBox(this)),
      m_hint(new QLabel(this)), m_title(new QLineEdit(this)), m_note(new QLineEdit(this)),
      m_design(new QComboBox(this)), m_pairedBox(new QWidget(this)), m_beforeAfterBox(new QWidget(this)),
      m_pairs(new QSpinBox(this)), m_period(new QSpinBox(this)), m_washout(new QSpinBox(this)),
      m_equivalence(new QComboBox(this)), m_beforeDays(new QSpinBox(this)), m_changeDays(new QSpinBox(this)),
      m_start(new QDateEdit(this)), m_summary(new QLabel(this)), m_preview(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("New experiment"));
    auto *outer = new QVBoxLayout(this);
    // Scrolls on a small screen; the buttons stay in view below.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);

    auto *intro = new QLabel(tr("Choose one change. The app decides at random which periods are change periods "
                                "and which are usual ones, so that a trend or chance cannot fake a result."),
                             content);
    intro->setWordWrap(true);
    column->addWidget(intro);

    auto *what = new QGroupBox(tr("The change"), content);
    auto *whatForm = new QFormLayout(what);
    whatForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_preset->addItem(tr("Caffeine at most … mg a day"), int(Preset::Caffeine));
    m_preset->addItem(tr("No alcohol"), int(Preset::NoAlcohol));
    m_preset->addItem(tr("Sleep at least … hours"), int(Preset::Sleep));
    m_preset->addItem(tr("Magnesium each day"), int(Preset::Magnesium));
    m_preset->addItem(tr("Avoid a food"), int(Preset::AvoidFood));
    m_preset->addItem(tr("A yes/no factor of my own"), int(Preset::Custom));
    m_preset->setAccessibleName(tr("What to change"));
    whatForm->addRow(tr("&What to change:"), m_preset);
    m_value->setRange(0, 2000);
    m_value->setDecimals(1);
    m_value->setAccessibleName(tr("Limit"));
    whatForm->addRow(tr("&Limit:"), m_value);
    m_food->setPlaceholderText(tr("e.g. aspartame"));
    m_food->setAccessibleName(tr("Food to avoid"));
    auto *completer = new QCompleter(session.store().foodTags(), m_food);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_food->setCompleter(completer);
    whatForm->addRow(tr("&Food:"), m_food);
    for (const CustomFactor &f : session.store().customFactors())
        if (f.type == CustomFactorType::YesNo)
            m_custom->addItem(f.name, QString(u"custom:" + f.name.trimmed().toLower()));
    m_custom->setAccessibleName(tr("Your yes/no factor"));
    whatForm->addRow(tr("&Factor:"), m_custom);
    m_customOp->addItem(tr("yes each day"), int(Op::Present));
    m_customOp->addItem(tr("never"), int(Op::Absent));
    m_customOp->setAccessibleName(tr("On change days"));
    whatForm->addRow(tr("On &change days:"), m_customOp);
    m_hint->setWordWrap(true);
    whatForm->addRow(m_hint);
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(80);
    whatForm->addRow(tr("&Title:"), m_title);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("optional: exactly what you will do, e.g. no cola either"));
    m_note->setMaxLength(500);
    whatForm->addRow(tr("&Note:"), m_note);
    column->addWidget(what);

    auto *how = new QGroupBox(tr("The design"), content);
    auto *howLayout = new QVBoxLayout(how);
    auto *designForm = new QFormLayout;
    m_design->addItem(tr("Randomized periods (a test)"), int(Design::PairedPeriods));
    m_design->addItem(tr("Before and after (a description, not a test)"), int(Design::BeforeAfter));
    m_design->setAccessibleName(tr("Design"));
    designForm->addRow(tr("&Design:"), m_design);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_start->setAccessibleName(tr("Start day"));
    designForm->addRow(tr("&Start:"), m_start);
    howLayout->addLayout(designForm);

    auto *pairedForm = new QFormLayout(m_pairedBox);
    pairedForm->setContentsMargins(0, 0, 0, 0);
    m_pairs->setRange(experiments::kMinPairs, experiments::kMaxPairs);
    m_pairs->setValue(experiments::kDefaultPairs);
    m_pairs->setAccessibleName(tr("Pairs of periods"));
    pairedForm->addRow(tr("&Pairs of periods:"), m_pairs);
    m_period->setRange(experiments::kMinPeriodDays, experiments::kMaxPeriodDays);
    m_period->setValue(experiments::kDefaultPeriodDays);
    m_period->setSuffix(tr(" days"));
    m_period->setAccessibleName(tr("Period length in days"));
    pairedForm->addRow(tr("Period &length:"), m_period);
    m_washout->setRange(0, experiments::kMaxPeriodDays - 2);
    m_washout->setValue(experiments::kDefaultWashoutDays);
    m_washout->setSuffix(tr(" days"));
    m_washout->setAccessibleName(tr("Washout days after each switch"));
    m_washout->setToolTip(tr("The day of each switch and the days after it are not counted: a change needs "
                             "time to act, and to wear off."));
    pairedForm->addRow(tr("&Washout after each switch:"), m_washout);
    // The equivalence zone (docs/experiments.md "Verdicts"): symmetric on the ratio scale.
    m_equivalence->addItem(tr("Within 10 % (0.91–1.1)"), QPointF(0.91, 1.1));
    m_equivalence->addItem(tr("Within 20 % (0.8–1.25, suggested)"), QPointF(0.8, 1.25));
    m_equivalence->addItem(tr("Within a third (0.67–1.5)"), QPointF(0.67, 1.5));
    m_equivalence->setCurrentIndex(1);
    // Its long entries must not widen the dialog past a small screen.
    m_equivalence->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_equivalence->setMinimumContentsLength(16);
    m_equivalence->setAccessibleName(tr("What counts as no difference"));
    m_equivalence->setToolTip(tr("The result says \"no difference\" only when its whole 95 % interval lies within "
                                 "this zone. A wider zone reaches that verdict more easily, and claims less."));
    pairedForm->addRow(tr("No difference &means:"), m_equivalence);
    howLayout->addWidget(m_pairedBox);

    auto *baForm = new QFormLayout(m_beforeAfterBox);
    baForm->setContentsMargins(0, 0, 0, 0);
    m_beforeDays->setRange(7, 365);
    m_beforeDays->setValue(28);
    m_beforeDays->setSuffix(tr(" days"));
    m_beforeDays->setAccessibleName(tr("Days before the change"));
    baForm->addRow(tr("Days &before:"), m_beforeDays);
    m_changeDays->setRange(7, 365);
    m_changeDays->setValue(28);
    m_changeDays->setSuffix(tr(" days"));
    m_changeDays->setAccessibleName(tr("Days with the change"));
    baForm->addRow(tr("Days with the c&hange:"), m_changeDays);
    howLayout->addWidget(m_beforeAfterBox);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    howLayout->addWidget(m_summary);
    column->addWidget(how);

    auto *previewBox = new QGroupBox(tr("What to expect (from your own diary)"), content);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("planPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    previewLayout->addWidget(m_preview);
    column->addWidget(previewBox);
    column->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("planProblem"));
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, UiColours::forPalette(palette()).errorText);
    m_problem->setPalette(pal);
    outer->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start experiment"));
    outer->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExperimentPlanDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExperimentPlanDialog::reject);

    const QDate today = session.today();
    m_start->setDateRange(today, today.addDays(366));
    m_start->setDate(today.addDays(1));

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ExperimentPlanDialog::startPreview);
    connect(&m_watcher, &QFutureWatcher<experiments::Preview>::finished, this, [this] {
        m_previewPending = false;
        if (m_watchedGeneration == m_generation)
            m_previewReadError && !m_previewReadError->isEmpty()
                ? m_preview->setText(tr("No preview: %1").arg(*m_previewReadError))
                : showPreview(m_watcher.result());
        else
            startPreview(); // the plan changed meanwhile
    });

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExperimentPlanDialog::presetChanged);
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleEdited = !m_title->text().trimmed().isEmpty();
        refreshPlan();
    });
    for (QSpinBox *box : {m_pairs, m_period, m_washout, m_beforeDays, m_changeDays})
        connect(box, &QSpinBox::valueChanged, this, &ExperimentPlanDialog::refreshPlan);
    connect(m_value, &QDoubleSpinBox::valueChanged, this, &ExperimentPlanDialog::refreshPlan);
    connect(m_food, &QLineEdit::textChanged, this, &ExperimentPlanDialog::refreshPlan);
    connect(m_custom, &QComboBox::currentIndexChanged, this, &ExperimentPlanDialog::refreshPlan);
    connect(m_customOp, &QComboBox::currentIndexChanged, this, &ExperimentPlanDialog::refreshPlan);
    connect(m_design, &QComboBox::currentIndexChanged, this, &ExperimentPlanDialog::refreshPlan);
    connect(m_start, &QDateEdit::dateChanged, this, &ExperimentPlanDialog::refreshPlan);
    presetChanged();
    resize(560, 640);
}

ExperimentPlanDialog::~ExperimentPlanDialog() { m_watcher.waitForFinished(); }

void ExperimentPlanDialog::setPreset(Preset preset) { m_preset->setCurrentIndex(m_preset->findData(int(preset))); }

void ExperimentPlanDialog::setChange(const QString &factor, Op op, double value)
{
    auto choose = [this](Preset p) { setPreset(p); };
    if (factor == u"caffeine_mg" && op == Op::AtMost) {
        choose(Preset::Caffeine);
        m_value->setValue(value);
    } else if (factor == u"alcohol_units" && op == Op::AtMost && value <= 0) {
        choose(Preset::NoAlcohol);
    } else if (factor == u"sleep_hours" && op == Op::AtLeast) {
        choose(Preset::Sleep);
        m_value->setValue(value);
    } else if (factor == u"supplement:magnesium" && op == Op::Present) {
        choose(Preset::Magnesium);
    } else if (factor.startsWith(u"food:") && op == Op::Absent) {
        choose(Preset::AvoidFood);
        m_food->setText(factor.mid(5));
    } else if (factor.startsWith(u"custom:") && m_custom->findData(factor) >= 0 &&
               (op == Op::Present || op == Op::Absent)) {
        choose(Preset::Custom);
        m_custom->setCurrentIndex(m_custom->findData(factor));
        m_customOp->setCurrentIndex(m_customOp->findData(int(op)));
    } else {
        // Any other factor and condition, as one more entry of the list.
        m_otherFactor = factor;
        m_otherOp = op;
        Plan shown;
        shown.factor = factor;
        shown.op = op;
        shown.value = value;
        const QString text = ExperimentText::change(shown);
        int i = m_preset->findData(kOther);
        if (i < 0) {
            m_preset->addItem(text, kOther);
            i = m_preset->count() - 1;
        } else {
            m_preset->setItemText(i, text);
        }
        m_preset->setCurrentIndex(i);
        presetChanged();
        m_value->setValue(value);
    }
    refreshPlan();
}

void ExperimentPlanDialog::setTitle(const QString &title)
{
    m_title->setText(title);
    m_titleEdited = true;
    refreshPlan();
}

void ExperimentPlanDialog::setDesign(Design design) { m_design->setCurrentIndex(m_design->findData(int(design))); }

void ExperimentPlanDialog::setStart(const QDate &start) { m_start->setDate(start); }

void ExperimentPlanDialog::presetChanged()
{
    const int preset = m_preset->currentData().toInt();
    const bool valued = preset == int(Preset::Caffeine) || preset == int(Preset::Sleep) ||
                        (preset == kOther && (m_otherOp == Op::AtMost || m_otherOp == Op::AtLeast));
    auto showRow = [](QWidget *field, bool visible) {
        field->setVisible(visible);
        if (auto *form = qobject_cast<QFormLayout *>(field->parentWidget()->layout()))
            if (QWidget *label = form->labelForField(field))
                label->setVisible(visible);
    };
    showRow(m_value, valued);
    showRow(m_food, preset == int(Preset::AvoidFood));
    showRow(m_custom, preset == int(Preset::Custom));
    showRow(m_customOp, preset == int(Preset::Custom));
    // The suggestions of docs/experiments.md "Washout".
    QString hint;
    switch (preset) {
    case int(Preset::Caffeine):
        m_value->setSuffix(tr(" mg"));
        m_value->setDecimals(0);
        m_value->setValue(100);
        m_washout->setValue(3);
        hint = tr("Caffeine withdrawal can last several days: 3 washout days after each switch are suggested.");
        break;
    case int(Preset::Sleep):
        m_value->setSuffix(tr(" h"));
        m_value->setDecimals(1);
        m_value->setValue(7);
        break;
    case int(Preset::Magnesium):
        m_period->setValue(14);
        hint = tr("Magnesium acts slowly: periods of 14 days are suggested.");
        break;
    case int(Preset::Custom):
        if (m_custom->count() == 0)
            hint = tr("You have no yes/no factor yet: add one under Edit › Custom factors.");
        break;
    default: m_value->setSuffix(QString()); break;
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    refreshPlan();
}

Plan ExperimentPlanDialog::plan() const
{
    Plan p;
    switch (m_preset->currentData().toInt()) {
    case int(Preset::Caffeine):
        p.factor = QStringLiteral("caffeine_mg");
        p.op = Op::AtMost;
        p.value = m_value->value();
        break;
    case int(Preset::NoAlcohol):
        p.factor = QStringLiteral("alcohol_units");
        p.op = Op::AtMost;
        p.value = 0;
        break;
    case int(Preset::Sleep):
        p.factor = QStringLiteral("sleep_hours");
        p.op = Op::AtLeast;
        p.value = m_value->value();
        break;
    case int(Preset::Magnesium):
        p.factor = QStringLiteral("supplement:magnesium");
        p.op = Op::Present;
        break;
    case int(Preset::AvoidFood): {
        const QString food = m_food->text().trimmed().toLower();
        p.factor = food.isEmpty() ? QString() : QString(u"food:" + food);
        p.op = Op::Absent;
        break;
    }
    case int(Preset::Custom):
        p.factor = m_custom->currentData().toString();
        p.op = Op(m_customOp->currentData().toInt());
        break;
    default:
        p.factor = m_otherFactor;
        p.op = m_otherOp;
        p.value = m_value->value();
        break;
    }
    p.design = Design(m_design->currentData().toInt());
    p.start = m_start->date();
    p.pairs = m_pairs->value();
    p.periodDays = m_period->value();
    p.washoutDays = m_washout->value();
    p.beforeDays = m_beforeDays->value();
    p.changeDays = m_changeDays->value();
    const QPointF zone = m_equivalence->currentData().toPointF();
    p.equivalenceLow = zone.x();
    p.equivalenceHigh = zone.y();
    p.note = m_note->text().trimmed();
    p.title = m_title->text().trimmed();
    if (!m_titleEdited && !p.factor.isEmpty()) {
        QString t = ExperimentText::change(p);
        if (!t.isEmpty())
            t[0] = t[0].toUpper();
        p.title = t;
    }
    return p;
}

QString ExperimentPlanDialog::problem() const
{
    Plan p = plan();
    if (p.factor.isEmpty())
        return m_preset->currentData().toInt() == int(Preset::AvoidFood) ? tr("Name the food to avoid.")
                                                                         : tr("Choose your yes/no factor.");
    if (p.title.isEmpty())
        return tr("Give the experiment a title.");
    const QDate today = m_session.today();
    const QList<Plan> all = m_session.experiments();
    for (const Plan &other : all)
        if (other.title == p.title)
            return tr("There is already an experiment called “%1”: choose another title.").arg(p.title);
    if (const auto active = activeExperiment(all, today))
        return tr("“%1” runs until %2. One experiment at a time: two changes at once would confound each other. "
                  "Stop it first or wait until it has ended.")
            .arg(active->title, QLocale().toString(active->windowTo(), QLocale::ShortFormat));
    if (p.design == Design::PairedPeriods && p.washoutDays > p.periodDays - 2)
        return tr("Washout: at most %1 days for periods of %2 days, or nothing of a period would count.")
            .arg(p.periodDays - 2)
            .arg(p.periodDays);
    if (p.start < today)
        return tr("The start cannot be in the past.");
    if (p.design == Design::PairedPeriods)
        p.schedule.assign(std::size_t(p.pairs), experiments::Order::AB); // drawn when started
    if (const QString why = experiments::validate(p); !why.isEmpty())
        return tr("This plan is not valid: %1").arg(why);
    return {};
}

void ExperimentPlanDialog::refreshPlan()
{
    const Plan p = plan();
    const bool paired = p.design == Design::PairedPeriods;
    m_pairedBox->setVisible(paired);
    m_beforeAfterBox->setVisible(!paired);
    m_washout->setMaximum(std::max(0, m_period->value() - 2));
    if (!m_titleEdited) {
        const QSignalBlocker block(m_title);
        m_title->setText(p.title);
    }
    const QLocale locale;
    if (paired) {
        const int days = 2 * p.pairs * p.periodDays;
        m_summary->setText(tr("%1 pairs of %2-day periods: %3 days, from %4 to %5. In each pair the app decides "
                              "by a coin toss whether the change comes first or second; you see the schedule "
                              "on Today, day by day.")
                               .arg(p.pairs)
                               .arg(p.periodDays)
                               .arg(days)
                               .arg(locale.toString(p.windowFrom(), QLocale::ShortFormat),
                                    locale.toString(p.windowTo(), QLocale::ShortFormat)));
    } else {
        m_summary->setText(tr("Compares the %1 days before %2 with the %3 days from then on. Twitching often "
                              "fades on its own, so a drop after the change proves nothing: this is a "
                              "description, not a test.")
                               .arg(p.beforeDays)
                               .arg(locale.toString(p.start, QLocale::ShortFormat))
                               .arg(p.changeDays));
    }
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    ++m_generation;
    m_previewTimer->start();
}

bool ExperimentPlanDialog::isPreviewBusy() const { return m_previewTimer->isActive() || m_previewPending; }

void ExperimentPlanDialog::waitForPreview()
{
    if (m_previewTimer->isActive()) {
        m_previewTimer->stop();
        startPreview();
    }
    while (isPreviewBusy()) {
        if (m_watcher.isRunning())
            m_watcher.waitForFinished();
        // The watcher's finished() is an event posted once the future is done.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

void ExperimentPlanDialog::startPreview()
{
    if (m_watcher.isRunning())
        return; // finished() starts the next one
    Plan p = plan();
    if (p.design == Design::BeforeAfter) {
        m_preview->setText(tr("A before/after comparison cannot tell the change from a trend or from chance, so "
                              "there is no test and no power to show. The result is ready on %1.")
                               .arg(QLocale().toString(p.windowTo().addDays(1), QLocale::ShortFormat)));
        return;
    }
    if (p.pairs < experiments::kMinPairs || p.periodDays < experiments::kMinPeriodDays) {
        return;
    }
    m_preview->setText(tr("Simulating 400 experiments on your diary…"));
    m_watchedGeneration = m_generation;
    m_previewPending = true;
    auto read = m_session.diaryReader();
    const QDate today = m_session.today();
    const int boundary = m_session.dayBoundaryHour();
    // A failed read is said as such, not previewed as an empty diary.
    m_previewReadError = std::make_shared<QString>();
    m_watcher.setFuture(QtConcurrent::run([read, p, today, boundary, error = m_previewReadError] {
        return experiments::preview(read(error.get()), p, today, boundary, kPreviewSeed);
    }));
}

void ExperimentPlanDialog::showPreview(const experiments::Preview &p)
{
    const QLocale locale;
    const QString ready = tr("The result will be ready on %1.").arg(locale.toString(p.resultDate, QLocale::LongFormat));
    if (!p.enoughHistory) {
        m_preview->setText(tr("Your diary has %1 logged days in the last 12 weeks; a preview needs at least 28. "
                              "With this design the smallest possible p-value is %2. %3")
                               .arg(p.observedDays)
                               .arg(locale.toString(p.minimumP, 'g', 2), ready));
        return;
    }
    auto times = [&locale](double share) { return locale.toString(qRound(share * 10)); };
    m_preview->setText(tr("On days drawn from your last 12 weeks, this plan would show that the change helped "
                          "about %1 in 10 times if it halves your twitching, and about %2 in 10 times if it cuts "
                          "it by 30 %. %3 Nothing is stored until you start.")
                           .arg(times(p.detectHalving), times(p.detectThirtyPercent), ready));
}

void ExperimentPlanDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace td::ui
