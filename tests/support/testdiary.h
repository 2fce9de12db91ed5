// Fixtures: an in-memory diary, and a temporary diary file for tests that need a path.
#pragma once

#include "printers.h"
#include "storage/database.h"
#include "storage/diarystore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

class MemoryDiaryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(db.openInMemory()) << db.errorString().toStdString(); }
    td::Database db;
    td::DiaryStore store{db};
};

inline QDateTime localTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::OffsetFromUTC, t.offsetFromUtc());
}
