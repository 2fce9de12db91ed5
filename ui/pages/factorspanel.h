// The day's factors as quick controls: caffeine presets, sleep, stress, alcohol, water,
// foods, supplements, and "Day complete". Every control saves the moment it is used.
#pragma once

#include "models/diarysession.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QFormLayout;
class QGroupBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QToolButton;
class QHBoxLayout;

namespace td::ui {

class AppSettings;
class DiaryEditor;
class NumberField;

class FactorsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FactorsPanel(DiaryEditor &editor, QWidget *parent = nullptr);

    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    void reload();
    // Caffeine shown in mg or cups as these settings say (none: mg).
    void setSettings(AppSettings *settings);

    // For tests and keyboard users.
    QList<QToolButton *> caffeineButtons() const { return m_caffeineButtons; }
    NumberField *sleepHoursField() const { return m_sleepHours; }
    QSlider *stressSlider() const { return m_stress; }
    QPushButton *dayCompleteButton() const { return m_dayComplete; }
    QLineEdit *foodEdit() const { return m_foodEdit; }

Q_SIGNALS:
    // A write failed: the message says what and why; the control keeps what was typed.
    void writeFailed(const QString &message);
    void saved(const QString &message);

private:
    void addIntake(IntakeKind kind, const QString &name, std::optional<double> amount);
    void removeLast(IntakeKind kind);
    void saveSleep();
    void addFood();
    void rebuildFoodChips(const DayEntries &day);
    void rebuildCustomRows();
    void rebuildCaffeinePresets();
    // The constructor's steps, one per group box or row.
    QGroupBox *buildCaffeineBox();
    QGroupBox *buildDayBox();
    void addSleepRows(QFormLayout *form, QWidget *day);
    void addStressRow(QFormLayout *form);
    void addAlcoholRow(QFormLayout *form, QWidget *day);
    void addWaterRow(QFormLayout *form, QWidget *day);
    QGroupBox *buildFoodBox();
    void setUpDayComplete();
    QString caffeineText(double mg) const;

    DiaryEditor &m_editor; // every write goes through it (undoable)
    DiarySession &m_session;
    QDate m_date;
    AppSettings *m_settings = nullptr;
    QGridLayout *m_presets = nullptr;
    QList<QToolButton *> m_caffeineButtons;
    QLabel *m_caffeineTotal;
    NumberField *m_caffeineOther;
    NumberField *m_sleepHours;
    QButtonGroup *m_sleepQuality;
    QSlider *m_stress;
    QLabel *m_stressValue;
    QLabel *m_alcoholTotal;
    QLabel *m_waterTotal;
    QLineEdit *m_foodEdit;
    QWidget *m_foodChips;
    QHBoxLayout *m_foodChipsLayout;
    NumberField *m_magnesium;
    NumberField *m_potassium;
    QLabel *m_supplementsTotal;
    QPushButton *m_dayComplete;
    QGroupBox *m_custom;                      // the user's own factors, a row each
    QHash<QString, QWidget *> m_customFields; // factor name -> QCheckBox or NumberField
    bool m_loading = false;
};

} // namespace td::ui
