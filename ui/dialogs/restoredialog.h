// File › Restore from backup…: the diary's backups with their dates and entry counts.
#pragma once

#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace td::ui {

class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreDialog(const QString &diaryPath, QWidget *parent = nullptr);
    // The chosen backup's path (empty when none was chosen).
    QString selectedBackup() const;
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
    QPushButton *m_restore;
};

} // namespace td::ui
