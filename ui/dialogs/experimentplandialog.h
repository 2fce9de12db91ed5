// New experiment…: the change (common ones ready-made), the design, and a preview of how
// often the plan would detect an effect on the user's own diary, before anything is
// stored (docs/experiments.md "Before the start"). The preview runs on a worker thread.
#pragma once

#include <memory>

#include "experiments/experiment.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QWidget;

namespace td::ui {

class DiarySession;

class ExperimentPlanDialog : public QDialog
{
    Q_OBJECT
public:
    // The ready-made changes, in the order of the "What to change" list.
    enum class Preset { Caffeine, NoAlcohol, Sleep, Magnesium, AvoidFood, Custom };

    explicit ExperimentPlanDialog(DiarySession &session, QWidget *parent = nullptr);
    ~ExperimentPlanDialog() override;

    void setPreset(Preset preset);
    // Pre-fills the change (Insights' "Test this"): a factor id and a condition.
    void setChange(const QString &factor, experiments::Op op, double value);
    void setTitle(const QString &title);
    void setDesign(experiments::Design design);
    void setStart(const QDate &start);

    // The plan as entered, without a schedule (the caller draws it once and stores it).
    experiments::Plan plan() const;
    // Why the plan cannot be started, in words (empty when it can).
    QString problem() const;

    // For tests and screenshots.
    QLabel *previewLabel() const { return m_preview; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QSpinBox *pairsBox() const { return m_pairs; }
    QSpinBox *periodBox() const { return m_period; }
    QSpinBox *washoutBox() const { return m_washout; }
    QComboBox *equivalenceBox() const { return m_equivalence; }
    QLineEdit *noteEdit() const { return m_note; }
    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *foodEdit() const { return m_food; }
    bool isPreviewBusy() const;
    // Runs the preview now and waits for it (tests, screenshots).
    void waitForPreview();

    void accept() override;

private:
    void presetChanged();
    void refreshPlan();
    void startPreview();
    void showPreview(const experiments::Preview &p);

    DiarySession &m_session;
    QComboBox *m_preset;
    QDoubleSpinBox *m_value;
    QLineEdit *m_food;
    QComboBox *m_custom;
    QComboBox *m_customOp;
    QLabel *m_hint;
    QLineEdit *m_title;
    QLineEdit *m_note;
    bool m_titleEdited = false;
    QComboBox *m_design;
    QWidget *m_pairedBox;
    QWidget *m_beforeAfterBox;
    QSpinBox *m_pairs;
    QSpinBox *m_period;
    QSpinBox *m_washout;
    QComboBox *m_equivalence;
    QSpinBox *m_beforeDays;
    QSpinBox *m_changeDays;
    QDateEdit *m_start;
    QLabel *m_summary;
    QLabel *m_preview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QTimer *m_previewTimer;
    QFutureWatcher<experiments::Preview> m_watcher;
    int m_generation = 0; // the latest preview asked for
    int m_watchedGeneration = 0;
    // A preview was started and its result not yet handled (the watcher's finished()
    // arrives as an event after the future itself is done).
    bool m_previewPending = false;
    std::shared_ptr<QString> m_previewReadError; // the preview's read of the diary failed: why
    // A plan pre-filled for a factor no ready-made change covers.
    QString m_otherFactor;
    experiments::Op m_otherOp = experiments::Op::AtMost;
};

} // namespace td::ui
