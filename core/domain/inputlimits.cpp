#include "domain/inputlimits.h"

#include "domain/clock.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td::limits {

QDate earliestDate() { return QDate(1970, 1, 1); }

QDate latestDate() { return Clock::now().date().addDays(1); }

bool isDateInRange(const QDate &d)
{
    if (!d.isValid() || d < earliestDate())
        return false;
    // The local date is at most a day from the UTC date, so latestDate() (local date + 1)
    // is never before the UTC date: a date up to it is in range without the local time,
    // whose time-zone lookup (a stat of /etc/localtime) was most of an import's parse.
    return d <= Clock::utcDate() || d <= latestDate();
}

QString dateRangeText()
{
    return QStringLiteral("%1 to %2").arg(earliestDate().toString(Qt::ISODate), latestDate().toString(Qt::ISODate));
}

QString dateProblem(const QDate &d)
{
    if (isDateInRange(d))
        return {};
    return QStringLiteral("%1 is outside the dates a diary may hold (%2)")
        .arg(d.toString(Qt::ISODate), dateRangeText());
}

QString timeProblem(const QDateTime &at, const QString &asWritten)
{
    if (std::abs(at.offsetFromUtc()) > kMaxUtcOffsetS)
        return QStringLiteral("\"%1\" has a UTC offset beyond ±18:00").arg(excerpt(asWritten));
    if (!isDateInRange(at.date()))
        return QStringLiteral("\"%1\" is outside the dates a diary may hold (%2)")
            .arg(excerpt(asWritten), dateRangeText());
    return {};
}

QString excerpt(const QString &value, int max)
{
    if (value.size() <= max)
        return value;
    qsizetype cut = max;
    if (value.at(cut - 1).isHighSurrogate())
        --cut; // never split a character in two
    return value.left(cut) + QStringLiteral("… (%1 characters)").arg(value.size());
}

QString sentence(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty() || t.endsWith(u'.') || t.endsWith(u'!') || t.endsWith(u'?'))
        return t;
    return t + u'.';
}

namespace {

QString kindOf(mode_t m)
{
    if (S_ISDIR(m))
        return QStringLiteral("a folder");
    if (S_ISFIFO(m))
        return QStringLiteral("a pipe (FIFO)");
    if (S_ISCHR(m) || S_ISBLK(m))
        return QStringLiteral("a device");
    if (S_ISSOCK(m))
        return QStringLiteral("a socket");
    return QStringLiteral("not a regular file");
}

} // namespace

QString notRegularFileProblem(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || S_ISREG(st.st_mode))
        return {};
    return QStringLiteral("%1 is %2, not a regular file. Choose a file.")
        .arg(QDir::toNativeSeparators(path), kindOf(st.st_mode));
}

bool readRegularFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *error)
{
    const QString native = QDir::toNativeSeparators(path);
    // Refused before it is opened: opening a socket fails, a device may have side effects.
    if (const QString why = notRegularFileProblem(path); !why.isEmpty()) {
        *error = why;
        return false;
    }
    // O_NONBLOCK: a FIFO put there meanwhile still does not block the open.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("%1: cannot read the file (%2). Check the name and that you "
                                "may read it.")
                     .arg(native, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = QStringLiteral("%1 is %2, not a regular file. Choose a file.").arg(native, kindOf(st.st_mode));
        return false;
    }
    const auto tooLarge = [&](qint64 size) {
        *error = QStringLiteral("%1 is too large (%2 MiB); a diary file may be at most %3 MiB. "
                                "Check that it is the right file.")
                     .arg(native)
                     .arg(double(size) / (1024 * 1024), 0, 'f', 1)
                     .arg(maxBytes / (1024 * 1024));
        return false;
    };
    if (st.st_size > maxBytes) {
        ::close(fd);
        return tooLarge(st.st_size);
    }
    QByteArray buffer;
    buffer.resize(qsizetype(st.st_size) + 1);
    qint64 total = 0;
    // Read to the end, but never more than maxBytes + 1: a file growing while read is
    // still bounded.
    while (true) {
        if (total == buffer.size()) {
            if (total > maxBytes)
                break;
            buffer.resize(qsizetype(std::min<qint64>(maxBytes + 1, std::max<qint64>(total * 2, 4096))));
        }
        const ssize_t n = ::read(fd, buffer.data() + total, size_t(buffer.size() - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int e = errno;
            ::close(fd);
            *error = QStringLiteral("%1: cannot read the file (%2).")
                         .arg(native, QString::fromLocal8Bit(std::strerror(e)));
            return false;
        }
        if (n == 0)
            break;
        total += n;
    }
    ::close(fd);
    if (total > maxBytes)
        return tooLarge(total);
    buffer.truncate(qsizetype(total));
    *data = std::move(buffer);
    return true;
}

} // namespace td::limits
