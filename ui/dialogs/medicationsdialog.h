// Edit › Medications…: add, edit, stop and delete medications (name, dose, start and
// stop dates). Every change is undoable; a bad date is refused at the field.
#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace td::ui {

class DiaryEditor;

class MedicationsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MedicationsDialog(DiaryEditor &editor, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *doseEdit() const { return m_dose; }
    QDateEdit *startedEdit() const { return m_started; }
    QCheckBox *stoppedBox() const { return m_stoppedBox; }
    QDateEdit *stoppedEdit() const { return m_stopped; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *deleteButton() const { return m_delete; }

    bool addMedication(); // from the fields, as a new medication
    bool saveSelected();  // the fields into the selected medication
    bool stopSelected();  // stopped today
    bool deleteSelected();

private:
    void reload();
    void showSelected();
    qint64 selectedId() const;
    // Empty when the fields are valid, else the message (shown under the fields).
    QString validate();
    bool fail(const QString &message);

    DiaryEditor &m_editor;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_dose;
    QDateEdit *m_started;
    QCheckBox *m_stoppedBox;
    QDateEdit *m_stopped;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_save;
    QPushButton *m_stop;
    QPushButton *m_delete;
};

} // namespace td::ui
