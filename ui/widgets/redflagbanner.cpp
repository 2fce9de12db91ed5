#include "widgets/redflagbanner.h"

#include "widgets/readability.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace td::ui {

RedFlagBanner::RedFlagBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("redFlagBanner"));
    auto *layout = new QHBoxLayout(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label);
    setFlags({});
}

QString RedFlagBanner::flagTitle(analysis::FlagKind kind, bool diarySilent)
{
    using analysis::FlagKind;
    if (diarySilent && kind == FlagKind::Worsening)
        return tr("More episodes before the diary stopped");
    switch (kind) {
    case FlagKind::Persistent: return tr("Twitching has gone on for weeks");
    case FlagKind::Spreading: return tr("Twitching in new places");
    case FlagKind::RedFlagSymptom: return tr("Symptoms beyond the twitch");
    case FlagKind::MedicationOnset: return tr("Began soon after starting a medication");
    case FlagKind::Worsening: return tr("More episodes lately");
    case FlagKind::Recurring: return tr("Keeps coming back");
    }
    return {};
}

QString RedFlagBanner::flagState(const analysis::Flag &f, const QDate &silentSince)
{
    switch (f.state) {
    case analysis::FlagState::Ongoing:
        return silentSince.isValid() ? tr("ongoing at the last entry, %1")
                                           .arg(QLocale().toString(silentSince, QStringLiteral("d MMM yyyy")))
                                     : tr("ongoing");
    case analysis::FlagState::Resolved: return tr("resolved");
    case analysis::FlagState::Possible: return tr("possibly; the diary has gaps");
    }
    return {};
}

QDate RedFlagBanner::silentSince(const analysis::Summary &summary)
{
    return summary.silentStretch() ? summary.lastEntry : QDate();
}

void RedFlagBanner::setFlags(const std::vector<analysis::Flag> &flags, bool hideWhenCalm, const QDate &silentSince)
{
    m_count = int(flags.size());
    const QLocale locale;
    QString html;
    if (flags.empty()) {
        html = tr("<b>No warning signs in your diary so far.</b> This is not a diagnosis: if "
                  "something worries you, see a doctor.");
        setStyleSheet(QStringLiteral("#redFlagBanner { background: palette(alternate-base); }"));
    } else {
        html = tr("<b>Worth showing to a doctor</b> — these patterns in your diary are reasons to "
                  "get a check-up. They are not a diagnosis.<ul style='margin:0'>");
        for (const analysis::Flag &f : flags) {
            const QString dates = f.from == f.to ? locale.toString(f.from, QLocale::ShortFormat)
                                                 : tr("%1 – %2").arg(locale.toString(f.from, QLocale::ShortFormat),
                                                                     locale.toString(f.to, QLocale::ShortFormat));
            html += tr("<li><b>%1</b> (%2, %3): %4</li>")
                        .arg(flagTitle(f.kind, silentSince.isValid()).toHtmlEscaped(), dates, flagState(f, silentSince),
                             f.detail.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
        // Amber, with a thick border: visible without relying on colour alone.
        // In a dark palette a dim amber, not a glaring light one; text checked for contrast.
        const UiColours c = UiColours::forPalette(palette());
        setStyleSheet(QStringLiteral("#redFlagBanner { background: %1; color: %2; "
                                     "border: 2px solid %3; border-radius: 4px; }"
                                     "#redFlagBanner QLabel { color: %2; }")
                          .arg(c.warningBackground.name(), c.warningText.name(), c.warningBorder.name()));
    }
    m_label->setText(html);
    setVisible(!(hideWhenCalm && flags.empty()));
}

QString RedFlagBanner::text() const { return m_label->text(); }

} // namespace td::ui
