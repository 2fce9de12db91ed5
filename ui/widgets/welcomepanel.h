// The first-run empty state above the pages: what the diary is for in three steps, and
// a way to look around in a sample diary first. It goes away with the first episode or
// when the user dismisses it.
#pragma once

#include <QFrame>

class QPushButton;

namespace td::ui {

class WelcomePanel : public QFrame
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    QPushButton *sampleButton() const { return m_sample; }
    QPushButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    void sampleRequested();
    void dismissed();

private:
    QPushButton *m_sample;
    QPushButton *m_dismiss;
};

} // namespace td::ui
