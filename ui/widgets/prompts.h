// Every modal question the program asks (message boxes, file dialogs, a line of text, a
// dialog of its own) goes through Prompts, so a test can answer it
// (tests/support/scriptedprompts.h). The default implementation shows the real QMessageBox,
// QFileDialog and QInputDialog with the same texts, buttons, default buttons and icons
// the static Qt calls would show.
#pragma once

#include <QFileDialog>
#include <QLineEdit>
#include <QList>
#include <QMessageBox>
#include <QString>

class QDialog;
class QWidget;

namespace td::ui {

// A message box with buttons of its own ("Open read-only", "Quit"), and optionally
// standard ones (Cancel) among them.
struct Choice {
    struct Button {
        QString text; // empty for a standard button
        QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
        QMessageBox::StandardButton standard = QMessageBox::NoButton;
    };
    QMessageBox::Icon icon = QMessageBox::Question;
    QString title;
    QString text;
    QString informativeText;
    QList<Button> buttons;
    int defaultButton = -1; // index into buttons; -1: Qt's choice
    int escapeButton = -1;  // index into buttons; -1: Qt's choice (the RejectRole button)

    // Adds a button and returns its index (what choose() returns when it is clicked).
    int add(const QString &label, QMessageBox::ButtonRole role)
    {
        buttons.append(Button{label, role, QMessageBox::NoButton});
        return int(buttons.size()) - 1;
    }
    int add(QMessageBox::StandardButton standard)
    {
        buttons.append(Button{QString(), QMessageBox::NoRole, standard});
        return int(buttons.size()) - 1;
    }
};

class Prompts
{
public:
    virtual ~Prompts();

    // As QMessageBox's static functions.
    virtual QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::StandardButtons(QMessageBox::Yes | QMessageBox::No),
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    virtual QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text,
                                                    QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                                    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    virtual QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    virtual QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                                 QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // A box of `choice`'s buttons, shown modally: the index of the button clicked, -1 when
    // it was closed without one.
    virtual int choose(QWidget *parent, const Choice &choice);
    // A warning that does not block (window-modal, deletes itself): the user keeps working.
    // Returns the box while it is open, so its text can be brought up to date instead of a
    // second box stacked on it (null from a test double).
    virtual QMessageBox *notify(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);

    // As QFileDialog's static functions; empty when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                                 QFileDialog::Options options = {});
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                                 QFileDialog::Options options = {});
    virtual QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir,
                                      QFileDialog::Options options = QFileDialog::ShowDirsOnly);
    // As QInputDialog::getText; *ok false when cancelled.
    virtual QString text(QWidget *parent, const QString &title, const QString &label, QLineEdit::EchoMode mode,
                         const QString &initial, bool *ok);
    // Runs one of the program's own dialogs modally (exec()); a test fills it in instead.
    virtual int exec(QDialog &dialog);

    // The prompts every call site uses: the real ones unless a test installed others.
    static Prompts &current();
    // Installs `prompts` (not owned; null: the real ones again) and returns the one before.
    static Prompts *install(Prompts *prompts);
};

// Shorthand for the call sites.
inline Prompts &prompts() { return Prompts::current(); }

} // namespace td::ui
