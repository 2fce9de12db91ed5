#include "pages/reportpage.h"
#include "models/timings.h"

#include "commands/diaryeditor.h"
#include "domain/clock.h"
#include "models/diarysession.h"
#include "report/reportrenderer.h"
#include "widgets/prompts.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace td::ui {
namespace {

// The resolution writeReportPdf() (ui/report/reportrenderer.cpp) writes the PDF at.
constexpr int kPdfResolution = 300;

// The preview is the PDF's pages: laid out on a PDF writer exactly as the export is (the
// same device, resolution and fonts, so the same line breaks and page breaks), then
// painted scaled down into images. Laying out at the preview's own low resolution gave
// other line breaks: another page count, and a last line cut off.
QList<QImage> previewPages(const report::ReportData &data, qreal dpi, int maxPages, int *pageCount)
{
    QBuffer discard;
    discard.open(QIODevice::WriteOnly);
    QPdfWriter writer(&discard);
    writer.setResolution(kPdfResolution);
    const QPageLayout page = ReportRenderer::pageLayout(data.options.paper);
    writer.setPageLayout(page);
    ReportRenderer renderer(data);
    renderer.layout(&writer, page);
    *pageCount = renderer.pageCount();
    const QSize full = page.fullRectPixels(kPdfResolution).size();
    const qreal scale = dpi / kPdfResolution;
    QList<QImage> pages;
    for (int i = 0; i < std::min(maxPages, renderer.pageCount()); ++i) {
        QImage img((QSizeF(full) * scale).toSize(), QImage::Format_RGB32);
        // The device reports the PDF's resolution (charts and text size themselves by it);
        // the painter scales the page onto the smaller image.
        img.setDotsPerMeterX(int(kPdfResolution / 0.0254));
        img.setDotsPerMeterY(int(kPdfResolution / 0.0254));
        img.fill(Qt::white);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.scale(scale, scale);
        renderer.paintPage(p, i);
        p.end();
        img.setDotsPerMeterX(int(dpi / 0.0254));
        img.setDotsPerMeterY(int(dpi / 0.0254));
        pages.append(img);
    }
    return pages;
}

} // namespace

ReportPage::ReportPage(DiaryEditor &editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_session(editor.session()), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_paper(new QComboBox(this)), m_charts(new QCheckBox(tr("Charts"), this)),
      m_log(new QCheckBox(tr("Chronological log"), this)),
      m_includeNotes(new QCheckBox(tr("Notes for the doctor"), this)), m_name(new QLineEdit(this)),
      m_birth(new QDateEdit(this)), m_hasBirth(new QCheckBox(tr("Date of birth:"), this)),
      m_notes(new QPlainTextEdit(this)), m_export(new QPushButton(tr("&Export PDF…"), this)),
      m_status(new QLabel(this)), m_refreshTimer(new QTimer(this)), m_saveNotesTimer(new QTimer(this))
{
    // Built in steps: the settings on the left, the preview on the right.
    auto *outer = new QHBoxLayout(this);
    outer->addLayout(buildSettingsColumn(), 2);
    outer->addWidget(buildPreview(), 3);

    const QDate today = m_session.today();
    m_to->setMaximumDate(today);
    m_from->setMaximumDate(today);
    setRange(today.addMonths(-3).addDays(1), today);

    connectUpdates();
}

// The settings column: its boxes scroll on a small screen; Export PDF stays below them,
// in view.
QVBoxLayout *ReportPage::buildSettingsColumn()
{
    auto *settingsColumn = new QVBoxLayout;
    auto *settingsScroll = new QScrollArea(this);
    settingsScroll->setObjectName(QStringLiteral("reportSettingsScroll"));
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    settingsScroll->setFocusPolicy(Qt::NoFocus);
    settingsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *settingsWidget = new QWidget(settingsScroll);
    auto *settings = new QVBoxLayout(settingsWidget);
    settings->setContentsMargins(0, 0, 0, 0);
    settings->addWidget(buildPeriodBox());
    settings->addWidget(buildSectionsBox());
    settings->addWidget(buildPersonBox());
    settings->addWidget(buildNotesBox(), 1);

    settingsScroll->setWidget(settingsWidget);
    settingsScroll->setMinimumWidth(settingsWidget->minimumSizeHint().width() + 16);
    settingsColumn->addWidget(settingsScroll, 1);
    m_export->setMinimumHeight(36);
    settingsColumn->addWidget(m_export);
    m_status->setWordWrap(true);
    settingsColumn->addWidget(m_status);

    return settingsColumn;
}

// From, to, the presets and the paper.
QGroupBox *ReportPage::buildPeriodBox()
{
    auto *periodBox = new QGroupBox(tr("Period"), this);
    auto *periodForm = new QFormLayout(periodBox);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("Report from"));
    m_to->setAccessibleName(tr("Report to"));
    periodForm->addRow(tr("From:"), m_from);
    periodForm->addRow(tr("To:"), m_to);
    auto *presets = new QHBoxLayout;
    for (const auto &[label, months] :
         {std::pair{tr("3 months"), 3}, std::pair{tr("12 months"), 12}, std::pair{tr("All"), 0}}) {
        auto *b = new QPushButton(label, periodBox);
        const int m = months;
        connect(b, &QPushButton::clicked, this, [this, m] { showLastMonths(m); });
        presets->addWidget(b);
    }
    periodForm->addRow(presets);
    m_paper->addItem(tr("From my locale (%1)")
                         .arg(report::paperForLocale(QLocale()) == report::Paper::Letter ? tr("Letter") : tr("A4")),
                     int(report::Paper::FromLocale));
    m_paper->addItem(tr("A4"), int(report::Paper::A4));
    m_paper->addItem(tr("Letter"), int(report::Paper::Letter));
    periodForm->addRow(tr("Paper:"), m_paper);
    return periodBox;
}

