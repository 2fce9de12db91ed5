// Report: choose the period and sections, preview the pages, export the doctor PDF.
#pragma once

#include "models/timings.h"

#include "report/reportdata.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace td::ui {

class DiaryEditor;
class DiarySession;

class ReportPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportPage(DiaryEditor &editor, QWidget *parent = nullptr);

    report::Options options() const;
    void setRange(const QDate &from, const QDate &to);
    // The paper chosen in Settings (the page's own choice can still differ per export).
    void setPaper(report::Paper paper);
    // Rebuilds the report data in the background and then the preview.
    void refresh();
    bool waitForPreview(int timeoutMs = timing::kBackgroundResultWaitMs);
    int previewPageCount() const { return m_pageCount; }
    // Writes the PDF without asking (the Export button asks for the file first).
    bool exportTo(const QString &path, QString *error);
    QPushButton *exportButton() const { return m_export; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QVBoxLayout *buildSettingsColumn();
    QGroupBox *buildPeriodBox();
    QGroupBox *buildSectionsBox();
    QGroupBox *buildPersonBox();
    QGroupBox *buildNotesBox();
    QScrollArea *buildPreview();
    void connectUpdates();
    void showLastMonths(int months);
    // refresh() now when the page is shown, else on its next showEvent().
    void refreshWhenShown();
    void showPreview();
    void exportWithDialog();

    DiaryEditor &m_editor; // saves the notes (undoable)
    DiarySession &m_session;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_paper;
    QCheckBox *m_charts;
    QCheckBox *m_log;
    QCheckBox *m_includeNotes;
    QLineEdit *m_name;
    QDateEdit *m_birth;
    QCheckBox *m_hasBirth;
    QPlainTextEdit *m_notes;
    QPushButton *m_export;
    QLabel *m_status;
    QVBoxLayout *m_pages;
    QTimer *m_refreshTimer;
    QTimer *m_saveNotesTimer;
    std::unique_ptr<report::ReportData> m_data;
    QFutureWatcher<report::ReportData> *m_watcher = nullptr;
    int m_generation = 0;
    int m_pageCount = 0;
    static constexpr int kPreviewPages = 8; // pages shown as images; the PDF has them all
    bool m_dirty = true;
    bool m_showingStoredNotes = false; // the notes shown after an undo or redo: no new save
};

} // namespace td::ui
