// The test double of td::ui::Prompts (ui/widgets/prompts.h): installed while it lives, it
// records every question the program asks and answers from a script, in order. A prompt
// the script did not expect, or one of another kind than the next answer, fails the test
// (and is answered as Escape or Cancel would be); answers left over at the end fail it too.
//
//     ScriptedPrompts prompts;
//     prompts.click(u"Open a backup").dialog(pickFirstRow).ok();
//     ... the code under test ...
//     EXPECT_EQ(prompts.asked[0].text, ...);
#pragma once

#include "widgets/prompts.h"

#include <QAbstractButton>
#include <QDialog>
#include <QStringList>

#include <gtest/gtest.h>

#include <deque>
#include <functional>
#include <optional>

class ScriptedPrompts : public td::ui::Prompts
{
public:
    // One question as the program asked it.
    struct Asked {
        QString kind; // question, information, warning, critical, choose, notify,
                      // openFileName, saveFileName, existingDirectory, text, exec
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text; // the message; a file dialog's or a text's label
        QString informativeText;
        QStringList buttons; // choose(): the buttons' texts without '&'; else the standard ones
        QString defaultButton;
        QString escapeButton;
        QString dir;    // file dialogs: the folder or file suggested
        QString filter; // file dialogs
        QFileDialog::Options options;
        QString dialogClass; // exec(): the dialog's class
        QString describe() const
        {
            return kind + QStringLiteral(" \"") + title + QStringLiteral("\": ") + text +
                   (informativeText.isEmpty() ? QString() : QStringLiteral(" / ") + informativeText) +
                   (buttons.isEmpty() ? QString() : QStringLiteral(" [") + buttons.join(QStringLiteral(", ")) + u']') +
                   (dialogClass.isEmpty() ? QString() : QStringLiteral(" ") + dialogClass);
        }
    };

    ScriptedPrompts() { m_before = install(this); }
    ~ScriptedPrompts() override
    {
        install(m_before);
        for (const Answer &a : m_answers)
            ADD_FAILURE() << "a scripted answer was never asked for: " << a.what.toStdString();
    }
    ScriptedPrompts(const ScriptedPrompts &) = delete;
    ScriptedPrompts &operator=(const ScriptedPrompts &) = delete;

    // The script, in the order the questions come.
    // A question/information/warning/critical box answered with `button`.
    ScriptedPrompts &answer(QMessageBox::StandardButton button)
    {
        return push(Kind::Box, QStringLiteral("a message box answered %1").arg(standardText(button)),
                    [button](Reply &r) { r.button = button; });
    }
    // A warning, information or critical box acknowledged with OK.
    ScriptedPrompts &ok() { return answer(QMessageBox::Ok); }
    // A box of the program's own buttons (choose()): clicks the one whose text, without
    // '&', starts with `button`.
    ScriptedPrompts &click(const QString &button)
    {
        return push(Kind::Choice, QStringLiteral("a box with a button \"%1\"").arg(button),
                    [button](Reply &r) { r.label = button; });
    }
    // A file dialog (open, save or folder) answered with `path`; empty: cancelled.
    ScriptedPrompts &file(const QString &path)
    {
        return push(Kind::File, QStringLiteral("a file dialog answered \"%1\"").arg(path),
                    [path](Reply &r) { r.label = path; });
    }
    // A line of text (Prompts::text); `accepted` false: cancelled.
    ScriptedPrompts &text(const QString &typed, bool accepted = true)
    {
        return push(Kind::Text, QStringLiteral("a text prompt answered \"%1\"").arg(typed),
                    [typed, accepted](Reply &r) {
            r.label = typed;
            r.accepted = accepted;
        });
    }
    // One of the program's dialogs (Prompts::exec): `fill` sets it up and returns its
    // result (QDialog::Accepted or Rejected) instead of exec().
    ScriptedPrompts &dialog(std::function<int(QDialog &)> fill)
    {
        return push(Kind::Dialog, QStringLiteral("a dialog"), [fill](Reply &r) { r.fill = fill; });
    }
    // A warning that does not block (Prompts::notify).
    ScriptedPrompts &notice()
    {
        return push(Kind::Notice, QStringLiteral("a notice"), [](Reply &) {});
    }