// The last `months` months up to today; 0: the whole diary, from its first episode or
// check-in.
void ReportPage::showLastMonths(int months)
{
    const QDate today = m_session.today();
    QDate first = today;
    if (months == 0) {
        const Diary d = m_session.store().load();
        if (m_session.store().readFailed())
            return; // the session showed why; the period stays as it was
        for (const Episode &e : d.episodes)
            first = std::min(first, m_session.dayOf(e.at));
        for (const QDate &c : d.checkins)
            first = std::min(first, c);
    } else {
        first = today.addMonths(-months).addDays(1);
    }
    setRange(first, today);
}

QGroupBox *ReportPage::buildSectionsBox()
{
    auto *sections = new QGroupBox(tr("Include"), this);
    auto *sectionsLayout = new QVBoxLayout(sections);
    auto *summary = new QCheckBox(tr("One-page summary (always)"), sections);
    summary->setChecked(true);
    summary->setEnabled(false);
    sectionsLayout->addWidget(summary);
    for (QCheckBox *c : {m_charts, m_log, m_includeNotes}) {
        c->setChecked(true);
        sectionsLayout->addWidget(c);
    }
    return sections;
}

QGroupBox *ReportPage::buildPersonBox()
{
    auto *person = new QGroupBox(tr("Printed on this export only"), this);
    auto *personForm = new QFormLayout(person);
    m_name->setPlaceholderText(tr("optional"));
    m_name->setAccessibleName(tr("Your name, for this export"));
    personForm->addRow(tr("Name:"), m_name);
    m_birth->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_birth->setCalendarPopup(true);
    m_birth->setDate(QDate(1980, 1, 1));
    m_birth->setMaximumDate(Clock::now().date());
    m_birth->setEnabled(false);
    personForm->addRow(m_hasBirth, m_birth);
    auto *privacy = new QLabel(tr("Name and date of birth are not saved anywhere."), person);
    privacy->setWordWrap(true);
    personForm->addRow(privacy);
    return person;
}

