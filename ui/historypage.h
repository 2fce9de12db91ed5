// History: every day with its entries, newest first.
#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace td::ui {

class DiarySession;
class HistoryModel;

class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(DiarySession &session, QWidget *parent = nullptr);
    HistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    HistoryModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    bool m_loaded = false;
};

} // namespace td::ui
