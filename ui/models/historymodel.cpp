#include "models/historymodel.h"

#include "models/labels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

namespace td::ui {
namespace {
constexpr quintptr kDayLevel = 0; // internalId of a day row; entry rows store day + 1
} // namespace

HistoryModel::HistoryModel(DiarySession &session, QObject *parent) : QAbstractItemModel(parent), m_session(session)
{
    connect(&m_session, &DiarySession::dayChanged, this, &HistoryModel::refreshDay);
    connect(&m_session, &DiarySession::diaryChanged, this, &HistoryModel::reload);
}

HistoryModel::Day HistoryModel::buildDay(const DayEntries &d)
{
    Day day;
    day.date = d.date;
    day.checkedIn = d.checkedIn;
    day.episodes = int(d.episodes.size());
    for (const Episode &e : d.episodes) {
        QStringList details{tr("strength %1 of 10").arg(e.intensity)};
        if (e.durationS)
            details.append(tr("%1 s").arg(*e.durationS));
        for (Symptom s : e.symptoms)
            details.append(symptomName(s));
        if (!e.note.isEmpty())
            details.append(e.note);
        day.entries.append({EntryKind::Episode, e.id, e.at.time(), tr("Twitch: %1").arg(siteName(e.zone, e.side)),
                            details.join(QStringLiteral(" · "))});
    }
    for (const Intake &i : d.intakes)
        day.entries.append({EntryKind::Intake, i.id, i.at.time(), intakeDescription(i), {}});
    std::stable_sort(day.entries.begin(), day.entries.end(),
                     [](const Entry &a, const Entry &b) { return a.time < b.time; });
    if (d.sleep) {
        QStringList parts;
        if (d.sleep->hours)
            parts.append(tr("%1 h").arg(QLocale().toString(*d.sleep->hours, 'g', 4)));
        if (d.sleep->quality)
            parts.append(tr("quality %1 of 5").arg(*d.sleep->quality));
        day.entries.prepend({EntryKind::Sleep, 0, {}, tr("Sleep (night before)"), parts.join(QStringLiteral(", "))});
    }
    if (d.stress)
        day.entries.append({EntryKind::Stress, 0, {}, tr("Stress"), tr("%1 of 10").arg(d.stress->level)});
    if (d.checkedIn)
        day.entries.append({EntryKind::CheckIn, 0, {}, tr("Day complete"), {}});
    return day;
}

void HistoryModel::reload()
{
    beginResetModel();
    m_days.clear();
    const Diary diary = m_session.store().load();
    QMap<QDate, DayEntries> byDay;
    auto dayFor = [&](const QDate &date) -> DayEntries & {
        DayEntries &d = byDay[date];
        d.date = date;
        return d;
    };
    for (const Episode &e : diary.episodes)
        dayFor(m_session.dayOf(e.at)).episodes.append(e);
    for (const Intake &i : diary.intakes)
        dayFor(m_session.dayOf(i.at)).intakes.append(i);
    for (const Sleep &s : diary.sleep)
        dayFor(s.date).sleep = s;
    for (const Stress &s : diary.stress)
        dayFor(s.date).stress = s;
    for (const QDate &c : diary.checkins)
        dayFor(c).checkedIn = true;
    m_days.reserve(byDay.size());
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
        m_days.prepend(buildDay(it.value()));
    endResetModel();
}

void HistoryModel::refreshDay(const QDate &date)
{
    const DayEntries entries = m_session.day(date);
    const bool empty = entries.episodes.isEmpty() && entries.intakes.isEmpty() && !entries.sleep && !entries.stress &&
                       !entries.checkedIn;
    int row = 0;
    while (row < m_days.size() && m_days[row].date > date)
        ++row;
    const bool exists = row < m_days.size() && m_days[row].date == date;
    if (exists) {
        // Replace the day's children wholesale: remove, then insert.
        const QModelIndex dayIndex = index(row, 0);
        if (!m_days[row].entries.isEmpty()) {
            beginRemoveRows(dayIndex, 0, int(m_days[row].entries.size()) - 1);
            m_days[row].entries.clear();
            endRemoveRows();
        }
        if (empty) {
            beginRemoveRows({}, row, row);
            m_days.removeAt(row);
            endRemoveRows();
            return;
        }
        Day day = buildDay(entries);
        QList<Entry> children = std::move(day.entries);
        day.entries.clear();
        m_days[row] = day;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (!children.isEmpty()) {
            beginInsertRows(dayIndex, 0, int(children.size()) - 1);
            m_days[row].entries = std::move(children);
            endInsertRows();
        }
        return;
    }
    if (empty)
        return;
    beginInsertRows({}, row, row);
    m_days.insert(row, buildDay(entries));
    endInsertRows();
}

QModelIndex HistoryModel::indexOfDay(const QDate &date) const
{
    for (int row = 0; row < m_days.size(); ++row) {
        if (m_days[row].date == date)
            return index(row, 0);
    }
    return {};
}

QModelIndex HistoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_days.size() ? createIndex(row, column, kDayLevel) : QModelIndex();
    if (parent.internalId() != kDayLevel || parent.row() >= m_days.size())
        return {};
    if (row >= m_days[parent.row()].entries.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex HistoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kDayLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kDayLevel);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_days.size());
    if (parent.column() != 0 || parent.internalId() != kDayLevel || parent.row() >= m_days.size())
        return 0;
    return int(m_days[parent.row()].entries.size());
}

int HistoryModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QLocale locale;
    if (index.internalId() == kDayLevel) {
        const Day &day = m_days[index.row()];
        if (role == DateRole)
            return day.date;
        if (role == EpisodeCountRole)
            return day.episodes;
        if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
            return {};
        switch (index.column()) {
        case WhenColumn:
            return locale.toString(day.date, QStringLiteral("ddd ") + locale.dateFormat(QLocale::ShortFormat));
        case WhatColumn: return day.episodes == 0 ? tr("No twitches") : tr("%n episode(s)", nullptr, day.episodes);
        case DetailsColumn: return day.checkedIn ? tr("complete") : tr("not checked in");
        }
        return {};
    }
    const Day &day = m_days[int(index.internalId() - 1)];
    const Entry &e = day.entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case WhenColumn: return e.time.isValid() ? e.time.toString(QStringLiteral("HH:mm")) : QString();
        case WhatColumn: return e.what;
        case DetailsColumn: return e.details;
        }
        return {};
    case EntryKindRole: return int(e.kind);
    case EntryIdRole: return e.id;
    case DateRole: return day.date;
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case WhatColumn: return tr("What");
    case DetailsColumn: return tr("Details");
    }
    return {};
}

} // namespace td::ui
