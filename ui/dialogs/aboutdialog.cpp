#include "dialogs/aboutdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace td::ui {
namespace {

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &diaryPath, QWidget *parent)
    : QDialog(parent), m_openFolder(new QPushButton(tr("Open &folder"), this))
{
    setWindowTitle(tr("About Twitch Diary"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/twitchdiary.svg")).pixmap(64, 64));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setText(tr("<h2>Twitch Diary</h2><p>Version %1</p>").arg(QStringLiteral(TD_VERSION)));
    header->addWidget(title, 1);
    layout->addLayout(header);

    layout->addWidget(paragraph(tr("A private diary for eyelid, lip and face twitching: log episodes, "
                                   "see what goes with them, and know when to see a doctor. It keeps "
                                   "a diary; it does not make a diagnosis."),
                                this));

    const bool onDisk = !diaryPath.isEmpty() && diaryPath != u":memory:"; // tests use an in-memory diary
    const QString folder = onDisk ? QFileInfo(diaryPath).absolutePath() : QString();
    auto *where = paragraph(onDisk
                                ? tr("Your diary: %1\nIn the folder: %2\nBackups: %3")
                                      .arg(QDir::toNativeSeparators(diaryPath), QDir::toNativeSeparators(folder),
                                           QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral("backups"))))
                                : tr("This diary is kept in memory only; nothing is written to disk."),
                            this);
    where->setObjectName(QStringLiteral("diaryLocation"));
    where->setTextFormat(Qt::PlainText);
    layout->addWidget(where);

    auto *folderRow = new QHBoxLayout;
    m_openFolder->setToolTip(tr("Show the diary's folder in the file manager"));
    m_openFolder->setEnabled(onDisk);
    if (onDisk)
        m_folderUrl = QUrl::fromLocalFile(folder);
    // A local file URL goes to the file manager; nothing here uses the network.
    connect(m_openFolder, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_folderUrl); });
    folderRow->addWidget(m_openFolder);
    folderRow->addStretch();
    layout->addLayout(folderRow);

    auto *privacy = paragraph(tr("Twitch Diary makes no network connection: everything stays on this machine."), this);
    privacy->setObjectName(QStringLiteral("privacyNote"));
    QFont bold = privacy->font();
    bold.setBold(true);
    privacy->setFont(bold);
    layout->addWidget(privacy);

    layout->addWidget(paragraph(tr("Licence: GNU General Public License, version 3 or later "
                                   "(GPL-3.0-or-later). You may share and change it under its terms; "
                                   "it comes with no warranty."),
                                this));
    layout->addWidget(paragraph(tr("Built with Qt %1, running on Qt %2.")
                                    .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                                this));

    layout->addStretch(); // spare height below the text, not between the paragraphs
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    // As tall as the wrapped text needs at this width, no taller.
    constexpr int width = 540;
    resize(width, layout->totalHeightForWidth(width));
}

QString AboutDialog::text() const
{
    QStringList parts;
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->pixmap().isNull())
            parts << (label->textFormat() == Qt::RichText ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                                          : label->text());
    }
    return parts.join(u'\n');
}

} // namespace td::ui
