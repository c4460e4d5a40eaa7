// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../importing/importer.h"
#include "../session/casesession.h"
#include "findingsmodel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <vector>

namespace auditlens {

// The event table: a window over the current result. Holds no rows of its own beyond a small
// cache of fetched blocks; rows not yet fetched show what the in-memory index knows (time,
// action, success, duplicates) until the worker delivers them. While a source is still being
// imported it shows the importer's preview of the first events instead.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SeqRole = Qt::UserRole + 1, // qint64
        PositionRole,               // index position (quint32)
        TimeNsRole,                 // qint64, nanoseconds since the epoch, UTC
        DupKindRole,                // 0 none, 1 exact, 2 conflicting
        LoadedRole,                 // bool: the whole row has been fetched
        CsvRole,                    // the cell as copied (see copyValue)
        JsonRole,                   // the cell as a JSON value (see copyValue)
        StarredRole,                // bool, once the row is fetched
        NotedRole,                  // bool: the event has a note, once the row is fetched
        TagsRole,                   // QStringList: its tags by name, once the row is fetched
        TagColorsRole,              // QStringList: their colours (#RRGGBB), in the same order
        FindingsRole,               // QStringList: the ids of the rules that hit it, most severe
                                    // first (from the result's marks: at once)
    };
    // After the event's columns: a narrow column with the analyst's marks (a star, a note),
    // and the event's tags, which copies leave out.
    static constexpr int kMarksColumn = int(EventColumn::Marks);
    static constexpr int kTagsColumn = int(EventColumn::Tags);
    static_assert(kMarksColumn == kEventColumnCount && kTagsColumn == kSortColumnCount - 1);
    // Last, the findings rules that hit the event, most severe first. Not a sort key: clicking
    // its header leaves the order as it is.
    static constexpr int kFindingColumn = kSortColumnCount;
    static constexpr int kColumnCount = kFindingColumn + 1;

    explicit EventTableModel(CaseSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Times in local time instead of UTC.
    void setLocalTime(bool local);
    bool localTime() const { return m_localTime; }

    // The fetched row at a table row, or null while it is loading.
    const EventRow *rowAt(int row) const;
    // A cell's full value for copying: the time to the nanosecond, the rest from the fetched row
    // (null while it is not fetched: never a read of the case on this thread).
    QVariant copyValue(int row, int column, bool json) const;
    // Whether every one of rows has been fetched. Asks the worker for those that have not, and
    // keeps them until the next result; rowsFetched() says when more have arrived.
    bool fetchRows(const QList<int> &rows);
    // The table row showing seq, or -1.
    int rowOfSeq(qint64 seq) const;
    // The rows showing any of seqs, ascending (one pass over the result).
    std::vector<int> rowsOfSeqs(const QList<qint64> &seqs) const;
    qint64 seqAt(int row) const;
    // The next row after from (before it, when backwards) whose event is tagged, starred or
    // noted, in the result's order, wrapping round the end (*wrapped then says so); -1 when no
    // event of the result is. From the marks the result was read with: no read of the case.
    int nextAnnotatedRow(int from, bool backwards, bool *wrapped = nullptr) const;

    // Preview while importing (replaces the content until the next result).
    void showPreview(const std::vector<PreviewEvent> &events);
    void clearPreview();
    bool isPreview() const { return m_preview; }
    // Shows only the preview events containing text (case-insensitive) in a column.
    void setPreviewSearch(const QString &text);
    // Rows that Find matched (ascending), marked with a background until the next result.
    void setMatchedRows(std::vector<int> rows);
    const std::vector<int> &matchedRows() const { return m_matched; }

    // Time text as the table shows it, to the nanosecond.
    QString timeText(qint64 ns, int fractionDigits) const;
    static QString columnTitle(EventColumn column);
    // The rules' titles and severities for the Finding column (without them it shows ids).
    void setFindingRules(const QList<FindingRuleInfo> &rules);
    // The index of the case shown (null before one is open).
    const EventIndex *eventIndex() const { return m_index.get(); }

Q_SIGNALS:
    void rowsFetched();

private:
    void onResult(const QueryResultPtr &result, const RowBlockPtr &rows);
    void onRows(const RowBlockPtr &rows);
    void store(const RowBlockPtr &rows);
    void request(int row) const;
    QVariant display(int row, EventColumn column, const EventRow *given = nullptr) const;
    QVariant previewData(int row, int column, int role) const;
    QVariant marksData(int row, int role) const;
    QVariant tagsData(int row, int role) const;
    QVariant findingsData(int row, int role) const;
    // The ids of the rules that hit the event at position p, most severe first.
    QStringList findingsAt(quint32 p) const;
    bool previewMatches(const PreviewEvent &event) const;

    static constexpr int kBlock = 128;
    static constexpr int kMaxBlocks = 64;

    CaseSession *m_session;
    QueryResultPtr m_result;
    EventIndexPtr m_index;
    QHash<int, RowBlockPtr> m_blocks; // block number -> rows
    std::vector<int> m_blockOrder;    // oldest first, for eviction
    mutable QSet<int> m_pending;
    QSet<int> m_kept; // blocks a copy waits for: not evicted
    bool m_localTime = false;
    bool m_preview = false;
    std::vector<PreviewEvent> m_previewAll;  // every preview event received
    std::vector<PreviewEvent> m_previewRows; // those the preview search matches
    QString m_previewSearch;
    std::vector<int> m_matched;
    QHash<QString, FindingRuleInfo> m_findingRules; // by id
};

} // namespace auditlens