    // Every question asked so far, in order.
    QList<Asked> asked;
    // Answers not used yet.
    qsizetype pending() const { return qsizetype(m_answers.size()); }

    QMessageBox::StandardButton question(QWidget *, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton) override
    {
        return box(QStringLiteral("question"), QMessageBox::Question, title, text, buttons, defaultButton);
    }
    QMessageBox::StandardButton information(QWidget *, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton) override
    {
        return box(QStringLiteral("information"), QMessageBox::Information, title, text, buttons, defaultButton);
    }
    QMessageBox::StandardButton warning(QWidget *, const QString &title, const QString &text,
                                        QMessageBox::StandardButtons buttons,
                                        QMessageBox::StandardButton defaultButton) override
    {
        return box(QStringLiteral("warning"), QMessageBox::Warning, title, text, buttons, defaultButton);
    }
    QMessageBox::StandardButton critical(QWidget *, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton) override
    {
        return box(QStringLiteral("critical"), QMessageBox::Critical, title, text, buttons, defaultButton);
    }
    int choose(QWidget *, const td::ui::Choice &choice) override
    {
        Asked a;
        a.kind = QStringLiteral("choose");
        a.icon = choice.icon;
        a.title = choice.title;
        a.text = choice.text;
        a.informativeText = choice.informativeText;
        for (const td::ui::Choice::Button &b : choice.buttons)
            a.buttons << (b.standard != QMessageBox::NoButton ? standardText(b.standard)
                                                              : QString(b.text).remove(u'&'));
        if (choice.defaultButton >= 0 && choice.defaultButton < a.buttons.size())
            a.defaultButton = a.buttons[choice.defaultButton];
        if (choice.escapeButton >= 0 && choice.escapeButton < a.buttons.size())
            a.escapeButton = a.buttons[choice.escapeButton];
        asked << a;
        const auto reply = next(Kind::Choice, a);
        if (reply) {
            for (qsizetype i = 0; i < a.buttons.size(); ++i)
                if (a.buttons[i].startsWith(reply->label))
                    return int(i);
            ADD_FAILURE() << "no button \"" << reply->label.toStdString() << "\" in " << a.describe().toStdString();
        }
        return choice.escapeButton; // as Escape would
    }
    QMessageBox *notify(QWidget *, QMessageBox::Icon icon, const QString &title, const QString &text) override
    {
        Asked a;
        a.kind = QStringLiteral("notify");
        a.icon = icon;
        a.title = title;
        a.text = text;
        asked << a;
        next(Kind::Notice, a);
        return nullptr;
    }
    QString openFileName(QWidget *, const QString &caption, const QString &dir, const QString &filter,
                         QFileDialog::Options options) override
    {
        return fileDialog(QStringLiteral("openFileName"), caption, dir, filter, options);
    }
    QString saveFileName(QWidget *, const QString &caption, const QString &dir, const QString &filter,
                         QFileDialog::Options options) override
    {
        return fileDialog(QStringLiteral("saveFileName"), caption, dir, filter, options);
    }
    QString existingDirectory(QWidget *, const QString &caption, const QString &dir,
                              QFileDialog::Options options) override
    {
        return fileDialog(QStringLiteral("existingDirectory"), caption, dir, QString(), options);
    }
    QString text(QWidget *, const QString &title, const QString &label, QLineEdit::EchoMode, const QString &initial,
                 bool *ok) override
    {
        Asked a;
        a.kind = QStringLiteral("text");
        a.title = title;
        a.text = label;
        a.dir = initial;
        asked << a;
        const auto reply = next(Kind::Text, a);
        if (ok)
            *ok = reply && reply->accepted;
        return reply && reply->accepted ? reply->label : QString();
    }
    int exec(QDialog &dialog) override
    {
        Asked a;
        a.kind = QStringLiteral("exec");
        a.title = dialog.windowTitle();
        a.dialogClass = QString::fromLatin1(dialog.metaObject()->className());
        asked << a;
        const auto reply = next(Kind::Dialog, a);
        return reply && reply->fill ? reply->fill(dialog) : int(QDialog::Rejected);
    }

private:
    enum class Kind { Box, Choice, File, Text, Dialog, Notice };
    struct Reply {
        QMessageBox::StandardButton button = QMessageBox::NoButton;
        QString label;
        bool accepted = true;
        std::function<int(QDialog &)> fill;
    };
    struct Answer {
        Kind kind;
        QString what;
        Reply reply;
    };

