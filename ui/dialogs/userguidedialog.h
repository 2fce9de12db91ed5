// Help › User guide (F1): docs/user-guide.md, compiled in as a resource and shown as
// formatted text, so it works without the package, a browser or a network.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace td::ui {

class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // Shows the guide (one window per parent, raised if already open), at the section whose
    // heading starts with `section` when given.
    static UserGuideDialog *showGuide(QWidget *parent, const QString &section = {});

    // Moves to the section whose heading starts with `heading`; false when there is none.
    bool showSection(const QString &heading);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace td::ui
