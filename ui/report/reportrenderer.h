// The doctor summary as pages: page 1 the one-minute summary, then the charts (vector,
// never split across pages), then the chronological log and the notes. The same pages
// go to a PDF file and to the on-screen preview.
#pragma once

#include <QCoreApplication>

#include "report/reportdata.h"

#include <QImage>
#include <QPageLayout>

#include <memory>

class QPaintDevice;
class QPainter;
class QTextDocument;

namespace td::ui {

class ReportRenderer
{
    // Member functions translate under this class's context, as lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(td::ui::ReportRenderer)

public:
    explicit ReportRenderer(const report::ReportData &data);
    ~ReportRenderer();

    static QPageLayout pageLayout(report::Paper paper);

    // Lays the pages out for `device` (its resolution decides the units).
    void layout(QPaintDevice *device, const QPageLayout &page);
    int pageCount() const;
    void paintPage(QPainter &painter, int index) const;

    // Page 1 as HTML (tests read it; the PDF is checked with pdftotext as well).
    QString summaryHtml() const;

private:
    struct ChartBlock {
        enum Kind { Daily, Forest, Details, Sites } kind;
        QString title;
        qreal height; // device units
        int page;     // index among chart pages
        qreal top;
    };
    // The chronological log is painted as a table of its own: QTextDocument's tables are
    // quadratic on a year of rows. Rows never split; the header repeats on every page.
    struct LogRow {
        QStringList cells;
        bool dayRow = false; // the day's factors, shaded
        bool firstOfDay = false;
        qreal height = 0;
    };
    // A finished experiment's page (docs/experiments.md "In the doctor PDF"): the text above
    // the timeline chart and the text below it; on a second page when one does not hold both.
    struct ExperimentLayout {
        int entry = 0;                         // index into m_data.experiments
        std::unique_ptr<QTextDocument> top;    // title, result, design
        std::unique_ptr<QTextDocument> bottom; // periods, adherence, logging, balance, carry-over
        qreal chartHeight = 0;
        int firstPage = 0;  // page index
        bool split = false; // `bottom` on the next page
    };
    QString experimentsHtml() const; // page 1's lines
    QString experimentTopHtml(const report::ExperimentEntry &e) const;
    QString experimentBottomHtml(const report::ExperimentEntry &e) const;
    void paintExperimentPage(QPainter &p, int index) const;
    void paintTimeline(QPainter &p, const QRectF &area, const report::ExperimentEntry &e) const;
    int experimentPages() const { return m_experimentPageCount; }
    int experimentPageOf(int entry) const; // 1-based; 0 without a page
    void paintFooter(QPainter &p, int index) const;
    void paintChart(QPainter &p, const ChartBlock &block) const;
    void buildLog();
    void paintLogPage(QPainter &p, int logPage) const;
    qreal paintLogRow(QPainter &p, const LogRow &row, qreal y, bool header) const;
    QString notesHtml() const;
    QString detailsHtml() const;

    const report::ReportData &m_data;
    QPaintDevice *m_device = nullptr;
    QRectF m_content; // printable area in device units, origin at the page's corner
    qreal m_footerHeight = 0;
    std::unique_ptr<QTextDocument> m_summary;
    std::unique_ptr<QTextDocument> m_notes;   // paginated by QTextDocument
    std::unique_ptr<QTextDocument> m_details; // every tested factor's sentence, below the forest plot
    std::vector<ChartBlock> m_charts;
    std::vector<LogRow> m_logRows;
    LogRow m_logHeader;
    std::vector<std::pair<int, int>> m_logPages; // [first, last) rows per page
    std::vector<qreal> m_columns;                // column widths, device units
    int m_chartPages = 0;
    int m_detailsPage = 0; // 1-based page of "Every factor compared"; 0 when there is none
    // Where the log starts on its first page: below the charts on their last page when at
    // least a quarter of it is free (no near-empty page before the log), else at the top.
    qreal m_logTop = 0;
    // Page index of the log's first page.
    int logFirstPage() const { return 1 + m_experimentPageCount + m_chartPages - (m_logTop > 0 ? 1 : 0); }
    // Experiment pages come right after page 1, before the charts.
    std::vector<ExperimentLayout> m_experiments;
    int m_experimentPageCount = 0;
    int m_notesPages = 0;
};

// Writes the PDF atomically (temporary file, then rename) with mode 0600.
bool writeReportPdf(const report::ReportData &data, const QString &path, QString *error);

// Page images for the preview, at `dpi`.
// The first `maxPages` pages (all when negative) as images at `dpi`; *pageCount (when
// given) receives the number of pages of the whole report.
QList<QImage> renderReportPages(const report::ReportData &data, int dpi, int maxPages = -1, int *pageCount = nullptr);

} // namespace td::ui
