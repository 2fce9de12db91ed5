#include "models/appsettings.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace td::ui {

namespace {
const QString kDayBoundary = QStringLiteral("diary/dayBoundaryHour");
const QString kDiaryPath = QLatin1String(kDiaryPathSetting); // read by defaultDiaryPath() too
const QString kRemindersOn = QStringLiteral("reminder/enabled");
const QString kReminderTime = QStringLiteral("reminder/time");
const QString kCaffeineUnit = QStringLiteral("display/caffeineUnit");
const QString kMgPerCup = QStringLiteral("display/mgPerCup");
const QString kPaper = QStringLiteral("report/paper");
const QTime kDefaultReminder(21, 0);
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent), m_settings(new QSettings(userSettingsPath(), QSettings::IniFormat, this))
{}

AppSettings::AppSettings(const QString &path, QObject *parent)
    : QObject(parent), m_settings(new QSettings(path, QSettings::IniFormat, this))
{}

AppSettings::~AppSettings() = default;

void AppSettings::store(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    m_settings->sync();
    Q_EMIT changed();
}

int AppSettings::dayBoundaryHour() const
{
    bool ok = false;
    const int h = m_settings->value(kDayBoundary, 4).toInt(&ok);
    return ok ? std::clamp(h, 0, kMaxDayBoundaryHour) : 4;
}

void AppSettings::setDayBoundaryHour(int hour) { store(kDayBoundary, std::clamp(hour, 0, kMaxDayBoundaryHour)); }

bool AppSettings::remindersEnabled() const { return m_settings->value(kRemindersOn, true).toBool(); }
void AppSettings::setRemindersEnabled(bool on) { store(kRemindersOn, on); }

QTime AppSettings::reminderTime() const
{
    const QTime t = QTime::fromString(m_settings->value(kReminderTime).toString(), QStringLiteral("HH:mm"));
    return t.isValid() ? t : kDefaultReminder;
}

void AppSettings::setReminderTime(const QTime &time)
{
    if (time.isValid())
        store(kReminderTime, time.toString(QStringLiteral("HH:mm")));
}

AppSettings::CaffeineUnit AppSettings::caffeineUnit() const
{
    return m_settings->value(kCaffeineUnit).toString() == u"cups" ? CaffeineUnit::Cups : CaffeineUnit::Milligrams;
}

void AppSettings::setCaffeineUnit(CaffeineUnit unit)
{
    store(kCaffeineUnit, unit == CaffeineUnit::Cups ? QStringLiteral("cups") : QStringLiteral("mg"));
}

double AppSettings::mgPerCup() const
{
    bool ok = false;
    const double v = m_settings->value(kMgPerCup, kDefaultMgPerCup).toDouble(&ok);
    return ok && std::isfinite(v) && v >= 1 && v <= 1000 ? v : kDefaultMgPerCup;
}

void AppSettings::setMgPerCup(double mg)
{
    if (std::isfinite(mg) && mg >= 1 && mg <= 1000)
        store(kMgPerCup, mg);
}

QString AppSettings::formatCaffeine(double mg) const
{
    const QLocale locale;
    if (caffeineUnit() == CaffeineUnit::Cups) {
        const QString cups = locale.toString(mg / mgPerCup(), 'f', 1);
        return cups == locale.toString(1.0, 'f', 1) ? tr("1 cup") : tr("%1 cups").arg(cups);
    }
    return tr("%1 mg").arg(locale.toString(mg, 'f', std::abs(mg - std::round(mg)) < 1e-9 ? 0 : 1));
}

AppSettings::Paper AppSettings::paper() const
{
    const QString v = m_settings->value(kPaper).toString();
    return v == u"A4" ? Paper::A4 : v == u"Letter" ? Paper::Letter : Paper::FromLocale;
}

void AppSettings::setPaper(Paper paper)
{
    store(kPaper, paper == Paper::A4       ? QStringLiteral("A4")
                  : paper == Paper::Letter ? QStringLiteral("Letter")
                                           : QStringLiteral("locale"));
}

QString AppSettings::diaryPath() const { return m_settings->value(kDiaryPath).toString(); }
void AppSettings::setDiaryPath(const QString &path) { store(kDiaryPath, path); }
QString AppSettings::effectiveDiaryPath() const
{
    const QString p = diaryPath();
    return p.isEmpty() ? defaultDiaryPath() : p;
}

bool AppSettings::welcomeDismissed() const
{
    return m_settings->value(QStringLiteral("firstRun/welcomeDismissed")).toBool();
}
void AppSettings::setWelcomeDismissed(bool dismissed) { store(QStringLiteral("firstRun/welcomeDismissed"), dismissed); }

void AppSettings::clear()
{
    m_settings->clear();
    m_settings->sync();
    Q_EMIT changed();
}

} // namespace td::ui
