#include "widgets/episodeform.h"
#include "domain/inputlimits.h"

#include "models/labels.h"
#include "widgets/facemap.h"
#include "widgets/numberfield.h"
#include "widgets/readability.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace td::ui {
namespace {

struct DurationPreset {
    const char *label;
    int seconds; // -1: not timed
};
constexpr DurationPreset kDurations[] = {
    {QT_TRANSLATE_NOOP("td::ui::EpisodeForm", "Not timed"), -1},
    {QT_TRANSLATE_NOOP("td::ui::EpisodeForm", "Seconds"), 5},
    {QT_TRANSLATE_NOOP("td::ui::EpisodeForm", "~30 s"), 30},
    {QT_TRANSLATE_NOOP("td::ui::EpisodeForm", "~1 min"), 60},
    {QT_TRANSLATE_NOOP("td::ui::EpisodeForm", "~5 min"), 300},
};

} // namespace

EpisodeForm::EpisodeForm(QWidget *parent)
    : QWidget(parent), m_faceMap(new FaceMap(this)), m_bodyZones(new QButtonGroup(this)),
      m_bodySide(new QComboBox(this)), m_bothSides(new QCheckBox(tr("Both sides of the face"), this)),
      m_siteLabel(new QLabel(this)), m_intensity(new QButtonGroup(this)), m_duration(new QButtonGroup(this)),
      m_exactDuration(new NumberField(tr("Duration"), tr("s"), limits::kDurationS.min, limits::kDurationS.max, 0,
                                      this)),
      m_log(new QPushButton(tr("&Log episode"), this)), m_logBar(new QWidget(this)), m_carried(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *where = new QGroupBox(tr("Where does it twitch?"), this);
    auto *whereLayout = new QHBoxLayout(where);
    whereLayout->addWidget(m_faceMap, 3);
    auto *body = new QVBoxLayout;
    body->addWidget(new QLabel(tr("Elsewhere:"), where));
    const Zone bodyZones[] = {Zone::Arm, Zone::Hand, Zone::Leg, Zone::Foot, Zone::Torso, Zone::Other};
    for (Zone z : bodyZones) {
        auto *b = new QToolButton(where);
        b->setText(FaceMap::siteName(z, Side::Centre));
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->setAccessibleName(tr("Elsewhere: %1").arg(FaceMap::siteName(z, Side::Centre)));
        b->setAccessibleDescription(tr("Selects this part of the body; the side comes from the list below."));
        showCheckedInHighlight(b);
        m_bodyZones->addButton(b, int(z));
        body->addWidget(b);
    }
    m_bodyZones->setExclusive(false);
    m_bodySide->setAccessibleName(tr("Side of the body"));
    m_bodySide->addItem(tr("Left side"), int(Side::Left));
    m_bodySide->addItem(tr("Right side"), int(Side::Right));
    m_bodySide->addItem(tr("Both sides"), int(Side::Both));
    m_bodySide->addItem(tr("Middle / unsure"), int(Side::Centre));
    body->addWidget(m_bodySide);
    body->addSpacing(8);
    body->addWidget(m_bothSides);
    body->addStretch();
    whereLayout->addLayout(body, 1);
    layout->addWidget(where, 1);

    QFont bold = m_siteLabel->font();
    bold.setBold(true);
    m_siteLabel->setFont(bold);
    m_siteLabel->setObjectName(QStringLiteral("siteLabel"));
    layout->addWidget(m_siteLabel);

    auto *details = new QGridLayout;
    details->addWidget(new QLabel(tr("Strength:"), this), 0, 0);
    auto *scale = new QHBoxLayout;
    scale->setSpacing(2);
    for (int i = limits::kIntensity.min; i <= limits::kIntensity.max; ++i) {
        auto *b = new QToolButton(this);
        b->setText(QString::number(i));
        b->setCheckable(true);
        b->setAccessibleName(tr("Strength %1 of %2").arg(i).arg(limits::kIntensity.max));
        b->setAccessibleDescription(tr("1 is barely noticeable, 10 the strongest."));
        b->setMinimumWidth(30);
        showCheckedInHighlight(b);
        m_intensity->addButton(b, i);
        scale->addWidget(b);
    }
    scale->addStretch();
    details->addLayout(scale, 0, 1);
    // Hints on a line of their own under the buttons: the column stays narrow enough for
    // 1024 × 640 in German.
    details->addWidget(new QLabel(tr("1 barely · 10 strongest"), this), 1, 1);

    details->addWidget(new QLabel(tr("How long:"), this), 2, 0);
    auto *durations = new QHBoxLayout;
    durations->setSpacing(2);
    // Button ids index kDurations (QButtonGroup treats id -1 as "assign one for me").
    for (int i = 0; i < int(std::size(kDurations)); ++i) {
        auto *b = new QToolButton(this);
        b->setText(tr(kDurations[i].label));
        b->setCheckable(true);
        b->setAccessibleName(tr("Lasted: %1").arg(tr(kDurations[i].label)));
        showCheckedInHighlight(b);
        m_duration->addButton(b, i);
        durations->addWidget(b);
    }
    durations->addStretch();
    details->addLayout(durations, 2, 1);
    auto *exact = new QHBoxLayout;
    exact->addWidget(new QLabel(tr("or"), this));
    m_exactDuration->setPlaceholderText(tr("exact"));
    exact->addWidget(m_exactDuration, 1);
    details->addLayout(exact, 3, 1);
    layout->addLayout(details);
    m_carried->setObjectName(QStringLiteral("carriedOverNote"));
    m_carried->setWordWrap(true);
    m_carried->hide();
    layout->addWidget(m_carried);

    auto *symptoms = new QGroupBox(tr("Anything else with it? (worth telling a doctor)"), this);
    auto *symptomGrid = new QGridLayout(symptoms);
    for (int i = 0; i < kSymptomCount; ++i) {
        auto *c = new QCheckBox(symptomName(Symptom(i)), symptoms);
        c->setObjectName(symptomId(Symptom(i)));
        m_symptoms.append(c);
        symptomGrid->addWidget(c, i / 2, i % 2);
    }
    layout->addWidget(symptoms);

    m_log->setDefault(true);
    m_log->setMinimumHeight(40);
    QFont big = m_log->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_log->setFont(big);
    m_log->setToolTip(tr("Saves the episode now (Ctrl+Return)"));
    m_log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_logRow = new QHBoxLayout(m_logBar);
    m_logRow->setContentsMargins(0, 0, 0, 0);
    m_logRow->addWidget(m_log, 1);
    layout->addWidget(m_logBar);

    m_intensity->button(4)->setChecked(true);
    m_duration->button(0)->setChecked(true);

    connect(m_faceMap, &FaceMap::siteClicked, this, &EpisodeForm::chooseSite);
    // A changed place, strength or duration is no longer "carried over".
    connect(m_faceMap, &FaceMap::siteClicked, m_carried, &QWidget::hide);
    connect(m_bodyZones, &QButtonGroup::idClicked, m_carried, &QWidget::hide);
    connect(m_intensity, &QButtonGroup::idClicked, m_carried, &QWidget::hide);
    connect(m_duration, &QButtonGroup::idClicked, m_carried, &QWidget::hide);
    connect(m_bodyZones, &QButtonGroup::idClicked, this,
            [this](int id) { chooseSite(Zone(id), Side(m_bodySide->currentData().toInt())); });
    connect(m_bothSides, &QCheckBox::toggled, this, &EpisodeForm::updateSiteLabel);
    connect(m_duration, &QButtonGroup::idClicked, this, [this] { m_exactDuration->clear(); });
    connect(m_exactDuration, &NumberField::committed, this, [this](std::optional<double> v) {
        if (!v)
            return;
        // An exact value replaces the preset; an exclusive group needs a detour to uncheck.
        m_duration->setExclusive(false);
        if (QAbstractButton *b = m_duration->checkedButton())
            b->setChecked(false);
        m_duration->setExclusive(true);
    });
    connect(m_bodySide, &QComboBox::activated, this, [this] {
        if (m_zone && !isFaceZone(*m_zone) && *m_zone != Zone::Neck)
            chooseSite(*m_zone, Side(m_bodySide->currentData().toInt()));
    });
    connect(m_log, &QPushButton::clicked, this, [this] {
        if (auto e = episode())
            Q_EMIT logRequested(*e);
    });
    updateSiteLabel();
}

