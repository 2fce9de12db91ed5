// The red-flag banner: each warning sign with its dates and evidence, and what to do;
// a calm line when there are none. Never worded as a diagnosis.
#pragma once

#include "analysis/redflags.h"
#include "analysis/summary.h"

#include <QFrame>

class QLabel;

namespace td::ui {

class RedFlagBanner : public QFrame
{
    Q_OBJECT
public:
    explicit RedFlagBanner(QWidget *parent = nullptr);
    // Shows `flags`; with `hideWhenCalm` (the Today page) the banner disappears when
    // there is nothing to show. `silentSince`: the diary's last entry when nothing has been
    // logged for a while (Summary::silentStretch()); "ongoing" then reads "ongoing at the
    // last entry" and nothing is called "lately".
    void setFlags(const std::vector<analysis::Flag> &flags, bool hideWhenCalm = false, const QDate &silentSince = {});
    QString text() const;
    int flagCount() const { return m_count; }

    static QString flagTitle(analysis::FlagKind kind, bool diarySilent = false);
    // "ongoing", "resolved", "possibly; the diary has gaps", or "ongoing at the last entry
    // (2 Jan 2026)" when the diary has been silent since `silentSince`.
    static QString flagState(const analysis::Flag &flag, const QDate &silentSince = {});
    // The flag's place in a diary that stopped: `silentSince` of setFlags() from an analysis.
    static QDate silentSince(const analysis::Summary &summary);

private:
    QLabel *m_label;
    int m_count = 0;
};

} // namespace td::ui
