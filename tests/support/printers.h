// Readable GoogleTest output for Qt types.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QDate &d, std::ostream *os) { *os << d.toString(Qt::ISODate).toStdString(); }
inline void PrintTo(const QDateTime &t, std::ostream *os) { *os << t.toString(Qt::ISODate).toStdString(); }
QT_END_NAMESPACE
