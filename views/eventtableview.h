// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "itemmodels/eventtablemodel.h"

#include <QTableView>

class QMenu;

namespace auditlens {

// The event table: sortable by any column; columns can be resized, moved and hidden (right-click
// the header), and their layout is kept. Copy a cell, a row or the selection as CSV or JSON.
// The context menu (right-click, the menu key or Shift+F10 on the current cell) offers the
// pivots from the cell (see PivotMenu) and the copies.
// The selected events stay selected across filter changes and sorts while the result still
// holds them, the current one where it was on screen; otherwise the table starts at the top.
class EventTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EventTableView(QWidget *parent = nullptr);

    void setEventModel(EventTableModel *model);
    EventTableModel *eventModel() const { return m_model; }

    enum class CopyFormat { Cell, Csv, Json };
    // The text Copy puts on the clipboard for the selected rows (as far as they are fetched).
    QString selectionText(CopyFormat format) const;
    // Copies the selection; rows not fetched yet are fetched on the worker first, and the copy
    // happens when they arrive.
    void copy(CopyFormat format);
    // Makes row current and selected, and scrolls it into view.
    void goToRow(int row, ScrollHint hint = EnsureVisible);
    QAction *openDetailAction() const { return m_openDetail; }
    // The events of the selected rows (or the current one), in table order.
    QVector<qint64> selectedSeqs() const;
    // Actions on the selected events (Star...) that the context menu offers before the copies.
    void setAnnotationActions(const QList<QAction *> &actions) { m_annotationActions = actions; }

Q_SIGNALS:
    void openDetailRequested();
    // The context menu of the cell at index is about to show: what connects adds its entries
    // (the pivots) above the Copy entries.
    void contextMenuAboutToShow(QMenu *menu, const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void headerMenu(const QPoint &pos);
    void cellMenu(const QModelIndex &index, const QPoint &globalPos);
    void rememberSelection();
    void restoreSelection();
    QList<int> copiedRows(CopyFormat format) const;
    void copyWhenFetched();
    void showTodaysColumns();

    EventTableModel *m_model = nullptr;
    QAction *m_openDetail;
    QList<QAction *> m_annotationActions;
    // What was selected before the model's last reset.
    qint64 m_currentSeq = -1;
    int m_currentColumn = 0;
    int m_currentOffset = -1; // the current row's distance from the top, in rows
    QList<qint64> m_selectedSeqs;
    bool m_copyWaiting = false; // a copy waits for its rows to be fetched
    CopyFormat m_copyFormat = CopyFormat::Csv;
    const EventIndex *m_columnsShownFor = nullptr; // the case today's columns were set up for
};

} // namespace auditlens