    ScriptedPrompts &push(Kind kind, const QString &what, const std::function<void(Reply &)> &set)
    {
        Answer a{kind, what, {}};
        set(a.reply);
        m_answers.push_back(a);
        return *this;
    }
    std::optional<Reply> next(Kind kind, const Asked &a)
    {
        if (m_answers.empty()) {
            ADD_FAILURE() << "an unexpected prompt: " << a.describe().toStdString();
            return std::nullopt;
        }
        Answer answer = m_answers.front();
        m_answers.pop_front();
        if (answer.kind != kind) {
            ADD_FAILURE() << "expected " << answer.what.toStdString()
                          << ", but the program asked: " << a.describe().toStdString();
            return std::nullopt;
        }
        return answer.reply;
    }
    QMessageBox::StandardButton box(const QString &kind, QMessageBox::Icon icon, const QString &title,
                                    const QString &text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton)
    {
        Asked a;
        a.kind = kind;
        a.icon = icon;
        a.title = title;
        a.text = text;
        for (int b = QMessageBox::FirstButton; b <= QMessageBox::LastButton; b <<= 1)
            if (buttons.testFlag(QMessageBox::StandardButton(b)))
                a.buttons << standardText(QMessageBox::StandardButton(b));
        if (defaultButton != QMessageBox::NoButton)
            a.defaultButton = standardText(defaultButton);
        asked << a;
        const auto reply = next(Kind::Box, a);
        if (!reply)
            return buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel : QMessageBox::NoButton;
        if (!buttons.testFlag(reply->button))
            ADD_FAILURE() << "answered " << standardText(reply->button).toStdString()
                          << ", which the box does not have: " << a.describe().toStdString();
        return reply->button;
    }
    QString fileDialog(const QString &kind, const QString &caption, const QString &dir, const QString &filter,
                       QFileDialog::Options options)
    {
        Asked a;
        a.kind = kind;
        a.title = caption;
        a.dir = dir;
        a.filter = filter;
        a.options = options;
        asked << a;
        const auto reply = next(Kind::File, a);
        return reply ? reply->label : QString();
    }
    static QString standardText(QMessageBox::StandardButton b)
    {
        switch (b) {
        case QMessageBox::Ok: return QStringLiteral("OK");
        case QMessageBox::Cancel: return QStringLiteral("Cancel");
        case QMessageBox::Yes: return QStringLiteral("Yes");
        case QMessageBox::No: return QStringLiteral("No");
        case QMessageBox::Close: return QStringLiteral("Close");
        case QMessageBox::Discard: return QStringLiteral("Discard");
        case QMessageBox::Save: return QStringLiteral("Save");
        case QMessageBox::Abort: return QStringLiteral("Abort");
        case QMessageBox::Retry: return QStringLiteral("Retry");
        case QMessageBox::Ignore: return QStringLiteral("Ignore");
        default: return QStringLiteral("button 0x%1").arg(uint(b), 0, 16);
        }
    }

    std::deque<Answer> m_answers;
    Prompts *m_before = nullptr;
};
