// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "eventtableview.h"

#include "exporting/csvtext.h"
#include "tagchipsdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>

#include <algorithm>

namespace auditlens {

namespace {
const char *const kJsonKeys[] = {"time",    "action",       "actor",      "target",    "scope",
                                 "success", "id",           "duplicates", "source",    "line",
                                 "ip",      "organization", "account",    "request_id"};
static_assert(std::size(kJsonKeys) == size_t(kEventColumnCount), "one key per column");
constexpr int kMaxKeptSelection = 10000;
} // namespace

EventTableView::EventTableView(QWidget *parent)
    : QTableView(parent), m_openDetail(new QAction(tr("Open the Event's Detail"), this))
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAccessibleName(tr("Events"));
    setAccessibleDescription(tr("The events of the current filter; Enter opens the detail of "
                                "the current one"));
    // Tab leaves the table for the next pane; the arrow keys move between cells.
    setTabKeyNavigation(false);
    m_openDetail->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_openDetail->setShortcutContext(Qt::WidgetShortcut);
    m_openDetail->setStatusTip(tr("Show every field of the current event in the detail pane"));
    connect(m_openDetail, &QAction::triggered, this, [this] {
        if (currentIndex().isValid())
            Q_EMIT openDetailRequested();
    });
    addAction(m_openDetail);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &EventTableView::headerMenu);
}

void EventTableView::setEventModel(EventTableModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            &EventTableView::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &EventTableView::restoreSelection);
    connect(model, &EventTableModel::rowsFetched, this, &EventTableView::copyWhenFetched);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_copyWaiting = false; });
    const int widths[] = {190, 230, 120, 160, 100, 60, 270, 110, 150, 70, 130, 160, 160, 250};
    static_assert(std::size(widths) == size_t(kEventColumnCount), "one width per column");
    for (int c = 0; c < kEventColumnCount; ++c)
        setColumnWidth(c, widths[c]);
    // The marks come first, narrow: a star or a note stands out at the row's start.
    setColumnWidth(EventTableModel::kMarksColumn,
                   fontMetrics().horizontalAdvance(QStringLiteral("★✎")) + 16);
    horizontalHeader()->moveSection(horizontalHeader()->visualIndex(EventTableModel::kMarksColumn),
                                    0);
    // The tags beside them, as chips in their colours.
    setItemDelegateForColumn(EventTableModel::kTagsColumn, new TagChipsDelegate(this));
    setColumnWidth(EventTableModel::kTagsColumn, 150);
    horizontalHeader()->moveSection(horizontalHeader()->visualIndex(EventTableModel::kTagsColumn),
                                    1);
    connect(model, &QAbstractItemModel::modelReset, this, &EventTableView::showTodaysColumns);
    showTodaysColumns();
}

void EventTableView::showTodaysColumns()
{
    // Once per case: today's columns start hidden, but for the address when the case has some
    // (older exports have none); the header's menu shows and hides them afterwards.
    const EventIndex *index = m_model ? m_model->eventIndex() : nullptr;
    if (index == m_columnsShownFor)
        return;
    m_columnsShownFor = index;
    setColumnHidden(int(EventColumn::Ip), !index || index->ipCount() == 0);
    for (const EventColumn c :
         {EventColumn::Organization, EventColumn::Account, EventColumn::Request})
        setColumnHidden(int(c), true);
}

void EventTableView::rememberSelection()
{
    m_currentSeq = -1;
    m_selectedSeqs.clear();
    const QModelIndex current = currentIndex();
    if (!m_model || m_model->isPreview() || !current.isValid())
        return;
    m_currentSeq = m_model->seqAt(current.row());
    m_currentColumn = current.column();
    const int rowHeight = std::max(1, verticalHeader()->defaultSectionSize());
    const int y = rowViewportPosition(current.row());
    m_currentOffset = y >= 0 && y < viewport()->height() ? y / rowHeight : -1;
    // A selection of a million rows (Ctrl+A) is not listed row by row; the current one stays.
    qsizetype selected = 0;
    for (const QItemSelectionRange &range : selectionModel()->selection())
        selected += range.height();
    if (selected <= kMaxKeptSelection) {
        for (const QModelIndex &index : selectionModel()->selectedRows())
            m_selectedSeqs << m_model->seqAt(index.row());
    }
}

void EventTableView::restoreSelection()
{
    const qint64 seq = m_currentSeq;
    m_currentSeq = -1;
    if (!m_model || m_model->isPreview())
        return;
    updateGeometries(); // the scroll range of the new row count
    const int row = seq >= 0 ? m_model->rowOfSeq(seq) : -1;
    if (row < 0) {
        scrollToTop();
        return;
    }
    QItemSelection selection;
    for (const int r : m_model->rowsOfSeqs(m_selectedSeqs))
        selection.select(m_model->index(r, 0), m_model->index(r, m_model->columnCount() - 1));
    const QModelIndex index = m_model->index(row, m_currentColumn);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection.isEmpty()
                                 ? QItemSelection(m_model->index(row, 0),
                                                  m_model->index(row, m_model->columnCount() - 1))
                                 : selection,
                             QItemSelectionModel::ClearAndSelect);
    if (m_currentOffset >= 0)
        verticalScrollBar()->setValue(std::max(0, row - m_currentOffset));
    else
        scrollTo(index, PositionAtCenter);
}

