#include "widgets/prompts.h"

#include <QDialog>
#include <QInputDialog>
#include <QPushButton>

namespace td::ui {

namespace {
Prompts *g_installed = nullptr;
} // namespace

Prompts::~Prompts() = default;

Prompts &Prompts::current()
{
    static Prompts real;
    return g_installed ? *g_installed : real;
}

Prompts *Prompts::install(Prompts *prompts)
{
    Prompts *before = g_installed;
    g_installed = prompts;
    return before;
}

QMessageBox::StandardButton Prompts::question(QWidget *parent, const QString &title, const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton Prompts::information(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return QMessageBox::information(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton Prompts::warning(QWidget *parent, const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    return QMessageBox::warning(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton Prompts::critical(QWidget *parent, const QString &title, const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    return QMessageBox::critical(parent, title, text, buttons, defaultButton);
}

int Prompts::choose(QWidget *parent, const Choice &choice)
{
    QMessageBox box(choice.icon, choice.title, choice.text, QMessageBox::NoButton, parent);
    if (!choice.informativeText.isEmpty())
        box.setInformativeText(choice.informativeText);
    QList<QAbstractButton *> buttons;
    for (const Choice::Button &b : choice.buttons)
        buttons.append(b.standard != QMessageBox::NoButton ? box.addButton(b.standard) : box.addButton(b.text, b.role));
    if (choice.defaultButton >= 0 && choice.defaultButton < buttons.size())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons[choice.defaultButton]));
    if (choice.escapeButton >= 0 && choice.escapeButton < buttons.size())
        box.setEscapeButton(buttons[choice.escapeButton]);
    box.exec();
    return box.clickedButton() ? int(buttons.indexOf(box.clickedButton())) : -1;
}

QMessageBox *Prompts::notify(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

QString Prompts::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                              QFileDialog::Options options)
{
    return QFileDialog::getOpenFileName(parent, caption, dir, filter, nullptr, options);
}

QString Prompts::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                              QFileDialog::Options options)
{
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr, options);
}

QString Prompts::existingDirectory(QWidget *parent, const QString &caption, const QString &dir,
                                   QFileDialog::Options options)
{
    return QFileDialog::getExistingDirectory(parent, caption, dir, options);
}

QString Prompts::text(QWidget *parent, const QString &title, const QString &label, QLineEdit::EchoMode mode,
                      const QString &initial, bool *ok)
{
    return QInputDialog::getText(parent, title, label, mode, initial, ok);
}

int Prompts::exec(QDialog &dialog) { return dialog.exec(); }

} // namespace td::ui
