// The one place core asks for the current time, so tests can fix it (KeePassXC's Clock).
#pragma once

#include <QDateTime>

#include <optional>

namespace td {

class Clock
{
public:
    // Local time now, with its UTC offset.
    static QDateTime now();
    static QDate today(int dayBoundaryHour = 4);
    // The date in UTC now: no time-zone lookup (now() asks the C library, which stats
    // /etc/localtime each time), for checks that run once per imported entry.
    static QDate utcDate();
    // Tests only: freeze the clock at `at`, or pass nullopt to follow real time again.
    static void setFixed(std::optional<QDateTime> at);
};

} // namespace td