QGroupBox *ReportPage::buildNotesBox()
{
    auto *notesBox = new QGroupBox(tr("Notes for the doctor"), this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    m_notes->setPlaceholderText(tr("What you have tried (less coffee, magnesium…), questions to ask…"));
    m_notes->setAccessibleName(tr("Notes for the doctor"));
    m_notes->setPlainText(m_session.doctorNotes());
    m_notes->setMinimumHeight(90);
    notesLayout->addWidget(m_notes);
    return notesBox;
}

// The pages of the report as they will print.
QScrollArea *ReportPage::buildPreview()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);
    auto *pages = new QWidget(scroll);
    m_pages = new QVBoxLayout(pages);
    m_pages->setAlignment(Qt::AlignHCenter);
    scroll->setWidget(pages);
    scroll->setAccessibleName(tr("Preview of the report pages"));
    return scroll;
}

void ReportPage::connectUpdates()
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(timing::kReportPreviewDelayMs);
    // Nothing is prepared while the page is hidden (a ten-year diary's report costs time
    // and memory at start-up otherwise); the first show prepares it (m_dirty starts true).
    connect(m_refreshTimer, &QTimer::timeout, this, &ReportPage::refreshWhenShown);
    auto later = [this] { m_refreshTimer->start(); };
    connect(m_from, &QDateEdit::userDateChanged, this, later);
    connect(m_to, &QDateEdit::userDateChanged, this, later);
    connect(m_paper, &QComboBox::activated, this, later);
    for (QCheckBox *c : {m_charts, m_log, m_includeNotes})
        connect(c, &QCheckBox::toggled, this, later);
    connect(m_hasBirth, &QCheckBox::toggled, m_birth, &QWidget::setEnabled);
    connect(m_hasBirth, &QCheckBox::toggled, this, later);
    connect(m_birth, &QDateEdit::userDateChanged, this, later);
    connect(m_name, &QLineEdit::textEdited, this, later);
    // Notes are kept in the diary (they belong to it), saved shortly after typing stops.
    m_saveNotesTimer->setSingleShot(true);
    m_saveNotesTimer->setInterval(timing::kNotesSaveDelayMs);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this, later] {
        if (!m_showingStoredNotes)
            m_saveNotesTimer->start();
        later();
    });
    // Each save is an undoable edit; saves in a row merge into one undo step.
    connect(m_saveNotesTimer, &QTimer::timeout, this, [this] {
        if (!m_editor.setDoctorNotes(m_notes->toPlainText()))
            m_status->setText(tr("Your notes were not saved: %1").arg(m_editor.errorString()));
    });
    // An undo or redo of the notes shows here, and is not saved again as a new edit (a
    // save still pending is dropped: the undo or redo is the newer wish).
    connect(&m_session, &DiarySession::doctorNotesChanged, this, [this] {
        const QString notes = m_session.doctorNotes();
        if (notes == m_notes->toPlainText())
            return;
        m_saveNotesTimer->stop();
        m_showingStoredNotes = true;
        m_notes->setPlainText(notes);
        m_showingStoredNotes = false;
    });
    connect(m_export, &QPushButton::clicked, this, &ReportPage::exportWithDialog);
    auto markDirty = [this] {
        m_dirty = true;
        if (isVisible())
            m_refreshTimer->start();
    };
    connect(&m_session, &DiarySession::dayChanged, this, markDirty);
    connect(&m_session, &DiarySession::diaryChanged, this, markDirty);
}

void ReportPage::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_refreshTimer->start();
}

report::Options ReportPage::options() const
{
    report::Options o;
    o.from = std::min(m_from->date(), m_to->date());
    o.to = std::max(m_from->date(), m_to->date());
    o.charts = m_charts->isChecked();
    o.log = m_log->isChecked();
    o.notes = m_includeNotes->isChecked();
    o.name = m_name->text();
    if (m_hasBirth->isChecked())
        o.dateOfBirth = m_birth->date();
    o.notesForDoctor = m_notes->toPlainText();
    o.paper = report::Paper(m_paper->currentData().toInt());
    o.dayBoundaryHour = m_session.dayBoundaryHour();
    return o;
}

void ReportPage::showEvent(QShowEvent *event)
{
    if (m_dirty)
        m_refreshTimer->start();
    QWidget::showEvent(event);
}

