#include "analysis/sentencelocale.h"

namespace td::analysis {

QLocale sentenceLocale()
{
    QLocale l;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l;
}

QString sentenceDate(const QDate &d)
{
    return d.isValid() ? sentenceLocale().toString(d, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace td::analysis
