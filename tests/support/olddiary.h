// A diary file as an older build wrote it, for the upgrade tests: the built-in migrations
// up to `version` (resources/migrations/) run on a new file, which is left at that version.
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

#include <sqlite3.h>

#include <gtest/gtest.h>

// `sql` runs after the migrations (rows the old build would have written). Fails the
// calling test on any error.
inline void writeDiaryAtVersion(const QString &path, int version, const QByteArray &sql = {})
{
    sqlite3 *h = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &h), SQLITE_OK);
    const QDir migrations(QStringLiteral(":/migrations"));
    const QStringList files = migrations.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), version);
    QByteArray script;
    for (const QString &name : files.first(version)) {
        QFile f(migrations.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        script += f.readAll() + '\n';
    }
    script += "PRAGMA user_version = " + QByteArray::number(version) + ";\n" + sql;
    char *error = nullptr;
    const int rc = sqlite3_exec(h, script.constData(), nullptr, nullptr, &error);
    EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(h);
}
