#include "dialogs/episodedialog.h"

#include "domain/clock.h"
#include "domain/inputlimits.h"
#include "models/labels.h"
#include "widgets/numberfield.h"
#include "widgets/readability.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace td::ui {

EpisodeDialog::EpisodeDialog(const Episode &episode, QWidget *parent)
    : QDialog(parent), m_original(episode), m_zone(new QComboBox(this)), m_side(new QComboBox(this)),
      m_strength(new QSpinBox(this)),
      m_duration(new NumberField(tr("Duration"), tr("s"), limits::kDurationS.min, limits::kDurationS.max, 0, this)),
      m_note(new QLineEdit(this)), m_time(new QDateTimeEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Edit twitch"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (int z = 0; z < kZoneCount; ++z)
        m_zone->addItem(zoneName(Zone(z)), z);
    m_zone->setCurrentIndex(m_zone->findData(int(episode.zone)));
    m_zone->setAccessibleName(tr("Where"));
    form->addRow(tr("&Where:"), m_zone);
    m_side->addItem(tr("Left"), int(Side::Left));
    m_side->addItem(tr("Right"), int(Side::Right));
    m_side->addItem(tr("Both sides"), int(Side::Both));
    m_side->addItem(tr("Centre"), int(Side::Centre));
    m_side->setCurrentIndex(m_side->findData(int(episode.side)));
    m_side->setAccessibleName(tr("Side"));
    form->addRow(tr("&Side:"), m_side);
    m_strength->setRange(limits::kIntensity.min, limits::kIntensity.max);
    m_strength->setValue(episode.intensity);
    m_strength->setAccessibleName(tr("Strength, 1 to 10"));
    form->addRow(tr("S&trength (1–10):"), m_strength);
    m_duration->setValue(episode.durationS ? std::optional<double>(*episode.durationS) : std::nullopt);
    m_duration->setPlaceholderText(tr("not timed"));
    form->addRow(tr("&Duration:"), m_duration);
    auto *symptoms = new QGridLayout;
    for (int s = 0; s < kSymptomCount; ++s) {
        auto *box = new QCheckBox(symptomName(Symptom(s)), this);
        box->setChecked(episode.symptoms.contains(Symptom(s)));
        m_symptoms.append(box);
        symptoms->addWidget(box, s / 2, s % 2);
    }
    form->addRow(tr("Symptoms:"), symptoms);
    m_note->setText(episode.note);
    m_note->setAccessibleName(tr("Note"));
    form->addRow(tr("&Note:"), m_note);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    // The dates a diary may hold (inputlimits.h); an older entry keeps its own date.
    m_time->setDateRange(std::min(td::limits::earliestDate(), episode.at.date()),
                         std::max(td::limits::latestDate(), episode.at.date()));
    m_time->setDateTime(QDateTime(episode.at.date(), episode.at.time()));
    m_time->setAccessibleName(tr("Time of the episode"));
    form->addRow(tr("T&ime:"), m_time);
    layout->addLayout(form);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(UiColours::forPalette(palette()).errorText.name()));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EpisodeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EpisodeDialog::reject);
    layout->addWidget(buttons);
}

Episode EpisodeDialog::episode() const
{
    Episode e = m_original;
    e.zone = Zone(m_zone->currentData().toInt());
    e.side = Side(m_side->currentData().toInt());
    e.intensity = m_strength->value();
    const auto d = m_duration->value();
    e.durationS = d ? std::optional<int>(int(*d)) : std::nullopt;
    e.symptoms.clear();
    for (int s = 0; s < kSymptomCount; ++s) {
        if (m_symptoms[s]->isChecked())
            e.symptoms.append(Symptom(s));
    }
    e.note = m_note->text().trimmed();
    // The time keeps the episode's own UTC offset unless the date moved to another one.
    const QDateTime local = m_time->dateTime();
    const int offset = local.date() == m_original.at.date() ? m_original.at.offsetFromUtc()
                                                            : QDateTime(local.date(), local.time()).offsetFromUtc();
    e.at = QDateTime(local.date(), QTime(local.time().hour(), local.time().minute(), m_original.at.time().second()),
                     Qt::OffsetFromUTC, offset);
    return e;
}

QString EpisodeDialog::validate()
{
    QString error;
    if (m_duration->hasError())
        error = m_duration->errorText();
    else if (episode().at > Clock::now().addSecs(60))
        error = tr("The time is later than now. Choose a time that has passed.");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    return error;
}

void EpisodeDialog::accept()
{
    if (validate().isEmpty())
        QDialog::accept();
}

} // namespace td::ui
