#include "dialogs/verdicthelpdialog.h"

#include "analysis/associations.h"
#include "dialogs/userguidedialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td::ui {

VerdictHelpDialog::VerdictHelpDialog(QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this)), m_guide(new QPushButton(tr("User &guide"), this))
{
    using namespace analysis;
    setWindowTitle(tr("What do the verdicts mean?"));
    setObjectName(QStringLiteral("verdictHelp"));
    const QString html = u"<h3>" + tr("What the verdicts mean") + u"</h3><p>" +
                         tr("Each factor is compared between days with it and days without it, on the same day or "
                            "one or two days before. Then it gets one verdict:") +
                         u"</p><p>" +
                         tr("<b>Likely</b>: a clear association that holds up after allowing for the many factors "
                            "tested at once (false discovery rate of 10 % at most), with a 95 % interval that does "
                            "not include 1. Given only once the diary has at least %1 logged days, %2 of them with "
                            "twitching, and %3 days with the factor.")
                             .arg(kG2ObservedDays)
                             .arg(kG2EpisodeDays)
                             .arg(kG2ExposedDays) +
                         u"</p><p>" +
                         tr("<b>Possible</b>: a notable difference (episodes at least 1.5 times as frequent, or at "
                            "most two thirds as frequent) that would rarely be chance on its own (p of 0.05 or "
                            "less), but not strong enough for <i>likely</i>. Worth watching; not proof.") +
                         u' ' +
                         tr("It is a weak hint that may well be chance: in diaries with no trigger at all, about half "
                            "show at least one such hint, because many factors are compared at once.") +
                         u"</p><p>" +
                         tr("<b>No clear association</b>: tested, and no difference that stands out from chance. "
                            "A small effect can still hide in a short diary.") +
                         u"</p><p>" +
                         tr("<b>Not tested yet</b>: a factor is tested once there are at least %1 days with it, "
                            "%2 days without it and %3 days with twitching. Keep logging.")
                             .arg(kG1ExposedDays)
                             .arg(kG1UnexposedDays)
                             .arg(kG1EpisodeDays) +
                         u"</p><p>" +
                         tr("<b>Keep logging — about N more days</b>: until the diary has at least %1 logged days "
                            "and %2 days with twitching, no factor is looked at, so a handful of days cannot raise "
                            "a false alarm.")
                             .arg(kG0ObservedDays)
                             .arg(kG0EpisodeDays) +
                         u"</p><h3>" + tr("Reading the chart") + u"</h3><p>" +
                         tr("A ratio above 1 means more episodes with the factor, below 1 fewer; the line is the "
                            "95 % interval, the range the true ratio is likely to be in. These are associations, "
                            "not causes: poor sleep or stress on the same day can also follow from the twitching, "
                            "and factors that mostly occur together cannot be told apart.") +
                         u"</p><h3>" + tr("The exact terms") + u"</h3><p>" +
                         tr("<b>Rate ratio</b> (2.1×): episodes per day on days with the factor divided by episodes "
                            "per day on days without it, within four-week blocks. <b>Lag</b>: \"same day\" is lag 0, "
                            "\"one day before\" lag 1, \"two days before\" lag 2; sleep belongs to the day it ends, "
                            "so lag 0 of sleep is the night before. <b>95 % interval</b>: from a fit that allows for "
                            "the ups and downs from day to day. <b>p</b> (the verdict's test): how often shifting "
                            "your own days against the factor (a rotation test, which keeps every stretch of good "
                            "and bad days intact) gives a difference as large; <b>q</b> corrects it for the number "
                            "of factors compared (Benjamini–Hochberg). The interval and the test are different "
                            "methods and can disagree: the chart then draws the interval dashed, and the sentence "
                            "says why.") +
                         u"</p><p>" +
                         tr("Finding a real trigger takes time: a factor that doubles the twitching reaches "
                            "<i>likely</i> in about one diary in eight after six months of logging, and in about "
                            "two of three after a year.") +
                         u"</p><p>" +
                         tr("Warning signs at the top of the page are separate from the verdicts: they do not wait "
                            "for months of data. Show them to a doctor.") +
                         u"</p>";
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_guide, QDialogButtonBox::HelpRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_guide, &QPushButton::clicked, this, [this] {
        UserGuideDialog::showGuide(parentWidget() ? parentWidget()->window() : nullptr, QStringLiteral("Insights"));
    });
    layout->addWidget(buttons);
    resize(600, 560);
}

} // namespace td::ui
