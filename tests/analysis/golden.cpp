#include "golden.h"

#include "format/diaryjson.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace td::analysis::test {

namespace {

QByteArray readGolden(const QString &file)
{
    QFile f(QStringLiteral(TD_GOLDEN_DIR) + u'/' + file);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read golden file " << f.fileName().toStdString();
        return {};
    }
    return f.readAll();
}

} // namespace

Diary loadGoldenDiary(const QString &name)
{
    const ParseResult r = parseDiaryJson(readGolden(name + u".json"));
    if (!r.diary) {
        ADD_FAILURE() << name.toStdString() << ": " << r.message().toStdString();
        return {};
    }
    return *r.diary;
}

QJsonObject loadGoldenExpected(const QString &name)
{
    return QJsonDocument::fromJson(readGolden(name + u".expected.json")).object().value(u"associations").toObject();
}

} // namespace td::analysis::test
