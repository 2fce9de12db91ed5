// Help › About: the version, the licence, where the diary lives (with a button that opens
// its folder), and that nothing leaves this computer.
#pragma once

#include <QDialog>
#include <QUrl>

class QPushButton;

namespace td::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &diaryPath, QWidget *parent = nullptr);

    // The folder the Open-folder button opens; empty for a diary kept in memory.
    QUrl folderUrl() const { return m_folderUrl; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    // Everything the dialog says, as plain text (tests, and copying into a bug report).
    QString text() const;

private:
    QUrl m_folderUrl;
    QPushButton *m_openFolder;
};

} // namespace td::ui
