#include "dialogs/userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td::ui {

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Twitch Diary user guide"));
    setObjectName(QStringLiteral("userGuide"));
    auto *layout = new QVBoxLayout(this);
    // The guide has no links to follow; nothing here may reach out of the app.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is missing from this build."));
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 640);
}

UserGuideDialog *UserGuideDialog::showGuide(QWidget *parent, const QString &section)
{
    auto *dialog = parent ? parent->findChild<UserGuideDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        dialog = new UserGuideDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show(); // not modal: the guide can stay open beside the window
    dialog->raise();
    dialog->activateWindow();
    if (!section.isEmpty())
        dialog->showSection(section);
    return dialog;
}

bool UserGuideDialog::showSection(const QString &heading)
{
    const QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text().startsWith(heading)) {
            // To the end first, then back: the heading ends up at the top of the view.
            m_browser->moveCursor(QTextCursor::End);
            m_browser->ensureCursorVisible();
            m_browser->setTextCursor(QTextCursor(block));
            m_browser->ensureCursorVisible();
            return true;
        }
    }
    return false;
}

} // namespace td::ui
