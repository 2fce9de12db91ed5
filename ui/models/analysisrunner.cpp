#include "models/analysisrunner.h"

#include "domain/clock.h"
#include "models/diarysession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace td::ui {

AnalysisRunner::AnalysisRunner(DiarySession &session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&m_session, &DiarySession::diaryChanged, this, [this] { ++m_wholeDiaryChanges; });
}

AnalysisRunner::~AnalysisRunner()
{
    // Workers hold no pointer to us, but wait so none outlives the application.
    for (auto *w : findChildren<QFutureWatcher<InsightsData> *>())
        w->waitForFinished();
}

void AnalysisRunner::request(const QDate &from, const QDate &to)
{
    const int generation = ++m_generation;
    analysis::Options options;
    options.dayBoundaryHour = m_session.dayBoundaryHour();
    if (from.isValid())
        options.from = from;
    options.to = to.isValid() ? to : m_session.today();

    // Read on the worker, so a ten-year diary never blocks the window.
    std::function<Diary(QString *)> read = m_session.diaryReader();
    // Written by the worker before it finishes, read here after: the future orders them.
    auto readError = std::make_shared<QString>();

    auto *watcher = new QFutureWatcher<InsightsData>(this);
    const int changesBefore = m_wholeDiaryChanges;
    connect(watcher, &QFutureWatcher<InsightsData>::finished, this, [this, watcher, readError, changesBefore] {
        // A read that failed before many days changed at once (a backup restored over a
        // damaged file, an import) may say nothing about the diary now: no message for it.
        // The pages that showed it ask again on that change, and a read that still fails
        // is reported then.
        deliver(watcher, changesBefore == m_wholeDiaryChanges ? *readError : QString(),
                changesBefore != m_wholeDiaryChanges && !readError->isEmpty());
    });
    if (m_running++ == 0)
        Q_EMIT busyChanged(true);
    watcher->setFuture(QtConcurrent::run([read = std::move(read), options, generation, readError]() {
        InsightsData data = computeInsights(read(readError.get()), options);
        data.generation = generation;
        return data;
    }));
}

void AnalysisRunner::deliver(QFutureWatcher<InsightsData> *watcher, const QString &readError, bool staleReadError)
{
    watcher->deleteLater();
    InsightsData data = watcher->result();
    if (--m_running == 0)
        Q_EMIT busyChanged(false);
    if (data.generation != m_generation || staleReadError)
        return; // superseded by a newer request, or read from a diary since replaced
    if (!readError.isEmpty()) {
        // An analysis of the empty diary the failed read returned would be wrong: keep
        // what is shown and say why it is not updated.
        m_session.reportReadFailure(readError);
        return;
    }
    m_latest = std::make_unique<InsightsData>(std::move(data));
    Q_EMIT finished(*m_latest);
}

bool AnalysisRunner::waitForLatest(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while ((!m_latest || m_latest->generation != m_generation) && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(2);
    }
    return m_latest && m_latest->generation == m_generation;
}

} // namespace td::ui
