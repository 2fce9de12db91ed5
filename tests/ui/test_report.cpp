// The doctor PDF, read back with poppler's tools as a person (or a doctor) would see it.
#include "cli/cli.h"
#include "domain/clock.h"
#include "format/diaryjson.h"
#include "models/diarysession.h"
#include "pages/reportpage.h"
#include "printers.h"
#include "report/reportdata.h"
#include "report/reportrenderer.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace td;

namespace {

Diary fixture()
{
    QFile f(QStringLiteral(TD_GOLDEN_DIR "/g56_planted.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    Diary d = parseDiaryJson(f.readAll()).diary.value_or(Diary{});
    d.medications.append({0, QStringLiteral("sertraline"), QStringLiteral("50 mg"), QDate(2024, 12, 20), std::nullopt});
    d.episodes.last().symptoms = {Symptom::Drooping};
    return d;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(30000)) << program.toStdString();
    EXPECT_EQ(p.exitCode(), 0) << program.toStdString() << ": " << p.readAllStandardError().toStdString();
    // Compatibility forms turn the typesetter's ligatures (ﬁ, ﬀ) back into letters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

class Report : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Clock::setFixed(QDateTime(QDate(2025, 3, 2), QTime(20, 0), Qt::OffsetFromUTC, 3600));
        options.paper = report::Paper::A4;
        options.notesForDoctor = QStringLiteral("Tried cutting coffee to one cup in February.");
    }
    void TearDown() override { Clock::setFixed(std::nullopt); }
    QString write(const report::Options &o)
    {
        const QString path = dir.filePath(QStringLiteral("summary.pdf"));
        QString error;
        const report::ReportData data = report::buildReportData(fixture(), o, Clock::today());
        EXPECT_TRUE(ui::writeReportPdf(data, path, &error)) << error.toStdString();
        return path;
    }
    QTemporaryDir dir;
    report::Options options;
};

TEST_F(Report, PageOneCarriesEveryFact)
{
    const QString pdf = write(options);
    const QString page1 = run(QStringLiteral("pdftotext"),
                              {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                               pdf, QStringLiteral("-")})
                              .simplified();
    for (const char *fact : {"summary for the doctor",
                             "Period 6 Jan 2025 – 2 Mar 2025",
                             "Generated 2 Mar 2025",
                             "Self-reported diary, not a clinical measurement",
                             "Warning signs",
                             "Symptoms beyond the twitch",
                             "Drooping",
                             "First episode in the diary: 6 Jan 2025",
                             "Episodes per week",
                             "in the latest 4 weeks",
                             "in the first 4 weeks",
                             "Strength (1–10): median",
                             "Duration: median",
                             "Where it twitches",
                             "Lower lip, left",
                             "First seen",
                             "sertraline 50 mg: started 20 Dec 2024, still taken",
                             "Food: aspartame (likely association)",
                             "95 % CI",
                             "An association, not proof",
                             "56 of 56 days in the period were logged"}) {
        EXPECT_TRUE(page1.contains(QString::fromUtf8(fact))) << "missing on page 1: " << fact << "\n"
                                                             << page1.toStdString();
    }
    // Red flags come first: before the course of the twitching.
    EXPECT_LT(page1.indexOf(QStringLiteral("Warning signs")), page1.indexOf(QStringLiteral("Course and frequency")));
    // Nothing personal unless typed for this export.
    EXPECT_FALSE(page1.contains(QStringLiteral("born")));
}

TEST_F(Report, PagesFooterFontsAndTypeSize)
{
    const QString pdf = write(options);
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    ASSERT_TRUE(pages.hasMatch());
    const int n = pages.captured(1).toInt();
    EXPECT_GE(n, 3) << "summary, charts and log";
    EXPECT_LE(n, 12);
    EXPECT_TRUE(info.contains(QStringLiteral("595 x 842"))) << "A4";

    const QString all = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_EQ(all.count(QStringLiteral("self-reported diary, not a clinical measurement")), n)
        << "footer on every page";
    EXPECT_TRUE(all.contains(QStringLiteral("Page %1 of %1").arg(n)));
    EXPECT_TRUE(all.contains(QStringLiteral("Chronological log")));
    EXPECT_TRUE(all.contains(QStringLiteral("Notes for the doctor")));
    EXPECT_TRUE(all.contains(QStringLiteral("Tried cutting coffee")));
    EXPECT_TRUE(all.contains(QStringLiteral("Rate ratios with 95 % intervals")));

    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    const QStringList rows = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(rows.isEmpty());
    for (const QString &row : rows)
        EXPECT_TRUE(row.contains(QStringLiteral(" yes "))) << "font not embedded: " << row.toStdString();

    // The smallest word on any page is at least 9 pt (DejaVu Sans' box is ~1.16 em tall).
    const QString bbox = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QRegularExpression word(QStringLiteral("yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\""));
    double smallest = 1e9;
    int words = 0;
    for (auto it = word.globalMatch(bbox); it.hasNext();) {
        const auto m = it.next();
        smallest = std::min(smallest, m.captured(2).toDouble() - m.captured(1).toDouble());
        ++words;
    }
    EXPECT_GT(words, 500);
    EXPECT_GE(smallest / 1.164, 8.95) << "smallest text " << smallest / 1.164 << " pt";
}

// The log begins under the last chart when at least a quarter of that page is free,
// instead of after a page that holds a chart or two and nothing else; a full chart page
// is followed by the log on a page of its own.
TEST_F(Report, LogStartsBelowTheLastChartWhenThereIsRoom)
{
    auto pageOf = [&](const QString &pdf, const QString &text) {
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        const int n = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        for (int page = 1; page <= n; ++page) {
            if (run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                  QString::number(page), pdf, QStringLiteral("-")})
                    .contains(text))
                return page;
        }
        return -1;
    };
    const QString sites = QStringLiteral("Where it twitches, week by week");
    const QString log = QStringLiteral("Chronological log");
    // Eight weeks: the daily chart, the rate ratios and the grid fill page 2.
    const QString full = write(options);
    EXPECT_EQ(pageOf(full, sites), 2);
    EXPECT_EQ(pageOf(full, log), 3);
    // Two weeks (too few for rate ratios): the charts take half a page, the log follows.
    report::Options shortPeriod = options;
    shortPeriod.from = QDate(2025, 2, 17);
    const QString part = write(shortPeriod);
    EXPECT_EQ(pageOf(part, sites), 2);
    EXPECT_EQ(pageOf(part, log), 2);
}

