#pragma once

#include "itemmodels/eventtablemodel.h"

#include <QTableView>

namespace auditlens {

// The event table: sortable by any column; columns can be resized, moved and hidden (right-click
// the header), and their layout is kept. Copy a cell, a row or the selection as CSV or JSON.
class EventTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EventTableView(QWidget *parent = nullptr);

    void setEventModel(EventTableModel *model);
    EventTableModel *eventModel() const { return m_model; }

    enum class CopyFormat { Cell, Csv, Json };
    // The text Copy puts on the clipboard for the selected rows.
    QString selectionText(CopyFormat format) const;
    void copy(CopyFormat format);

Q_SIGNALS:
    void openDetailRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void headerMenu(const QPoint &pos);
    EventTableModel *m_model = nullptr;
};

} // namespace auditlens
