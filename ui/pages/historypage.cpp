#include "pages/historypage.h"

#include "commands/diaryeditor.h"
#include "dialogs/episodedialog.h"
#include "domain/inputlimits.h"
#include "models/historymodel.h"
#include "widgets/prompts.h"
#include "widgets/readability.h"

#include <QAction>
#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTextCharFormat>
#include <QTreeView>
#include <QVBoxLayout>

namespace td::ui {

HistoryPage::HistoryPage(DiaryEditor &editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_model(new HistoryModel(editor.session(), this)), m_view(new QTreeView(this)),
      m_empty(new QLabel(tr("Nothing logged yet. Episodes and daily factors you log on the "
                            "Today page appear here, newest first."),
                         this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_delete(new QPushButton(tr("&Delete"), this)),
      m_calendar(new QCalendarWidget(this)), m_dayNote(new QLabel(this))
{
    auto *outer = new QHBoxLayout(this);
    auto *side = new QVBoxLayout;
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setMinimumDate(td::limits::earliestDate()); // inputlimits.h
    m_calendar->setMaximumDate(editor.session().today());
    m_calendar->setAccessibleName(tr("Calendar: pick a day to show its entries"));
    m_calendar->setFixedWidth(300);
    side->addWidget(m_calendar);
    auto *legend = new QLabel(tr("<span style='color:%1'>■</span> days with twitching (stronger: more) · "
                                 "<b>bold</b>: logged without twitching · plain: not logged")
                                  .arg(UiColours::forPalette(palette()).twitchDayMark.name()),
                              this);
    legend->setWordWrap(true);
    legend->setFixedWidth(300);
    side->addWidget(legend);
    m_dayNote->setWordWrap(true);
    m_dayNote->setFixedWidth(300);
    side->addWidget(m_dayNote);
    side->addStretch();
    outer->addLayout(side);
    auto *layout = new QVBoxLayout;
    outer->addLayout(layout, 1);
    connect(m_calendar, &QCalendarWidget::clicked, this, &HistoryPage::showDay);
    connect(m_calendar, &QCalendarWidget::activated, this, &HistoryPage::showDay);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Diary history"));
    m_view->header()->setSectionResizeMode(HistoryModel::WhenColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(HistoryModel::WhatColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(HistoryModel::WhatColumn, 320);
    m_view->header()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_edit->setToolTip(tr("Edit the selected twitch (or double-click it)"));
    m_delete->setToolTip(tr("Delete the selected entries (Delete key); Edit > Undo brings them back"));
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
    auto *deleteAction = new QAction(tr("Delete selected entries"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &HistoryPage::deleteSelected);
    connect(m_delete, &QPushButton::clicked, this, &HistoryPage::deleteSelected);
    connect(m_edit, &QPushButton::clicked, this, &HistoryPage::editSelected);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.parent().isValid() &&
            index.data(HistoryModel::EntryKindRole).toInt() == int(HistoryModel::EntryKind::Episode))
            editSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryPage::updateButtons);
    updateButtons();
    auto updateEmpty = [this] {
        m_empty->setVisible(m_model->dayCount() == 0);
        m_view->setVisible(m_model->dayCount() > 0);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateEmpty);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this, updateEmpty](const QModelIndex &where, int first) {
        updateEmpty();
        if (!where.isValid())
            m_view->expand(m_model->index(first, 0));
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateEmpty);
    // The calendar follows the model day by day: a whole pass only when the model resets
    // (ten years are 3,650 days; an edit changes one).
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::updateCalendar);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &where, int first, int last) {
        for (int row = first; row <= last; ++row)
            markDay(where.isValid() ? where : m_model->index(row, 0));
    });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &where, int first, int last) {
        if (where.isValid())
            return; // entries of a day: its row changes too (dataChanged)
        for (int row = first; row <= last; ++row)
            m_calendar->setDateTextFormat(m_model->index(row, 0).data(HistoryModel::DateRole).toDate(), {});
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            markDay(topLeft.parent().isValid() ? topLeft.parent() : m_model->index(row, 0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QDate d = current.data(HistoryModel::DateRole).toDate();
        if (d.isValid() && d != m_calendar->selectedDate()) {
            const QSignalBlocker block(m_calendar);
            m_calendar->setSelectedDate(d);
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Open the most recent week; older days stay folded.
        for (int row = 0; row < std::min(7, m_model->dayCount()); ++row)
            m_view->expand(m_model->index(row, 0));
    });
}

void HistoryPage::updateCalendar()
{
    m_calendar->setMaximumDate(m_editor.session().today());
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every day's format
    for (int row = 0; row < m_model->dayCount(); ++row)
        markDay(m_model->index(row, 0));
}

void HistoryPage::markDay(const QModelIndex &day)
{
    const int n = day.data(HistoryModel::EpisodeCountRole).toInt();
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    if (n > 0) {
        // From the calendar's background towards red by count; the text black or white,
        // whichever reads (4.5:1) on that shade, in a light and a dark palette.
        f.setBackground(UiColours::twitchDay(m_calendar->palette(), n));
        f.setForeground(UiColours::twitchDayText(m_calendar->palette(), n));
    }
    f.setToolTip(n > 0 ? tr("%n episode(s)", nullptr, n) : tr("Logged, no twitches"));
    m_calendar->setDateTextFormat(day.data(HistoryModel::DateRole).toDate(), f);
}

void HistoryPage::showDay(const QDate &date)
{
    if (m_calendar->selectedDate() != date) {
        const QSignalBlocker block(m_calendar);
        m_calendar->setSelectedDate(date);
    }
    const QModelIndex day = m_model->indexOfDay(date);
    if (!day.isValid()) {
        m_dayNote->setText(tr("Nothing was logged on %1. Go to Today and pick that date to add entries.")
                               .arg(QLocale().toString(date, QLocale::LongFormat)));
        m_view->clearSelection();
        return;
    }
    m_dayNote->clear();
    m_view->expand(day);
    m_view->scrollTo(day, QAbstractItemView::PositionAtTop);
    m_view->selectionModel()->setCurrentIndex(day, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void HistoryPage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_delete->setEnabled(!rows.isEmpty() && !m_editor.session().isReadOnly());
    m_edit->setEnabled(rows.size() == 1 && rows[0].parent().isValid() &&
                       rows[0].data(HistoryModel::EntryKindRole).toInt() == int(HistoryModel::EntryKind::Episode) &&
                       !m_editor.session().isReadOnly());
}

bool HistoryPage::deleteSelected()
{
    using Kind = HistoryModel::EntryKind;
    QList<QModelIndex> entries;
    QList<QDate> wholeDays; // selected day rows: their entries are not in view one by one
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        if (row.parent().isValid()) {
            entries.append(row);
            continue;
        }
        wholeDays.append(row.data(HistoryModel::DateRole).toDate());
        for (int i = 0; i < m_model->rowCount(row); ++i) // a whole day
            entries.append(m_model->index(i, 0, row));
    }
    // Say what goes: one entry by name; a whole day of several entries after a question.
    auto describe = [this](const QModelIndex &e) {
        return QStringLiteral("%1 %2")
            .arg(m_model->index(e.row(), HistoryModel::WhenColumn, e.parent()).data().toString(),
                 m_model->index(e.row(), HistoryModel::WhatColumn, e.parent()).data().toString())
            .simplified();
    };
    if (!wholeDays.isEmpty() && entries.size() > 1) {
        QStringList lines;
        for (const QModelIndex &e : std::as_const(entries)) {
            if (lines.size() == 12) {
                lines << tr("… and %n more", nullptr, int(entries.size()) - 12);
                break;
            }
            lines << QStringLiteral("• ") +
                         QLocale().toString(e.data(HistoryModel::DateRole).toDate(), QLocale::ShortFormat) + u' ' +
                         describe(e);
        }
        Choice box;
        box.icon = QMessageBox::Question;
        box.title = tr("Delete entries");
        box.text = tr("Delete all %n entry(s) of the selected day(s)?", nullptr, int(entries.size()));
        box.informativeText = lines.join(u'\n') + QStringLiteral("\n\n") + tr("Edit › Undo brings them back.");
        const int yes = box.add(tr("Delete %n entry(s)", nullptr, int(entries.size())), QMessageBox::DestructiveRole);
        box.defaultButton = box.add(QMessageBox::Cancel);
        if (prompts().choose(this, box) != yes)
            return false;
    }
    const QString single = entries.size() == 1 ? describe(entries.constFirst()) : QString();
    QList<DiaryEditor::Step> steps;
    QSet<QString> seen;
    for (const QModelIndex &e : entries) {
        const auto kind = Kind(e.data(HistoryModel::EntryKindRole).toInt());
        const qint64 id = e.data(HistoryModel::EntryIdRole).toLongLong();
        const QDate date = e.data(HistoryModel::DateRole).toDate();
        const QString key = QString::number(int(kind)) + u'/' + QString::number(id) + u'/' + date.toString(Qt::ISODate);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        std::optional<DiaryEditor::Step> step;
        switch (kind) {
        case Kind::Episode: step = m_editor.removeEpisodeStep(id); break;
        case Kind::Intake: step = m_editor.removeIntakeStep(id); break;
        case Kind::Sleep: step = m_editor.setSleepStep(date, std::nullopt); break;
        case Kind::Stress: step = m_editor.setStressStep(date, std::nullopt); break;
        case Kind::CheckIn: step = m_editor.setCheckedInStep(date, false); break;
        }
        if (step) {
            steps.append(std::move(*step));
        } else if (m_editor.session().store().readFailed()) {
            // Without what was there, undo could not bring it back: delete nothing.
            prompts().warning(this, tr("Not deleted"),
                              tr("Nothing was deleted: %1").arg(m_editor.session().store().errorString()));
            return false;
        }
    }
    if (steps.isEmpty())
        return false;
    const int n = int(steps.size());
    if (!m_editor.run(tr("Delete %n entry(s)", nullptr, n), steps)) {
        prompts().warning(this, tr("Not deleted"), tr("Nothing was deleted: %1").arg(m_editor.errorString()));
        return false;
    }
    Q_EMIT message(single.isEmpty() ? tr("Deleted %n entry(s). Edit > Undo brings them back.", nullptr, n)
                                    : tr("Deleted %1. Edit > Undo brings it back.").arg(single));
    return true;
}

void HistoryPage::editSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1 || !rows[0].parent().isValid() ||
        rows[0].data(HistoryModel::EntryKindRole).toInt() != int(HistoryModel::EntryKind::Episode))
        return;
    const auto episode = m_editor.session().store().episode(rows[0].data(HistoryModel::EntryIdRole).toLongLong());
    if (!episode)
        return;
    EpisodeDialog dialog(*episode, this);
    const bool accepted = dialogRunner ? dialogRunner(dialog) && dialog.validate().isEmpty()
                                       : prompts().exec(dialog) == QDialog::Accepted;
    if (!accepted || dialog.episode() == *episode)
        return;
    if (!m_editor.updateEpisode(dialog.episode()))
        prompts().warning(this, tr("Not saved"), tr("The change was not saved: %1").arg(m_editor.errorString()));
}

void HistoryPage::showEvent(QShowEvent *event)
{
    // A ten-year diary is read only when History is first opened, not at start-up.
    if (!m_loaded) {
        m_loaded = true;
        m_model->reload();
    }
    QWidget::showEvent(event);
}

} // namespace td::ui
