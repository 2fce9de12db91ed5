#include "widgets/welcomepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QFrame(parent), m_sample(new QPushButton(tr("E&xplore with sample data"), this)),
      m_dismiss(new QPushButton(tr("Start my &diary"), this))
{
    setObjectName(QStringLiteral("welcomePanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#welcomePanel { background: palette(alternate-base); border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Welcome to Twitch Diary</b> — a private diary for eyelid, lip and face "
                                "twitching. Everything stays on this computer."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *steps = new QLabel(
        tr("<ol style='margin-left:-20px'>"
           "<li><b>When it twitches</b>, click the place on the face above and press <i>Log episode</i>.</li>"
           "<li><b>Once a day</b>, note caffeine, sleep, stress and food, then press <i>Day complete</i>.</li>"
           "<li><b>After a few weeks</b>, <i>Insights</i> shows what goes with your twitching and when to "
           "see a doctor, and <i>Report</i> makes a one-page summary for the appointment.</li></ol>"),
        this);
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    layout->addWidget(steps);
    auto *row = new QHBoxLayout;
    auto *note = new QLabel(tr("The sample opens in a separate window and file; your diary stays empty."), this);
    note->setWordWrap(true);
    row->addWidget(note, 1);
    row->addWidget(m_sample);
    row->addWidget(m_dismiss);
    layout->addLayout(row);
    m_dismiss->setDefault(false);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePanel::sampleRequested);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
}

} // namespace td::ui