TEST_F(Report, FileIsPrivateAndNameOnlyWhenGiven)
{
    options.name = QStringLiteral("Alex Example");
    options.dateOfBirth = QDate(1990, 5, 17);
    const QString pdf = write(options);
    EXPECT_EQ(QFileInfo(pdf).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString page1 = run(QStringLiteral("pdftotext"),
                              {QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(page1.contains(QStringLiteral("Alex Example, born 17 May 1990")));
}

TEST_F(Report, LetterPaperAndSectionsCanBeLeftOut)
{
    options.paper = report::Paper::Letter;
    options.log = false;
    options.charts = false;
    options.notes = false;
    const QString pdf = write(options);
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QStringLiteral("612 x 792"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
}

TEST_F(Report, CliReportWorksWithoutAWindow)
{
    QTemporaryDir work;
    const QString db = work.filePath(QStringLiteral("d.sqlite"));
    {
        Database d;
        ASSERT_TRUE(d.open(db));
        ASSERT_TRUE(DiaryStore(d).import(fixture()));
    }
    QString out, err;
    QTextStream o(&out), e(&err);
    cli::Environment env{o, e,
                         [](const Diary &diary, const report::Options &opts, const QString &path, QString *error) {
        return ui::writeReportPdf(report::buildReportData(diary, opts, Clock::today()), path, error);
                         }};
    const QString pdf = work.filePath(QStringLiteral("r.pdf"));
    ASSERT_EQ(cli::run({QStringLiteral("twitchdiary-cli"), QStringLiteral("report"), QStringLiteral("--db"), db,
                        QStringLiteral("--out"), pdf, QStringLiteral("--from"), QStringLiteral("2025-02-01")},
                       env),
              cli::Ok)
        << err.toStdString();
    EXPECT_TRUE(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                    .contains(QStringLiteral("Period 1 Feb 2025 – 2 Mar 2025")));
    EXPECT_EQ(cli::run({QStringLiteral("twitchdiary-cli"), QStringLiteral("report"), QStringLiteral("--db"), db}, env),
              cli::BadInput);
    EXPECT_TRUE(err.contains(QStringLiteral("--out")));
    EXPECT_EQ(cli::run({QStringLiteral("twitchdiary-cli"), QStringLiteral("report"), QStringLiteral("--db"), db,
                        QStringLiteral("--out"), pdf, QStringLiteral("--paper"), QStringLiteral("A3")},
                       env),
              cli::BadInput);
}

TEST_F(Report, ReportPagePreviewsAndExports)
{
    auto database = std::make_unique<Database>();
    ASSERT_TRUE(database->openInMemory());
    ASSERT_TRUE(DiaryStore(*database).import(fixture()));
    ui::DiarySession session(std::move(database));
    ui::MainWindow window(session);
    ui::ReportPage *page = window.reportPage();
    page->setRange(QDate(2025, 1, 6), QDate(2025, 3, 2));
    page->nameEdit()->setText(QStringLiteral("Sam Sample"));
    page->notesEdit()->setPlainText(QStringLiteral("Magnesium since January."));
    ASSERT_TRUE(page->waitForPreview());
    EXPECT_GE(page->previewPageCount(), 3);
    const QString pdf = dir.filePath(QStringLiteral("from-window.pdf"));
    QString error;
    ASSERT_TRUE(page->exportTo(pdf, &error)) << error.toStdString();
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("Sam Sample")));
    EXPECT_TRUE(text.contains(QStringLiteral("Magnesium since January.")));
}

// The preview is the PDF's pages: as many, laid out alike (issue 15: the preview said 10
// pages where the PDF had 9, German 12 vs 11, and cut page 1's last line), in English
// and German, with the long chronological log and with the charts only.
TEST_F(Report, PreviewHasThePdfsPages)
{
    for (const QLocale &locale : {QLocale(QLocale::English), QLocale(QLocale::German, QLocale::Germany)}) {
        ui::installTranslations(locale);
        for (const bool log : {true, false}) {
            SCOPED_TRACE(locale.name().toStdString() + (log ? " with the log" : " without the log"));
            auto database = std::make_unique<Database>();
            ASSERT_TRUE(database->openInMemory());
            ASSERT_TRUE(DiaryStore(*database).import(fixture()));
            ui::DiarySession session(std::move(database));
            ui::MainWindow window(session);
            ui::ReportPage *page = window.reportPage();
            page->setRange(QDate(2025, 1, 6), QDate(2025, 3, 2));
            page->notesEdit()->setPlainText(QStringLiteral("Magnesium since January. ").repeated(log ? 40 : 2));
            for (QCheckBox *c : page->findChildren<QCheckBox *>()) {
                if (c->text() == ui::ReportPage::tr("Chronological log"))
                    c->setChecked(log);
            }
            ASSERT_TRUE(page->waitForPreview());
            const QString pdf = dir.filePath(QStringLiteral("preview-check.pdf"));
            QString error;
            ASSERT_TRUE(page->exportTo(pdf, &error)) << error.toStdString();
            const QString info = run(QStringLiteral("pdfinfo"), {pdf});
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
            ASSERT_TRUE(m.hasMatch()) << info.toStdString();
            EXPECT_EQ(page->previewPageCount(), m.captured(1).toInt());
            EXPECT_GE(page->previewPageCount(), log ? 3 : 2);
        }
    }
    ui::installTranslations(QLocale::c());
    QLocale::setDefault(QLocale::c());
}

} // namespace

// A finished experiment gets a line on page 1 and a page of its own right after it (the
// design, the periods, adherence, balance and the timeline); a running one gets a line
// that says so, with no p-value. A diary without experiments has neither.
TEST_F(Report, FinishedExperimentHasItsLineAndPage)
{
    Diary d = fixture();
    experiments::Plan finished;
    finished.title = QStringLiteral("Less caffeine");
    finished.factor = QStringLiteral("caffeine_mg");
    finished.value = 100;
    finished.start = QDate(2025, 1, 6);
    finished.pairs = 6;
    finished.periodDays = 3;
    finished.washoutDays = 1;
    finished.schedule = {experiments::Order::AB, experiments::Order::BA, experiments::Order::BA,
                         experiments::Order::AB, experiments::Order::AB, experiments::Order::BA};
    experiments::Plan running = finished;
    running.title = QStringLiteral("Magnesium");
    running.factor = QStringLiteral("supplement:magnesium");
    running.op = experiments::Op::Present;
    running.start = QDate(2025, 2, 20); // 36 days: until 27 Mar 2025, after "today" (2 Mar)
    ASSERT_EQ(experiments::validate(finished), QString());
    ASSERT_EQ(experiments::validate(running), QString());

    const QString plain = write(options);
    const QString pathWith = dir.filePath(QStringLiteral("with.pdf"));
    d.experiments = {finished, running};
    QString error;
    ASSERT_TRUE(ui::writeReportPdf(report::buildReportData(d, options, Clock::today()), pathWith, &error))
        << error.toStdString();
    auto page = [&](const QString &pdf, int n) {
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(n), QStringLiteral("-l"),
                                                 QString::number(n), pdf, QStringLiteral("-")})
            .simplified();
    };
    auto pages = [&](const QString &pdf) {
        return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
            .match(run(QStringLiteral("pdfinfo"), {pdf}))
            .captured(1)
            .toInt();
    };
    EXPECT_EQ(pages(pathWith), pages(plain) + 1) << "one page for the finished experiment";

    const QString page1 = page(pathWith, 1);
    EXPECT_TRUE(page1.contains(QStringLiteral("Experiments (changes tested with randomly assigned periods)")))
        << page1.toStdString();
    EXPECT_TRUE(
        page1.contains(QStringLiteral("Less caffeine (caffeine at most 100 mg a day), 6 Jan 2025 – 10 Feb 2025")))
        << page1.toStdString();
    EXPECT_TRUE(page1.contains(QStringLiteral("possible schedules (p = "))) << page1.toStdString();
    EXPECT_TRUE(page1.contains(QStringLiteral("Page 2."))) << page1.toStdString();
    const qsizetype magnesium = page1.indexOf(QStringLiteral("Magnesium (magnesium taken every day)"));
    ASSERT_GE(magnesium, 0) << page1.toStdString();
    const QString runningLine = page1.mid(magnesium,
                                          page1.indexOf(QStringLiteral("How complete"), magnesium) - magnesium);
    EXPECT_TRUE(runningLine.contains(QStringLiteral("running (day 11 of 36)"))) << runningLine.toStdString();
    EXPECT_TRUE(runningLine.contains(QStringLiteral("the result is due on 28 Mar 2025"))) << runningLine.toStdString();
    EXPECT_FALSE(runningLine.contains(QStringLiteral("p ="))) << runningLine.toStdString();
    EXPECT_FALSE(runningLine.contains(QStringLiteral("Rate ratio"))) << runningLine.toStdString();

    const QString page2 = page(pathWith, 2);
    for (const char *fact : {"Experiment: Less caffeine",
                             "not blinded",
                             "Result",
                             "plain rates",
                             "stratified by pair (Mantel–Haenszel)",
                             "of the 64 possible schedules",
                             "Design",
                             "6 pairs of 3-day periods",
                             "fair coin",
                             "of each new condition",
                             "The periods",
                             "usual, then change",
                             "change, then usual",
                             "Adherence and logging",
                             "Days logged:",
                             "Balance: other factors",
                             "Sleep (h)",
                             "Carry-over",
                             "later",
                             "Episodes per day over the experiment",
                             "washout (not analysed)",
                             "not logged"}) {
        EXPECT_TRUE(page2.contains(QString::fromUtf8(fact))) << "missing on page 2: " << fact << "\n"
                                                             << page2.toStdString();
    }
    EXPECT_FALSE(page2.contains(QStringLiteral("Magnesium"))) << "a running experiment has no page";
    // The charts move one page on, and page 1 says so.
    EXPECT_TRUE(page(pathWith, 3).contains(QStringLiteral("Episodes per day, with")));
    EXPECT_FALSE(page(plain, 1).contains(QStringLiteral("Experiments")));
}
