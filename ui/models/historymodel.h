// Every entry of the diary, grouped by day, newest day first: a two-level tree.
#pragma once

#include "models/diarysession.h"

#include <QAbstractItemModel>

namespace td::ui {

class HistoryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhatColumn, DetailsColumn, ColumnCount };
    enum class EntryKind { Episode, Intake, Sleep, Stress, CheckIn };
    enum Role {
        EntryKindRole = Qt::UserRole + 1,
        EntryIdRole,
        DateRole,
        EpisodeCountRole
    }; // day rows: episodes that day

    explicit HistoryModel(DiarySession &session, QObject *parent = nullptr);

    // Rebuilds everything from the diary (on first show, after an import).
    void reload();
    int dayCount() const { return int(m_days.size()); }
    QModelIndex indexOfDay(const QDate &date) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        EntryKind kind;
        qint64 id = 0;
        QTime time; // invalid for per-day values
        QString what;
        QString details;
    };
    struct Day {
        QDate date;
        QList<Entry> entries;
        int episodes = 0;
        bool checkedIn = false;
    };
    static Day buildDay(const DayEntries &entries);
    void refreshDay(const QDate &date);

    DiarySession &m_session;
    QList<Day> m_days; // newest first
};

} // namespace td::ui
