// Edit > Caffeine drinks: the buttons on Today (a name and the caffeine in mg each), in
// the order they appear. Checked as a whole when the user presses OK.
#pragma once

#include "storage/diarystore.h"

#include <QDialog>

#include <optional>

class QLabel;
class QTableWidget;

namespace td::ui {

class DiaryEditor;
class DiarySession;

class CaffeinePresetsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CaffeinePresetsDialog(DiaryEditor &editor, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }
    // The table as presets, or nullopt with the problem shown in the dialog.
    std::optional<QList<CaffeinePreset>> presets();
    // Checks and saves (what OK does); false leaves the dialog open with the reason.
    bool save();

private:
    void addRow(const QString &name, double mg);
    void moveRow(int delta);

    DiaryEditor &m_editor; // every write goes through it (undoable)
    DiarySession &m_session;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace td::ui
