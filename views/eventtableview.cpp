#include "eventtableview.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMenu>

#include <algorithm>

namespace auditlens {

namespace {
QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

const char *const kJsonKeys[] = {"time",    "action", "actor",      "target", "scope",
                                 "success", "id",     "duplicates", "source", "line"};
} // namespace

EventTableView::EventTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAccessibleName(tr("Events"));
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
    const int widths[] = {190, 230, 120, 160, 100, 60, 270, 110, 150, 70};
    for (int c = 0; c < kEventColumnCount; ++c)
        setColumnWidth(c, widths[c]);
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
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QList<int> columns;
    for (int v = 0; v < kEventColumnCount; ++v) {
        const int c = horizontalHeader()->logicalIndex(v);
        if (!isColumnHidden(c))
            columns << c;
    }
    if (format == CopyFormat::Csv) {
        QStringList lines;
        QStringList head;
        for (const int c : columns)
            head << csvCell(m_model->headerData(c, Qt::Horizontal).toString());
        lines << head.join(QLatin1Char(','));
        for (const int r : rows) {
            QStringList cells;
            for (const int c : columns)
                cells << csvCell(m_model->index(r, c).data(EventTableModel::CsvRole).toString());
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

void EventTableView::copy(CopyFormat format)
{
    QApplication::clipboard()->setText(selectionText(format));
}

void EventTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy(CopyFormat::Csv);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        currentIndex().isValid()) {
        Q_EMIT openDetailRequested();
        return;
    }
    QTableView::keyPressEvent(event);
}

void EventTableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy cell"), this, [this] { copy(CopyFormat::Cell); });
    menu.addAction(tr("Copy rows as CSV"), this, [this] { copy(CopyFormat::Csv); });
    menu.addAction(tr("Copy rows as JSON"), this, [this] { copy(CopyFormat::Json); });
    menu.exec(event->globalPos());
}

} // namespace auditlens
