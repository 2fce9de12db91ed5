// The red-flag banner: each warning sign with its dates and evidence, and what to do;
// a calm line when there are none. Never worded as a diagnosis.
#pragma once

#include "analysis/redflags.h"

#include <QFrame>

class QLabel;

namespace td::ui {

class RedFlagBanner : public QFrame
{
    Q_OBJECT
public:
    explicit RedFlagBanner(QWidget *parent = nullptr);
    // Shows `flags`; with `hideWhenCalm` (the Today page) the banner disappears when
    // there is nothing to show.
    void setFlags(const std::vector<analysis::Flag> &flags, bool hideWhenCalm = false);
    QString text() const;
    int flagCount() const { return m_count; }

    static QString flagTitle(analysis::FlagKind kind);

private:
    QLabel *m_label;
    int m_count = 0;
};

} // namespace td::ui
