#include "dialogs/restoredialog.h"

#include "storage/backup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace td::ui {

RestoreDialog::RestoreDialog(const QString &diaryPath, QWidget *parent) : QDialog(parent), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Restore from backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Twitch Diary keeps a backup each day you use it (the last 7 days and 4 "
                                "weeks) and before every upgrade. Restoring replaces the diary with the "
                                "backup; the diary as it is now is kept as a backup first, so nothing "
                                "is lost.\n\nBackups are in %1.")
                                 .arg(QDir::toNativeSeparators(backups::folderFor(diaryPath))),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setHeaderLabels({tr("Taken"), tr("Why"), tr("Episodes"), tr("Entries in all")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Backups, newest first"));
    const QLocale locale;
    for (const BackupInfo &b : backups::list(diaryPath)) {
        const QString why = b.kind == u"daily"       ? tr("daily")
                            : b.kind == u"migration" ? tr("before an upgrade")
                            : b.kind == u"restore"   ? tr("before a restore")
                            : b.kind == u"factor"    ? tr("before removing a factor")
                                                     : b.kind;
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(b.created, QLocale::ShortFormat), why,
                                                  b.episodes >= 0 ? QString::number(b.episodes) : tr("unreadable"),
                                                  b.entries >= 0 ? QString::number(b.entries) : tr("unreadable")});
        item->setData(0, Qt::UserRole, b.path);
        item->setDisabled(b.entries < 0);
        item->setTextAlignment(2, Qt::AlignRight);
        item->setTextAlignment(3, Qt::AlignRight);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    if (m_list->topLevelItemCount() == 0) {
        auto *none = new QLabel(tr("There are no backups of this diary yet. The first is taken the next "
                                   "time you open it on a new day."),
                                this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore this backup"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_restore->setEnabled(current && !current->isDisabled()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 380);
}

QString RestoreDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace td::ui
