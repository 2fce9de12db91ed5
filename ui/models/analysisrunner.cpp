#include "analysisrunner.h"

#include "clock.h"
#include "database.h"
#include "diarysession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace td::ui {

AnalysisRunner::AnalysisRunner(DiarySession &session, QObject *parent) : QObject(parent), m_session(session) {}

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

    // A file diary is read on the worker through its own read-only connection, so a
    // ten-year diary never blocks the window; an in-memory one (tests) is read here.
    std::optional<Diary> snapshot;
    const QString path = m_session.path();
    if (path == u":memory:")
        snapshot = m_session.store().load();

    auto *watcher = new QFutureWatcher<InsightsData>(this);
    connect(watcher, &QFutureWatcher<InsightsData>::finished, this, [this, watcher] { deliver(watcher); });
    if (m_running++ == 0)
        Q_EMIT busyChanged(true);
    watcher->setFuture(QtConcurrent::run([snapshot = std::move(snapshot), path, options, generation]() {
        Diary diary;
        if (snapshot) {
            diary = *snapshot;
        } else {
            Database db;
            if (db.open(path, Database::Mode::ReadOnly))
                diary = DiaryStore(db).load();
        }
        InsightsData data = computeInsights(diary, options);
        data.generation = generation;
        return data;
    }));
}

void AnalysisRunner::deliver(QFutureWatcher<InsightsData> *watcher)
{
    watcher->deleteLater();
    InsightsData data = watcher->result();
    if (--m_running == 0)
        Q_EMIT busyChanged(false);
    if (data.generation != m_generation)
        return;  // superseded by a newer request
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
