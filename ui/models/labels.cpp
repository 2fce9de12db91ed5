#include "models/labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace td::ui {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("td::ui", text); }
QString number(double v) { return QLocale().toString(v, 'g', 6); }
} // namespace

QString zoneName(Zone zone)
{
    switch (zone) {
    case Zone::UpperEyelid: return tr("Upper eyelid");
    case Zone::LowerEyelid: return tr("Lower eyelid");
    case Zone::BrowForehead: return tr("Eyebrow / forehead");
    case Zone::Cheek: return tr("Cheek");
    case Zone::Nose: return tr("Nose");
    case Zone::UpperLip: return tr("Upper lip");
    case Zone::LowerLip: return tr("Lower lip");
    case Zone::MouthCorner: return tr("Mouth corner");
    case Zone::Chin: return tr("Chin");
    case Zone::Jaw: return tr("Jaw");
    case Zone::Neck: return tr("Neck");
    case Zone::Arm: return tr("Arm");
    case Zone::Hand: return tr("Hand");
    case Zone::Leg: return tr("Leg");
    case Zone::Foot: return tr("Foot");
    case Zone::Torso: return tr("Torso");
    case Zone::Other: return tr("Elsewhere");
    }
    return {};
}

QString siteName(Zone zone, Side side)
{
    const QString z = zoneName(zone);
    switch (side) {
    case Side::Left: return tr("%1, left").arg(z);
    case Side::Right: return tr("%1, right").arg(z);
    case Side::Both: return tr("%1, both sides").arg(z);
    case Side::Centre: return z;
    }
    return z;
}

QString symptomName(Symptom s)
{
    switch (s) {
    case Symptom::Weakness: return tr("Weakness");
    case Symptom::Drooping: return tr("Drooping");
    case Symptom::Numbness: return tr("Numbness");
    case Symptom::Pain: return tr("Pain");
    case Symptom::SpeechDifficulty: return tr("Trouble speaking");
    case Symptom::SwallowingDifficulty: return tr("Trouble swallowing");
    case Symptom::TriggeredByMovement: return tr("Set off by chewing or a movement");
    case Symptom::InterferesWithDailyLife: return tr("Gets in the way of daily life");
    }
    return {};
}

QString drinkName(const QString &stored)
{
    // The names resources/migrations/0001_initial.sql gives the starting drinks.
    static constexpr const char *kStartingDrinks[] = {
        QT_TRANSLATE_NOOP("td::ui", "espresso"),  QT_TRANSLATE_NOOP("td::ui", "coffee cup"),
        QT_TRANSLATE_NOOP("td::ui", "black tea"), QT_TRANSLATE_NOOP("td::ui", "green tea"),
        QT_TRANSLATE_NOOP("td::ui", "cola"),      QT_TRANSLATE_NOOP("td::ui", "energy drink")};
    for (const char *drink : kStartingDrinks)
        if (stored == QLatin1String(drink))
            return tr(drink);
    return stored;
}

QString intakeDescription(const Intake &i)
{
    const double a = i.amount.value_or(0);
    switch (i.kind) {
    case IntakeKind::Caffeine:
        return i.name.isEmpty() ? tr("Caffeine, %1 mg").arg(number(a))
                                : tr("Caffeine: %1, %2 mg").arg(drinkName(i.name), number(a));
    case IntakeKind::Alcohol: return tr("Alcohol, %1 unit(s)").arg(number(a));
    case IntakeKind::Water: return tr("Water, %1 l").arg(number(a));
    case IntakeKind::Food: return tr("Food: %1").arg(i.name);
    case IntakeKind::Supplement:
        return i.amount ? tr("Supplement: %1, %2 mg").arg(i.name, number(a)) : tr("Supplement: %1").arg(i.name);
    }
    return {};
}

} // namespace td::ui
