// "Where, how strong, how long, anything worrying" and Log episode: two clicks, no typing.
#pragma once

#include "domain/domain.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace td::ui {

class FaceMap;
class NumberField;

class EpisodeForm : public QWidget
{
    Q_OBJECT
public:
    explicit EpisodeForm(QWidget *parent = nullptr);

    // Preselects a site (the last one used) and an intensity.
    void setSite(Zone zone, Side side);
    void setIntensity(int intensity);
    bool hasSite() const { return m_zone.has_value(); }
    // The episode as entered (without time); nullopt when no site is chosen or a field
    // holds an invalid value.
    std::optional<Episode> episode() const;
    // After logging: symptoms and an exact duration are per-episode, so they reset.
    void resetAfterLog();

    // Puts a widget (the time field) on the row of the Log button.
    void addBesideLogButton(QWidget *widget);
    // The row of the Log button: the page keeps it in view below the scrolling form.
    QWidget *logBar() const { return m_logBar; }
    // Says that place, strength (and duration) were carried over from the last episode;
    // the note goes as soon as one of them is changed.
    void noteCarriedOver(const QString &text);
    QLabel *carriedOverLabel() const { return m_carried; }

    FaceMap *faceMap() const { return m_faceMap; }
    QPushButton *logButton() const { return m_log; }

Q_SIGNALS:
    void logRequested(const td::Episode &episode);

private:
    void chooseSite(Zone zone, Side side);
    void updateSiteLabel();
    Side effectiveSide() const;

    FaceMap *m_faceMap;
    QButtonGroup *m_bodyZones;
    QComboBox *m_bodySide;
    QCheckBox *m_bothSides;
    QLabel *m_siteLabel;
    QButtonGroup *m_intensity;
    QButtonGroup *m_duration;
    NumberField *m_exactDuration;
    QList<QCheckBox *> m_symptoms;
    QPushButton *m_log;
    QHBoxLayout *m_logRow;
    QWidget *m_logBar;
    QLabel *m_carried;
    std::optional<Zone> m_zone;
    Side m_side = Side::Left;
};

} // namespace td::ui