void ReportPage::setPaper(report::Paper paper)
{
    const int index = m_paper->findData(int(paper));
    if (index >= 0 && index != m_paper->currentIndex()) {
        m_paper->setCurrentIndex(index);
        refreshWhenShown();
    }
}

void ReportPage::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else
        m_dirty = true; // showEvent() refreshes
}

void ReportPage::refresh()
{
    m_dirty = false;
    const int generation = ++m_generation;
    const report::Options o = options();
    const QDate today = m_session.today();
    // The analysis behind the report runs off the UI thread, on its own connection.
    std::function<Diary(QString *)> read = m_session.diaryReader();
    // Written by the worker before it finishes, read here after: the future orders them.
    auto readError = std::make_shared<QString>();
    m_status->setText(tr("Preparing the report…"));
    m_export->setEnabled(false);
    auto *watcher = new QFutureWatcher<report::ReportData>(this);
    connect(watcher, &QFutureWatcher<report::ReportData>::finished, this, [this, watcher, generation, readError] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded
        if (!readError->isEmpty()) {
            // Never a report (or its PDF) of the empty diary a failed read returned.
            m_status->setText(tr("The report could not be prepared: %1").arg(*readError));
            m_session.reportReadFailure(*readError);
            return;
        }
        m_data = std::make_unique<report::ReportData>(watcher->result());
        showPreview();
    });
    watcher->setFuture(QtConcurrent::run([read = std::move(read), o, today, readError] {
        return report::buildReportData(read(readError.get()), o, today);
    }));
}

void ReportPage::showPreview()
{
    while (QLayoutItem *item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // The summary and the charts come first; a long chronological log can run to dozens
    // of pages, which the preview does not hold as images (≈ 1.2 MB each).
    const qreal ratio = devicePixelRatioF();
    const QList<QImage> images = previewPages(*m_data, 56 * ratio, kPreviewPages, &m_pageCount);
    for (int i = 0; i < images.size(); ++i) {
        auto *label = new QLabel;
        QPixmap pixmap = QPixmap::fromImage(images[i]);
        pixmap.setDevicePixelRatio(ratio);
        label->setPixmap(pixmap);
        label->setFrameShape(QFrame::Box);
        label->setFixedSize(label->sizeHint()); // the frame hugs the page
        label->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(m_pageCount));
        m_pages->addWidget(label);
    }
    if (m_pageCount > images.size()) {
        auto *more = new QLabel(tr("Pages %1–%2 (the rest of the chronological log) are in the PDF.")
                                    .arg(images.size() + 1)
                                    .arg(m_pageCount));
        more->setAlignment(Qt::AlignCenter);
        m_pages->addWidget(more);
    }
    m_status->setText(tr("%n page(s). Page 1 is the summary a doctor reads first.", nullptr, m_pageCount));
    m_export->setEnabled(true);
}

bool ReportPage::waitForPreview(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    if (m_refreshTimer->isActive() || m_dirty) {
        m_refreshTimer->stop();
        refresh();
    }
    const int wanted = m_generation;
    while ((!m_data || m_pageCount == 0 || findChildren<QFutureWatcher<report::ReportData> *>().size() > 0) &&
           timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(2);
    }
    return m_data && wanted == m_generation && m_pageCount > 0;
}

bool ReportPage::exportTo(const QString &path, QString *error)
{
    if (!m_data) {
        *error = tr("The report is still being prepared.");
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writeReportPdf(*m_data, path, error);
    QApplication::restoreOverrideCursor();
    return ok;
}

void ReportPage::exportWithDialog()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("twitch-diary-summary-%1.pdf").arg(m_session.today().toString(Qt::ISODate)));
    // The file dialog asks before replacing an existing file.
    const QString path = prompts().saveFileName(this, tr("Export the doctor summary"), suggested,
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        prompts().warning(this, tr("Export failed"), error);
        return;
    }
    m_status->setText(tr("Saved %1 (readable by you only).").arg(QDir::toNativeSeparators(path)));
}

} // namespace td::ui