QVector<qint64> EventTableView::selectedSeqs() const
{
    QVector<qint64> seqs;
    if (!m_model || m_model->isPreview() || !selectionModel())
        return seqs;
    std::vector<int> rows;
    for (const QItemSelectionRange &range : selectionModel()->selection()) {
        for (int r = range.top(); r <= range.bottom(); ++r)
            rows.push_back(r);
    }
    if (rows.empty() && currentIndex().isValid())
        rows.push_back(currentIndex().row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    seqs.reserve(qsizetype(rows.size()));
    for (const int r : rows)
        seqs << m_model->seqAt(r);
    return seqs;
}

void EventTableView::goToRow(int row, ScrollHint hint)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index =
        m_model->index(row, currentIndex().isValid() ? currentIndex().column() : 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index, hint);
}

void EventTableView::headerMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int c = 0; c < kEventColumnCount; ++c) {
        QAction *a = menu.addAction(EventTableModel::columnTitle(EventColumn(c)));
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        a->setEnabled(c != 0);
        connect(a, &QAction::toggled, this, [this, c](bool shown) { setColumnHidden(c, !shown); });
    }
    QAction *marks = menu.addAction(tr("Stars and Notes"));
    marks->setCheckable(true);
    marks->setChecked(!isColumnHidden(EventTableModel::kMarksColumn));
    connect(marks, &QAction::toggled, this,
            [this](bool shown) { setColumnHidden(EventTableModel::kMarksColumn, !shown); });
    QAction *tags = menu.addAction(tr("Tags"));
    tags->setCheckable(true);
    tags->setChecked(!isColumnHidden(EventTableModel::kTagsColumn));
    connect(tags, &QAction::toggled, this,
            [this](bool shown) { setColumnHidden(EventTableModel::kTagsColumn, !shown); });
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

QString EventTableView::selectionText(CopyFormat format) const
{
    if (!m_model || !selectionModel())
        return {};
    if (format == CopyFormat::Cell) {
        const QModelIndex current = currentIndex();
        return current.isValid() ? current.data(EventTableModel::CsvRole).toString() : QString();
    }
    const QList<int> rows = copiedRows(format);
    QList<int> columns;
    // In the order on screen; the marks and tags are not copied.
    for (int v = 0; v < m_model->columnCount(); ++v) {
        const int c = horizontalHeader()->logicalIndex(v);
        if (c >= 0 && c < kEventColumnCount && !isColumnHidden(c))
            columns << c;
    }
    if (format == CopyFormat::Csv) {
        QStringList lines;
        QStringList head;
        for (const int c : columns)
            head << csvtext::cell(m_model->headerData(c, Qt::Horizontal).toString());
        lines << head.join(QLatin1Char(','));
        for (const int r : rows) {
            QStringList cells;
            for (const int c : columns)
                cells << csvtext::cell(
                    m_model->index(r, c).data(EventTableModel::CsvRole).toString());
            lines << cells.join(QLatin1Char(','));
        }
        return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    }
    QJsonArray array;
    for (const int r : rows) {
        QJsonObject o;
        for (const int c : columns)
            o[QLatin1String(kJsonKeys[c])] =
                QJsonValue::fromVariant(m_model->index(r, c).data(EventTableModel::JsonRole));
        array.append(o);
    }
    if (array.size() == 1)
        return QString::fromUtf8(QJsonDocument(array.first().toObject()).toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson());
}

QList<int> EventTableView::copiedRows(CopyFormat format) const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    if (format != CopyFormat::Cell) {
        for (const QModelIndex &index : selectionModel()->selectedRows())
            rows << index.row();
    }
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void EventTableView::copy(CopyFormat format)
{
    if (!m_model)
        return;
    m_copyFormat = format;
    m_copyWaiting = !m_model->fetchRows(copiedRows(format));
    if (!m_copyWaiting)
        QApplication::clipboard()->setText(selectionText(format));
}

void EventTableView::copyWhenFetched()
{
    if (m_copyWaiting)
        copy(m_copyFormat);
}

void EventTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy(CopyFormat::Csv);
        return;
    }
    if (event->key() == Qt::Key_Menu ||
        (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier)) {
        const QModelIndex current = currentIndex();
        scrollTo(current);
        const QRect cell = visualRect(current);
        cellMenu(current, viewport()->mapToGlobal(current.isValid() ? cell.center() : QPoint()));
        return;
    }
    QTableView::keyPressEvent(event);
}

void EventTableView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Mouse) {
        cellMenu(indexAt(viewport()->mapFromGlobal(event->globalPos())), event->globalPos());
        return;
    }
    const QModelIndex current = currentIndex();
    cellMenu(current, current.isValid() ? viewport()->mapToGlobal(visualRect(current).center())
                                        : event->globalPos());
}

void EventTableView::cellMenu(const QModelIndex &index, const QPoint &globalPos)
{
    QMenu menu(this);
    Q_EMIT contextMenuAboutToShow(&menu, index);
    if (!m_annotationActions.isEmpty()) {
        menu.addActions(m_annotationActions);
        menu.addSeparator();
    }
    menu.addAction(tr("Copy cell"), this, [this] { copy(CopyFormat::Cell); });
    menu.addAction(tr("Copy rows as CSV"), this, [this] { copy(CopyFormat::Csv); });
    menu.addAction(tr("Copy rows as JSON"), this, [this] { copy(CopyFormat::Json); });
    menu.exec(globalPos);
}

} // namespace auditlens
