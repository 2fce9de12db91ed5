// Edit one stored episode in place: site, strength, duration, symptoms, note and time.
#pragma once

#include "domain/domain.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace td::ui {

class NumberField;

class EpisodeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EpisodeDialog(const Episode &episode, QWidget *parent = nullptr);

    // The episode as edited (same id); only meaningful after accept().
    Episode episode() const;
    // Empty when the fields are valid, else what is wrong (also shown in the dialog).
    QString validate();

    QComboBox *zoneBox() const { return m_zone; }
    QComboBox *sideBox() const { return m_side; }
    QSpinBox *strengthBox() const { return m_strength; }
    NumberField *durationField() const { return m_duration; }
    QLineEdit *noteEdit() const { return m_note; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    QList<QCheckBox *> symptomBoxes() const { return m_symptoms; }

    void accept() override;

private:
    Episode m_original;
    QComboBox *m_zone;
    QComboBox *m_side;
    QSpinBox *m_strength;
    NumberField *m_duration;
    QList<QCheckBox *> m_symptoms;
    QLineEdit *m_note;
    QDateTimeEdit *m_time;
    QLabel *m_error;
};

} // namespace td::ui
