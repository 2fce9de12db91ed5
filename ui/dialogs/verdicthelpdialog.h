// "What do the verdicts mean?" on Insights: the four verdicts and the gates in plain words,
// with the thresholds taken from the analysis itself so the text cannot drift from it.
#pragma once

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace td::ui {

class VerdictHelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VerdictHelpDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QPushButton *guideButton() const { return m_guide; }

private:
    QTextBrowser *m_browser;
    QPushButton *m_guide;
};

} // namespace td::ui
