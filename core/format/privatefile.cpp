#include "format/privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>
#include <unistd.h>

namespace td {

bool writePrivateFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = QStringLiteral("%1 is a folder; choose a file name.").arg(native);
        return false;
    }
    const QString tmpPath = info.absolutePath() + QStringLiteral("/.%1.%2.tmp")
                                                      .arg(info.fileName())
                                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    QFile tmp(tmpPath);
    if (!tmp.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("Could not write %1: %2. Check that the folder exists and "
                                "that you may write to it.")
                     .arg(native, tmp.errorString());
        return false;
    }
    // Whatever the umask gave the new file, it holds health data: user-only.
    tmp.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool written = tmp.write(data) == data.size() && tmp.flush() && ::fsync(tmp.handle()) == 0;
    const QString writeError = tmp.errorString();
    tmp.close();
    if (!written) {
        QFile::remove(tmpPath);
        *error = QStringLiteral("Could not write %1: %2. Is the disk full?").arg(native, writeError);
        return false;
    }
    if (std::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(tmpPath);
        *error = QStringLiteral("Could not replace %1. Check that you may write to it.").arg(native);
        return false;
    }
    return true;
}

} // namespace td
