#include "pages/factorspanel.h"
#include "domain/inputlimits.h"

#include "commands/diaryeditor.h"
#include "models/appsettings.h"
#include "models/labels.h"
#include "widgets/numberfield.h"
#include "widgets/readability.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace td::ui {
namespace {

// Offered by the food field's completer, in the user's language.
constexpr const char *kFoodSuggestions[] = {QT_TRANSLATE_NOOP("td::ui::FactorsPanel", "aspartame"),
                                            QT_TRANSLATE_NOOP("td::ui::FactorsPanel", "MSG"),
                                            QT_TRANSLATE_NOOP("td::ui::FactorsPanel", "processed / high-sodium"),
                                            QT_TRANSLATE_NOOP("td::ui::FactorsPanel", "bananas"),
                                            QT_TRANSLATE_NOOP("td::ui::FactorsPanel", "leafy greens"),
                                            QT_TRANSLATE_NOOP("td::ui::FactorsPanel", "nuts")};

QToolButton *smallButton(const QString &text, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

QString number(double v) { return QLocale().toString(v, 'g', 6); }

} // namespace

FactorsPanel::FactorsPanel(DiaryEditor &editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_session(editor.session()), m_caffeineTotal(new QLabel(this)),
      m_caffeineOther(new NumberField(tr("Caffeine"), tr("mg"), 0, 2000, 0, this)),
      m_sleepHours(new NumberField(tr("Sleep"), tr("hours"), limits::kSleepHours.min, limits::kSleepHours.max, 2,
                                   this)),
      m_sleepQuality(new QButtonGroup(this)), m_stress(new QSlider(Qt::Horizontal, this)),
      m_stressValue(new QLabel(this)), m_alcoholTotal(new QLabel(this)), m_waterTotal(new QLabel(this)),
      m_foodEdit(new QLineEdit(this)), m_foodChips(new QWidget(this)),
      m_magnesium(new NumberField(tr("Magnesium"), tr("mg"), 0, 5000, 0, this)),
      m_potassium(new NumberField(tr("Potassium"), tr("mg"), 0, 10000, 0, this)), m_supplementsTotal(new QLabel(this)),
      m_dayComplete(new QPushButton(this))
{
    // Built in steps, top to bottom as the panel shows them.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildCaffeineBox());
    layout->addWidget(buildDayBox());
    layout->addWidget(buildFoodBox());
    setUpDayComplete();
    m_custom = new QGroupBox(tr("Your own factors"), this);
    (new QFormLayout(m_custom))->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(m_custom);
    layout->addStretch();
    connect(&m_session, &DiarySession::customFactorsChanged, this, [this] {
        rebuildCustomRows();
        reload();
    });
    rebuildCustomRows();

    connect(&m_session, &DiarySession::dayChanged, this, [this](const QDate &d) {
        if (d == m_date)
            reload();
    });
    connect(&m_session, &DiarySession::diaryChanged, this, &FactorsPanel::reload);
}

QGroupBox *FactorsPanel::buildCaffeineBox()
{
    auto *caffeine = new QGroupBox(tr("Caffeine"), this);
    auto *cLayout = new QVBoxLayout(caffeine);
    m_presets = new QGridLayout;
    m_presets->setSpacing(3);
    rebuildCaffeinePresets();
    connect(&m_session, &DiarySession::caffeinePresetsChanged, this, &FactorsPanel::rebuildCaffeinePresets);
    cLayout->addLayout(m_presets);
    auto *cRow = new QHBoxLayout;
    cRow->addWidget(new QLabel(tr("Other:"), caffeine));
    cRow->addWidget(m_caffeineOther);
    auto *undoCaffeine = smallButton(tr("Remove last"), caffeine);
    cRow->addWidget(undoCaffeine);
    cLayout->addLayout(cRow);
    cLayout->addWidget(m_caffeineTotal);
    connect(m_caffeineOther, &NumberField::committed, this, [this](std::optional<double> v) {
        if (v && *v > 0) {
            addIntake(IntakeKind::Caffeine, tr("other"), *v);
            m_caffeineOther->clear();
        }
    });
    connect(undoCaffeine, &QToolButton::clicked, this, [this] { removeLast(IntakeKind::Caffeine); });

    return caffeine;
}

QGroupBox *FactorsPanel::buildDayBox()
{
    auto *day = new QGroupBox(tr("Sleep, stress and drinks"), this);
    auto *form = new QFormLayout(day);
    // A narrow column (1024 × 640, German) puts a long row's field under its label.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addSleepRows(form, day);
    addStressRow(form);
    addAlcoholRow(form, day);
    addWaterRow(form, day);
    return day;
}

void FactorsPanel::addSleepRows(QFormLayout *form, QWidget *day)
{
    m_sleepHours->setPlaceholderText(tr("e.g. 7.5"));
    form->addRow(tr("Slept last night:"), m_sleepHours);
    auto *quality = new QHBoxLayout;
    quality->setSpacing(2);
    const QStringList qualityNames = {tr("very poor"), tr("poor"), tr("fair"), tr("good"), tr("very good")};
    for (int q = limits::kSleepQuality.min; q <= limits::kSleepQuality.max; ++q) {
        auto *b = smallButton(QString::number(q), day);
        b->setCheckable(true);
        b->setToolTip(qualityNames[q - 1]);
        b->setAccessibleName(tr("Sleep quality %1 of 5, %2").arg(q).arg(qualityNames[q - 1]));
        showCheckedInHighlight(b);
        m_sleepQuality->addButton(b, q);
        quality->addWidget(b);
    }
    quality->addWidget(new QLabel(tr("1 very poor · 5 very good"), day));
    quality->addStretch();
    form->addRow(tr("Sleep quality:"), quality);
    connect(m_sleepHours, &NumberField::committed, this, &FactorsPanel::saveSleep);
    connect(m_sleepQuality, &QButtonGroup::idClicked, this, &FactorsPanel::saveSleep);
}

void FactorsPanel::addStressRow(QFormLayout *form)
{
    auto *stressRow = new QHBoxLayout;
    m_stress->setRange(limits::kStressLevel.min, limits::kStressLevel.max);
    m_stress->setPageStep(1);
    m_stress->setTickPosition(QSlider::TicksBelow);
    m_stress->setTickInterval(1);
    m_stress->setAccessibleName(tr("Stress today, 0 to 10"));
    m_stress->setAccessibleDescription(tr("Saved as you move it. The mouse wheel changes it only after a click."));
    m_stressValue->setMinimumWidth(110);
    stressRow->addWidget(m_stress, 1);
    stressRow->addWidget(m_stressValue);
    form->addRow(tr("Stress (0–10):"), stressRow);
    connect(m_stress, &QSlider::valueChanged, this, [this](int v) {
        m_stressValue->setText(tr("%1 of 10").arg(v));
        if (m_loading || m_stress->isSliderDown())
            return;
        if (!m_editor.setStress(m_date, Stress{m_date, v}))
            Q_EMIT writeFailed(m_editor.errorString());
    });
    connect(m_stress, &QSlider::sliderReleased, this, [this] {
        if (!m_editor.setStress(m_date, Stress{m_date, m_stress->value()}))
            Q_EMIT writeFailed(m_editor.errorString());
    });
}

void FactorsPanel::addAlcoholRow(QFormLayout *form, QWidget *day)
{
    auto *alcohol = new QHBoxLayout;
    auto *addUnit = smallButton(tr("+1 unit"), day);
    auto *undoUnit = smallButton(tr("Remove last"), day);
    alcohol->addWidget(addUnit);
    alcohol->addWidget(undoUnit);
    alcohol->addWidget(m_alcoholTotal, 1);
    form->addRow(tr("Alcohol:"), alcohol);
    connect(addUnit, &QToolButton::clicked, this, [this] { addIntake(IntakeKind::Alcohol, {}, 1.0); });
    connect(undoUnit, &QToolButton::clicked, this, [this] { removeLast(IntakeKind::Alcohol); });
}

void FactorsPanel::addWaterRow(QFormLayout *form, QWidget *day)
{
    auto *water = new QHBoxLayout;
    auto *glass = smallButton(tr("+ glass (0.25 l)"), day);
    auto *bottle = smallButton(tr("+ bottle (0.5 l)"), day);
    auto *undoWater = smallButton(tr("Remove last"), day);
    water->addWidget(glass);
    water->addWidget(bottle);
    water->addWidget(undoWater);
    water->addWidget(m_waterTotal, 1);
    form->addRow(tr("Water:"), water);
    connect(glass, &QToolButton::clicked, this, [this] { addIntake(IntakeKind::Water, {}, 0.25); });
    connect(bottle, &QToolButton::clicked, this, [this] { addIntake(IntakeKind::Water, {}, 0.5); });
    connect(undoWater, &QToolButton::clicked, this, [this] { removeLast(IntakeKind::Water); });
}

QGroupBox *FactorsPanel::buildFoodBox()
{
    auto *food = new QGroupBox(tr("Food and supplements"), this);
    auto *fLayout = new QFormLayout(food);
    fLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *foodRow = new QHBoxLayout;
    m_foodEdit->setPlaceholderText(tr("e.g. aspartame, MSG, nuts"));
    m_foodEdit->setAccessibleName(tr("Food or additive"));
    auto *addFoodButton = smallButton(tr("Add"), food);
    foodRow->addWidget(m_foodEdit, 1);
    foodRow->addWidget(addFoodButton);
    fLayout->addRow(tr("Ate or drank:"), foodRow);
    m_foodChipsLayout = new QHBoxLayout(m_foodChips);
    m_foodChipsLayout->setContentsMargins(0, 0, 0, 0);
    m_foodChipsLayout->setSpacing(3);
    fLayout->addRow(QString(), m_foodChips);
    connect(m_foodEdit, &QLineEdit::returnPressed, this, &FactorsPanel::addFood);
    connect(addFoodButton, &QToolButton::clicked, this, &FactorsPanel::addFood);

    auto *supplements = new QHBoxLayout;
    m_magnesium->setPlaceholderText(tr("mg"));
    m_potassium->setPlaceholderText(tr("mg"));
    supplements->addWidget(new QLabel(tr("Magnesium"), food));
    supplements->addWidget(m_magnesium);
    supplements->addWidget(new QLabel(tr("Potassium"), food));
    supplements->addWidget(m_potassium);
    fLayout->addRow(tr("Supplements:"), supplements);
    fLayout->addRow(QString(), m_supplementsTotal);
    connect(m_magnesium, &NumberField::committed, this, [this](std::optional<double> v) {
        if (v && *v > 0) {
            addIntake(IntakeKind::Supplement, QStringLiteral("magnesium"), *v);
            m_magnesium->clear();
        }
    });
    connect(m_potassium, &NumberField::committed, this, [this](std::optional<double> v) {
        if (v && *v > 0) {
            addIntake(IntakeKind::Supplement, QStringLiteral("potassium"), *v);
            m_potassium->clear();
        }
    });

    return food;
}

void FactorsPanel::setUpDayComplete()
{
    // The page shows this button in its header, where it is always in view.
    m_dayComplete->setCheckable(true);
    m_dayComplete->setMinimumHeight(30);
    m_dayComplete->setToolTip(tr("Confirms that everything for this day is logged, so a day "
                                 "without episodes counts as twitch-free instead of missing."));
    connect(m_dayComplete, &QPushButton::clicked, this, [this](bool checked) {
        if (!m_editor.setCheckedIn(m_date, checked)) {
            m_dayComplete->setChecked(!checked);
            Q_EMIT writeFailed(m_editor.errorString());
        }
    });
}

void FactorsPanel::rebuildCustomRows()
{
    auto *form = static_cast<QFormLayout *>(m_custom->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_customFields.clear();
    const QList<CustomFactor> factors = m_session.store().customFactors();
    if (factors.isEmpty()) {
        auto *hint = new QLabel(tr("Track anything else (cold, screen time, exercise…): define it in "
                                   "Edit › Custom factors…"),
                                m_custom);
        hint->setWordWrap(true);
        form->addRow(hint);
        return;
    }
    for (const CustomFactor &f : factors) {
        const QString name = f.name;
        if (f.type == CustomFactorType::YesNo) {
            auto *box = new QCheckBox(tr("yes, today"), m_custom);
            box->setAccessibleName(name);
            box->setObjectName(QStringLiteral("custom:") + name);
            // Ticked is yes (1); unticked after a tick is an explicit no (0).
            connect(box, &QCheckBox::clicked, this, [this, name](bool checked) {
                if (!m_editor.setCustomValue(m_date, name, checked ? 1.0 : 0.0))
                    Q_EMIT writeFailed(m_editor.errorString());
            });
            form->addRow(name + u':', box);
            m_customFields.insert(name, box);
        } else {
            auto *field = new NumberField(name, f.unit, 0, 1e6, 2, m_custom);
            field->setObjectName(QStringLiteral("custom:") + name);
            connect(field, &NumberField::committed, this, [this, name](std::optional<double> v) {
                if (!m_loading && !m_editor.setCustomValue(m_date, name, v))
                    Q_EMIT writeFailed(m_editor.errorString());
            });
            form->addRow(name + u':', field);
            m_customFields.insert(name, field);
        }
    }
}

void FactorsPanel::setDate(const QDate &date)
{
    m_date = date;
    m_sleepHours->clear();
    reload();
}

void FactorsPanel::addIntake(IntakeKind kind, const QString &name, std::optional<double> amount)
{
    Intake i;
    i.at = m_session.entryTime(m_date);
    i.kind = kind;
    i.name = name;
    i.amount = amount;
    if (!m_editor.addIntake(i))
        Q_EMIT writeFailed(m_editor.errorString());
}

void FactorsPanel::removeLast(IntakeKind kind)
{
    const DayEntries day = m_session.day(m_date);
    for (auto it = day.intakes.crbegin(); it != day.intakes.crend(); ++it) {
        if (it->kind == kind) {
            if (!m_editor.removeIntake(it->id))
                Q_EMIT writeFailed(m_editor.errorString());
            return;
        }
    }
}

void FactorsPanel::saveSleep()
{
    if (m_loading || m_sleepHours->hasError())
        return;
    const auto hours = m_sleepHours->value();
    const int q = m_sleepQuality->checkedId();
    const std::optional<int> quality = q > 0 ? std::optional<int>(q) : std::nullopt;
    const std::optional<Sleep> sleep = (!hours && !quality) ? std::nullopt
                                                            : std::optional<Sleep>(Sleep{m_date, hours, quality});
    if (!m_editor.setSleep(m_date, sleep))
        Q_EMIT writeFailed(m_editor.errorString());
}

void FactorsPanel::addFood()
{
    const QString tag = m_foodEdit->text().trimmed();
    if (tag.isEmpty())
        return;
    addIntake(IntakeKind::Food, tag.toLower(), std::nullopt);
    m_foodEdit->clear();
}

void FactorsPanel::rebuildFoodChips(const DayEntries &day)
{
    while (QLayoutItem *item = m_foodChipsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int count = 0;
    for (const Intake &i : day.intakes) {
        if (i.kind != IntakeKind::Food)
            continue;
        auto *chip = smallButton(i.name + QStringLiteral("  ✕"), m_foodChips);
        chip->setToolTip(tr("Remove %1 from this day").arg(i.name));
        chip->setAccessibleName(tr("Remove %1").arg(i.name));
        const qint64 id = i.id;
        connect(chip, &QToolButton::clicked, this, [this, id] {
            if (!m_editor.removeIntake(id))
                Q_EMIT writeFailed(m_editor.errorString());
        });
        m_foodChipsLayout->addWidget(chip);
        ++count;
    }
    if (count == 0)
        m_foodChipsLayout->addWidget(new QLabel(tr("Nothing noted yet."), m_foodChips));
    m_foodChipsLayout->addStretch();
}

QString FactorsPanel::caffeineText(double mg) const
{
    return m_settings ? m_settings->formatCaffeine(mg) : tr("%1 mg").arg(number(mg));
}

void FactorsPanel::setSettings(AppSettings *settings)
{
    m_settings = settings;
    if (settings)
        connect(settings, &AppSettings::changed, this, [this] {
            rebuildCaffeinePresets();
            reload();
        });
    rebuildCaffeinePresets();
    reload();
}

void FactorsPanel::rebuildCaffeinePresets()
{
    for (QToolButton *b : std::as_const(m_caffeineButtons))
        delete b;
    m_caffeineButtons.clear();
    QWidget *box = m_caffeineTotal->parentWidget();
    const auto list = m_session.store().caffeinePresets();
    for (int i = 0; i < list.size(); ++i) {
        const CaffeinePreset p = list[i];
        const QString shown = drinkName(p.name);
        auto *b = smallButton(tr("%1\n%2").arg(shown, caffeineText(p.mg)), box);
        b->setAccessibleName(tr("Add %1, %2 mg of caffeine").arg(shown, number(p.mg)));
        b->setToolTip(tr("%1: %2 mg of caffeine").arg(shown, number(p.mg)));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(b, &QToolButton::clicked, this, [this, p] { addIntake(IntakeKind::Caffeine, p.name, p.mg); });
        m_caffeineButtons.append(b);
        m_presets->addWidget(b, i / 3, i % 3);
    }
}

void FactorsPanel::reload()
{
    m_loading = true;
    const DayEntries day = m_session.day(m_date);
    double caffeine = 0, alcohol = 0, water = 0;
    int drinks = 0;
    QStringList supplements;
    for (const Intake &i : day.intakes) {
        switch (i.kind) {
        case IntakeKind::Caffeine:
            caffeine += i.amount.value_or(0);
            ++drinks;
            break;
        case IntakeKind::Alcohol: alcohol += i.amount.value_or(0); break;
        case IntakeKind::Water: water += i.amount.value_or(0); break;
        case IntakeKind::Supplement:
            supplements.append(tr("%1 %2 mg").arg(i.name, number(i.amount.value_or(0))));
            break;
        case IntakeKind::Food: break;
        }
    }
    m_caffeineTotal->setText(drinks ? tr("So far: %1 from %n drink(s)", nullptr, drinks).arg(caffeineText(caffeine))
                                    : tr("None so far."));
    m_alcoholTotal->setText(tr("%1 unit(s)").arg(number(alcohol)));
    m_waterTotal->setText(tr("%1 l").arg(number(water)));
    m_supplementsTotal->setText(supplements.isEmpty() ? tr("None so far.") : supplements.join(QStringLiteral(", ")));
    if (!m_sleepHours->lineEdit()->hasFocus() && !m_sleepHours->hasError())
        m_sleepHours->setValue(day.sleep ? day.sleep->hours : std::nullopt);
    const int quality = day.sleep && day.sleep->quality ? *day.sleep->quality : 0;
    m_sleepQuality->setExclusive(false);
    for (QAbstractButton *b : m_sleepQuality->buttons())
        b->setChecked(m_sleepQuality->id(b) == quality);
    m_sleepQuality->setExclusive(true);
    if (!m_stress->isSliderDown()) {
        m_stress->setValue(day.stress ? day.stress->level : 0);
        m_stressValue->setText(day.stress ? tr("%1 of 10").arg(day.stress->level) : tr("not recorded"));
    }
    rebuildFoodChips(day);

    QStringList tags = m_session.store().foodTags();
    for (const char *suggestion : kFoodSuggestions) {
        const QString s = tr(suggestion);
        if (!tags.contains(s.toLower()))
            tags.append(s.toLower());
    }
    auto *completer = new QCompleter(tags, m_foodEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_foodEdit->completer();
    m_foodEdit->setCompleter(completer);

    m_dayComplete->setChecked(day.checkedIn);
    m_dayComplete->setText(day.checkedIn ? tr("✓ Day complete — click to reopen")
                                         : tr("Day complete: everything is logged"));
    for (auto it = m_customFields.cbegin(); it != m_customFields.cend(); ++it) {
        const std::optional<double> v = m_session.store().customValue(m_date, it.key());
        if (auto *box = qobject_cast<QCheckBox *>(it.value())) {
            const QSignalBlocker blocker(box);
            box->setChecked(v && *v != 0);
        } else if (auto *field = qobject_cast<NumberField *>(it.value())) {
            if (!field->lineEdit()->hasFocus() && !field->hasError())
                field->setValue(v);
        }
    }
    m_loading = false;
}

} // namespace td::ui
