// The fixture every GUI test starts from: the clock fixed at Friday 27 November 2026,
// 14:03:20 (+01:00), an in-memory diary, and the real main window shown offscreen.
#pragma once

#include "commands/diaryeditor.h"
#include "domain/clock.h"
#include "models/appsettings.h"
#include "models/diarysession.h"
#include "printers.h"
#include "storage/database.h"
#include "window/mainwindow.h"

#include <QTest>

#include <gtest/gtest.h>

#include <memory>

class WindowTest : public ::testing::Test
{
protected:
    static inline const QDate kToday{2026, 11, 27};

    void SetUp() override
    {
        td::Clock::setFixed(QDateTime(kToday, QTime(14, 3, 20), Qt::OffsetFromUTC, 3600));
        // Every test starts from default settings (the test program's own settings file,
        // never the user's: the application name differs).
        td::ui::AppSettings().clear();
        auto owned = std::make_unique<td::Database>();
        ASSERT_TRUE(owned->openInMemory());
        db = owned.get();
        session = std::make_unique<td::ui::DiarySession>(std::move(owned));
        writer = std::make_unique<td::ui::DiaryEditor>(*session);
        window = std::make_unique<td::ui::MainWindow>(*session);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        writer.reset();
        session.reset();
        td::Clock::setFixed(std::nullopt);
    }

    td::Database *db = nullptr; // owned by the session
    std::unique_ptr<td::ui::DiarySession> session;
    // What a test sets up before clicking: the session's writes are DiaryEditor's alone,
    // and this one keeps an undo stack of its own, so the window's Edit › Undo holds only
    // what the test did in the window.
    std::unique_ptr<td::ui::DiaryEditor> writer;
    std::unique_ptr<td::ui::MainWindow> window;
};
