// Runs the analysis on a worker thread. A newer request supersedes an older one: only
// the latest result is delivered, so a burst of edits costs one visible refresh.
#pragma once

#include "models/timings.h"

#include "report/insights.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace td::ui {

class DiarySession;

class AnalysisRunner : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisRunner(DiarySession &session, QObject *parent = nullptr);
    ~AnalysisRunner() override;

    // Analyses the period [from, to] (invalid dates: the whole diary up to today).
    void request(const QDate &from, const QDate &to);
    bool isRunning() const { return m_running > 0; }
    const InsightsData *latest() const { return m_latest.get(); }
    // Blocks until the newest request has been delivered (tests, report export).
    bool waitForLatest(int timeoutMs = timing::kBackgroundResultWaitMs);

Q_SIGNALS:
    void busyChanged(bool busy);
    void finished(const td::InsightsData &data);

private:
    void deliver(QFutureWatcher<InsightsData> *watcher, const QString &readError, bool staleReadError);

    DiarySession &m_session;
    int m_generation = 0;
    int m_wholeDiaryChanges = 0; // DiarySession::diaryChanged seen (an import, a restore, a factor renamed…)
    int m_running = 0;
    std::unique_ptr<InsightsData> m_latest;
};

} // namespace td::ui
