// Edit › Custom factors…: define the user's own factors, yes/no or a number with a unit
// (cold exposure, screen hours, exercise …). They get a row on Today and are analysed
// like the built-in ones (custom:<name>).
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace td::ui {

class DiaryEditor;
class DiarySession;

class CustomFactorsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomFactorsDialog(DiaryEditor &editor, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *unitEdit() const { return m_unit; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *defineButton() const { return m_define; }

    bool defineFactor();
    // Rename or remove (after the user confirmed); false with the reason shown.
    bool renameFactor(const QString &name, const QString &newName);
    bool removeFactor(const QString &name);

private:
    void reload();
    QString selectedName() const;
    void showError(const QString &error);

    DiaryEditor &m_editor; // every write goes through it (undoable)
    DiarySession &m_session;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_unit;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error;
    QPushButton *m_define;
};

} // namespace td::ui
