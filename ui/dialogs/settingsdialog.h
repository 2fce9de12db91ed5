// Edit > Settings: when a day ends, the evening reminder, caffeine in mg or cups, the
// report's paper size and where the diary file lives. Applied when the user presses OK.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace td::ui {

class AppSettings;
class DiaryEditor;
class DiarySession;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // trayAvailable: whether reminders can appear as notifications (else in the window).
    SettingsDialog(AppSettings &settings, DiaryEditor &editor, bool trayAvailable, QWidget *parent = nullptr);

    QSpinBox *dayBoundary() const { return m_dayBoundary; }
    QCheckBox *remindersOn() const { return m_remindersOn; }
    QTimeEdit *reminderTime() const { return m_reminderTime; }
    QRadioButton *cupsButton() const { return m_cups; }
    QComboBox *paper() const { return m_paper; }

    // Writes the dialog's values to the settings (what OK does).
    void apply();
    // Moves the diary to `path` after the user chose it; false (with a message box
    // unless quiet) when it stayed where it was.
    bool moveDiary(const QString &path, bool quiet = false);

private:
    void chooseNewLocation();
    void updatePathLabel();

    AppSettings &m_settings;
    DiaryEditor &m_editor; // moves the diary
    DiarySession &m_session;
    QSpinBox *m_dayBoundary;
    QCheckBox *m_remindersOn;
    QTimeEdit *m_reminderTime;
    QRadioButton *m_mg;
    QRadioButton *m_cups;
    QDoubleSpinBox *m_mgPerCup;
    QComboBox *m_paper;
    QLabel *m_path;
};

} // namespace td::ui
