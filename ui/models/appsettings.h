// The user's preferences (QSettings): day boundary, evening reminder, caffeine unit,
// paper size and where the diary lives. Qt Core only. Every setter validates, stores at
// once and emits changed(); values read from a hand-edited or damaged settings file are
// clamped to what the program accepts, never trusted.
#pragma once

#include <QObject>
#include <QTime>

class QSettings;

namespace td::ui {

class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class CaffeineUnit { Milligrams, Cups };
    enum class Paper { FromLocale, A4, Letter };

    static constexpr int kMaxDayBoundaryHour = 6;  // 00:00–06:00: "the night belongs to yesterday"
    static constexpr double kDefaultMgPerCup = 95; // a mug of brewed coffee

    // The user's settings (userSettingsPath(), shared with twitchdiary-cli, which reads the
    // diary's place from it; tests run in QStandardPaths test mode and never see them).
    explicit AppSettings(QObject *parent = nullptr);
    // Settings kept in the INI file `path` (tests).
    explicit AppSettings(const QString &path, QObject *parent = nullptr);
    ~AppSettings() override;

    int dayBoundaryHour() const;
    void setDayBoundaryHour(int hour);

    bool remindersEnabled() const;
    void setRemindersEnabled(bool on);
    QTime reminderTime() const;
    void setReminderTime(const QTime &time);

    CaffeineUnit caffeineUnit() const;
    void setCaffeineUnit(CaffeineUnit unit);
    double mgPerCup() const;
    void setMgPerCup(double mg);
    // "126 mg" or "1.3 cups", as the user chose.
    QString formatCaffeine(double mg) const;

    Paper paper() const;
    void setPaper(Paper paper);

    // The diary file; empty means the default place (defaultDiaryPath()).
    QString diaryPath() const;
    void setDiaryPath(const QString &path);
    QString effectiveDiaryPath() const;

    // The first-run welcome was dismissed.
    bool welcomeDismissed() const;
    void setWelcomeDismissed(bool dismissed);

    // Forgets every setting (tests).
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store(const QString &key, const QVariant &value);

    QSettings *m_settings;
};

} // namespace td::ui