void EpisodeForm::addBesideLogButton(QWidget *widget) { m_logRow->addWidget(widget); }

void EpisodeForm::noteCarriedOver(const QString &text)
{
    m_carried->setText(text);
    m_carried->setVisible(!text.isEmpty());
}

void EpisodeForm::chooseSite(Zone zone, Side side)
{
    m_zone = zone;
    m_side = side;
    for (QAbstractButton *b : m_bodyZones->buttons())
        b->setChecked(m_bodyZones->id(b) == int(zone));
    if (isFaceZone(zone) || zone == Zone::Neck) {
        if (!m_faceMap->select(zone, side))
            m_faceMap->clearSelection();
    } else {
        m_faceMap->clearSelection();
    }
    updateSiteLabel();
}

void EpisodeForm::setSite(Zone zone, Side side)
{
    if (!isFaceZone(zone) && zone != Zone::Neck) {
        m_bodySide->setCurrentIndex(m_bodySide->findData(int(side)));
        chooseSite(zone, side);
        return;
    }
    m_bothSides->setChecked(side == Side::Both);
    chooseSite(zone, side == Side::Both ? Side::Left : side);
}

void EpisodeForm::setIntensity(int intensity)
{
    if (auto *b = m_intensity->button(intensity))
        b->setChecked(true);
}

Side EpisodeForm::effectiveSide() const
{
    const bool faceSide = m_zone && isFaceZone(*m_zone) && m_side != Side::Centre;
    return faceSide && m_bothSides->isChecked() ? Side::Both : m_side;
}

void EpisodeForm::updateSiteLabel()
{
    if (!m_zone) {
        m_siteLabel->setText(tr("Click the face where it twitches."));
        m_log->setEnabled(false);
        return;
    }
    m_siteLabel->setText(tr("Selected: %1").arg(FaceMap::siteName(*m_zone, effectiveSide())));
    m_log->setEnabled(true);
}

std::optional<Episode> EpisodeForm::episode() const
{
    if (!m_zone || m_exactDuration->hasError())
        return std::nullopt;
    Episode e;
    e.zone = *m_zone;
    e.side = effectiveSide();
    e.intensity = std::max(limits::kIntensity.min, m_intensity->checkedId());
    if (const auto exact = m_exactDuration->value())
        e.durationS = int(*exact);
    else if (const int preset = m_duration->checkedId(); preset >= 0 && kDurations[preset].seconds >= 0)
        e.durationS = kDurations[preset].seconds;
    for (int i = 0; i < m_symptoms.size(); ++i) {
        if (m_symptoms[i]->isChecked())
            e.symptoms.append(Symptom(i));
    }
    return e;
}

void EpisodeForm::resetAfterLog()
{
    for (QCheckBox *c : std::as_const(m_symptoms))
        c->setChecked(false);
    m_exactDuration->clear();
    if (!m_duration->checkedButton())
        m_duration->button(0)->setChecked(true);
}

} // namespace td::ui
