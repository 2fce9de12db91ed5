#include "historypage.h"

#include "models/historymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace td::ui {

HistoryPage::HistoryPage(DiarySession &session, QWidget *parent)
    : QWidget(parent), m_model(new HistoryModel(session, this)), m_view(new QTreeView(this)),
      m_empty(new QLabel(tr("Nothing logged yet. Episodes and daily factors you log on the "
                            "Today page appear here, newest first."),
                         this))
{
    auto *layout = new QVBoxLayout(this);
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
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Open the most recent week; older days stay folded.
        for (int row = 0; row < std::min(7, m_model->dayCount()); ++row)
            m_view->expand(m_model->index(row, 0));
    });
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
