// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "eventtablemodel.h"

#include "../catalogue/actioncatalogue.h"
#include "../parsing/timestampparser.h"
#include "../store/casestore.h"
#include "../text/nameinspection.h"
#include "semanticcolors.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace auditlens {

namespace {
// The columns that show names from the data: marked when a name could pass for another.
bool isNameColumn(EventColumn column)
{
    return column == EventColumn::Action || column == EventColumn::Actor ||
           column == EventColumn::Target || column == EventColumn::Scope ||
           column == EventColumn::Organization || column == EventColumn::Account;
}
} // namespace

EventTableModel::EventTableModel(CaseSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &CaseSession::resultReady, this, &EventTableModel::onResult);
    connect(session, &CaseSession::rowsReady, this, &EventTableModel::onRows);
    connect(session, &CaseSession::closed, this, [this] {
        beginResetModel();
        m_result.reset();
        m_index.reset();
        m_blocks.clear();
        m_blockOrder.clear();
        m_pending.clear();
        m_matched.clear();
        endResetModel();
    });
}

QString EventTableModel::columnTitle(EventColumn column)
{
    switch (column) {
    case EventColumn::Time:
        return tr("Time");
    case EventColumn::Action:
        return tr("Action");
    case EventColumn::Actor:
        return tr("Actor");
    case EventColumn::Target:
        return tr("Target");
    case EventColumn::Scope:
        return tr("Scope");
    case EventColumn::Success:
        return tr("Success");
    case EventColumn::Id:
        return tr("Id");
    case EventColumn::Duplicates:
        return tr("Duplicates");
    case EventColumn::Source:
        return tr("Source");
    case EventColumn::Line:
        return tr("Line");
    case EventColumn::Ip:
        return filterFieldTitle(FilterField::Ip);
    case EventColumn::Organization:
        return filterFieldTitle(FilterField::Organization);
    case EventColumn::Account:
        return filterFieldTitle(FilterField::Account);
    case EventColumn::Request:
        return tr("Request id");
    case EventColumn::Marks:
        return tr("Stars and Notes");
    case EventColumn::Tags:
        return tr("Tags");
    }
    return {};
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (m_preview)
        return int(m_previewRows.size());
    return m_result ? int(m_result->count()) : 0;
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return kColumnCount; // and the marks, the tags and the findings
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == kMarksColumn) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("★");
        if (role == Qt::ToolTipRole)
            return tr("Starred events and events with a note");
        return {};
    }
    if (orientation == Qt::Horizontal && section == kTagsColumn) {
        if (role == Qt::DisplayRole)
            return tr("Tags");
        if (role == Qt::ToolTipRole)
            return tr("The tags of each event, in their colours");
        return {};
    }
    if (orientation == Qt::Horizontal && section == kFindingColumn) {
        if (role == Qt::DisplayRole)
            return tr("Finding");
        if (role == Qt::ToolTipRole)
            return tr("The findings rules that hit each event, most severe first");
        return {};
    }
    if (orientation != Qt::Horizontal || section < 0 || section >= kEventColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        if (section == int(EventColumn::Time))
            return m_localTime ? tr("Time (local)") : tr("Time (UTC)");
        return columnTitle(EventColumn(section));
    }
    return {};
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kSortColumnCount) // the marks and the tags sort too
        return;
    m_session->setSort({EventColumn(column), order == Qt::DescendingOrder});
}

void EventTableModel::setLocalTime(bool local)
{
    if (local == m_localTime)
        return;
    m_localTime = local;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

QString EventTableModel::timeText(qint64 ns, int digits) const
{
    if (!m_localTime)
        return TimestampParser::format(ns, digits);
    const QDateTime local =
        QDateTime::fromMSecsSinceEpoch(ns / 1000000 - (ns % 1000000 < 0 ? 1 : 0)).toLocalTime();
    return TimestampParser::formatWithOffset(ns, local.offsetFromUtc(), digits);
}

void EventTableModel::onResult(const QueryResultPtr &result, const RowBlockPtr &rows)
{
    beginResetModel();
    m_preview = false;
    m_previewRows.clear();
    m_previewAll.clear();
    m_matched.clear();
    m_result = result;
    m_index = m_session->index();
    m_blocks.clear();
    m_blockOrder.clear();
    m_pending.clear();
    m_kept.clear();
    store(rows);
    endResetModel();
}

void EventTableModel::store(const RowBlockPtr &rows)
{
    if (!rows || rows->rows.empty())
        return;
    const int block = rows->firstRow / kBlock;
    m_pending.remove(block);
    if (!m_blocks.contains(block))
        m_blockOrder.push_back(block);
    m_blocks.insert(block, rows);
    // The oldest blocks go first, except those a copy waits for.
    auto oldest = m_blockOrder.begin();
    while (int(m_blockOrder.size()) > kMaxBlocks + m_kept.size() && oldest != m_blockOrder.end()) {
        if (m_kept.contains(*oldest)) {
            ++oldest;
            continue;
        }
        m_blocks.remove(*oldest);
        oldest = m_blockOrder.erase(oldest);
    }
}

void EventTableModel::onRows(const RowBlockPtr &rows)
{
    if (!m_result || rows->generation != m_result->generation || m_preview)
        return;
    store(rows);
    const int first = rows->firstRow;
    const int last = first + int(rows->rows.size()) - 1;
    if (last >= first && last < rowCount())
        Q_EMIT dataChanged(index(first, 0), index(last, kColumnCount - 1));
    Q_EMIT rowsFetched();
}

bool EventTableModel::fetchRows(const QList<int> &rows)
{
    if (m_preview || !m_result)
        return true;
    QSet<int> blocks;
    for (const int row : rows) {
        if (row >= 0 && row < int(m_result->count()))
            blocks.insert(row / kBlock);
    }
    m_kept = blocks;
    bool all = true;
    for (const int block : std::as_const(blocks)) {
        if (!m_blocks.contains(block)) {
            request(block * kBlock);
            all = false;
        }
    }
    return all;
}

void EventTableModel::request(int row) const
{
    const int block = row / kBlock;
    if (m_pending.contains(block))
        return;
    m_pending.insert(block);
    m_session->requestRows(block * kBlock, kBlock);
}

const EventRow *EventTableModel::rowAt(int row) const
{
    if (m_preview || !m_result || row < 0 || row >= int(m_result->count()))
        return nullptr;
    const auto it = m_blocks.constFind(row / kBlock);
    if (it == m_blocks.constEnd())
        return nullptr;
    const int i = row - (*it)->firstRow;
    return i >= 0 && i < int((*it)->rows.size()) ? &(*it)->rows[size_t(i)] : nullptr;
}

qint64 EventTableModel::seqAt(int row) const
{
    if (m_preview)
        return row >= 0 && row < int(m_previewRows.size()) ? m_previewRows[size_t(row)].seq : -1;
    if (!m_result || !m_index || row < 0 || row >= int(m_result->count()))
        return -1;
    return m_index->seq(m_result->positions[size_t(row)]);
}

int EventTableModel::rowOfSeq(qint64 seq) const
{
    if (!m_result || !m_index)
        return -1;
    const qint64 position = m_index->positionOfSeq(seq);
    if (position < 0)
        return -1;
    const auto &positions = m_result->positions;
    const auto it = std::find(positions.begin(), positions.end(), quint32(position));
    return it == positions.end() ? -1 : int(it - positions.begin());
}

std::vector<int> EventTableModel::rowsOfSeqs(const QList<qint64> &seqs) const
{
    std::vector<int> rows;
    if (!m_result || !m_index || seqs.isEmpty())
        return rows;
    std::vector<bool> wanted(m_index->size(), false);
    for (const qint64 seq : seqs) {
        const qint64 position = m_index->positionOfSeq(seq);
        if (position >= 0)
            wanted[size_t(position)] = true;
    }
    const auto &positions = m_result->positions;
    for (size_t row = 0; row < positions.size(); ++row) {
        if (wanted[positions[row]])
            rows.push_back(int(row));
    }
    return rows;
}

void EventTableModel::setMatchedRows(std::vector<int> rows)
{
    const bool had = !m_matched.empty();
    m_matched = std::move(rows);
    if ((had || !m_matched.empty()) && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kColumnCount - 1),
                           {Qt::BackgroundRole});
}

QVariant EventTableModel::display(int row, EventColumn column, const EventRow *given) const
{
    const quint32 p = m_result->positions[size_t(row)];
    const EventIndex &ix = *m_index;
    const EventRow *r = given ? given : rowAt(row);
    auto label = [&](IndexField field) -> QVariant {
        const FieldDictionary &d = ix.dictionary(field);
        const quint32 code = ix.code(field, p);
        if (d.hasLabels())
            return d.labels[code];
        if (!r) {
            request(row);
            return QStringLiteral("…");
        }
        return field == IndexField::Target  ? r->targetLabel()
               : field == IndexField::Actor ? r->actorLabel()
                                            : r->scopeLabel();
    };
    auto fetched = [&](auto get) -> QVariant {
        if (!r) {
            request(row);
            return QStringLiteral("…");
        }
        return get(*r);
    };
    switch (column) {
    case EventColumn::Time:
        return ix.hasTime(p) ? timeText(ix.time(p), 3) : tr("(no time)");
    case EventColumn::Action:
        return ix.dictionary(IndexField::Action).labels[ix.code(IndexField::Action, p)];
    case EventColumn::Actor:
        return label(IndexField::Actor);
    case EventColumn::Target:
        return label(IndexField::Target);
    case EventColumn::Scope:
        return label(IndexField::Scope);
    case EventColumn::Success:
        return successWord(ix.success(p));
    case EventColumn::Id:
        return fetched([](const EventRow &e) { return QVariant(e.eventId); });
    case EventColumn::Duplicates: {
        const DuplicateKind kind = ix.dupKind(p);
        if (kind == DuplicateKind::None)
            return QString();
        const QString count = QLocale().toString(ix.dupCount(p));
        return kind == DuplicateKind::Conflicting ? tr("conflicting ×%1").arg(count)
                                                  : tr("exact ×%1").arg(count);
    }
    case EventColumn::Source:
        return fetched([](const EventRow &e) { return QVariant(e.sourceName); });
    case EventColumn::Line:
        return fetched([](const EventRow &e) { return QVariant(e.line); });
    case EventColumn::Ip:
        return fetched([](const EventRow &e) { return QVariant(e.ip); });
    case EventColumn::Organization:
        return fetched([](const EventRow &e) { return QVariant(e.organizationLabel()); });
    case EventColumn::Account:
        return fetched([](const EventRow &e) { return QVariant(e.accountLabel()); });
    case EventColumn::Request:
        return fetched([](const EventRow &e) { return QVariant(e.requestId); });
    case EventColumn::Marks: // drawn from the marks (see data())
    case EventColumn::Tags:
        return {};
    }
    return {};
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (m_preview)
        return index.column() >= kMarksColumn ? QVariant() : previewData(row, index.column(), role);
    if (!m_result || !m_index)
        return {};
    if (index.column() == kMarksColumn &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole ||
         role == Qt::TextAlignmentRole || role == CsvRole || role == JsonRole))
        return marksData(row, role);
    if (index.column() == kTagsColumn &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == CsvRole || role == JsonRole))
        return tagsData(row, role);
    if (index.column() == kFindingColumn &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole ||
         role == CsvRole || role == JsonRole))
        return findingsData(row, role);
    const EventColumn column = EventColumn(index.column());
    const quint32 p = m_result->positions[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
    case CsvRole:
        if (role == CsvRole)
            return copyValue(row, int(column), false);
        if (isNameColumn(column))
            return NameInspection::shown(display(row, column).toString());
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == EventColumn::Action) {
            // What the catalogue says of the action, after any lookalike warning.
            const QString action = display(row, column).toString();
            const QString warning = NameInspection::toolTip(action);
            const QString entry = ActionCatalogue::shipped().toolTip(action);
            if (warning.isEmpty() || entry.isEmpty())
                return warning.isEmpty() ? entry : warning;
            return QString(warning + QStringLiteral("\n\n") + entry);
        }
        if (isNameColumn(column))
            return NameInspection::toolTip(display(row, column).toString());
        if (column == EventColumn::Time) {
            const EventRow *r = rowAt(row);
            QString tip = m_index->hasTime(p) ? timeText(m_index->time(p), 9) : tr("(no time)");
            if (r && !r->occurredAt.isNull())
                tip +=
                    QLatin1Char('\n') + tr("as written: %1").arg(QString::fromUtf8(r->occurredAt));
            return tip;
        }
        if (column == EventColumn::Duplicates && m_index->dupKind(p) != DuplicateKind::None)
            return m_index->dupKind(p) == DuplicateKind::Conflicting
                       ? tr("%n copies of this id, and they differ", nullptr,
                            int(m_index->dupCount(p)))
                       : tr("%n identical copies of this id", nullptr, int(m_index->dupCount(p)));
        return {};
    case Qt::TextAlignmentRole:
        if (column == EventColumn::Line)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (!m_matched.empty() && std::binary_search(m_matched.begin(), m_matched.end(), row))
            return SemanticColors::background(SemanticColors::Meaning::Match);
        return {};
    case Qt::ForegroundRole:
        if (column == EventColumn::Success && m_index->success(p) == EventSuccess::False)
            return SemanticColors::text(SemanticColors::Meaning::Failure);
        if (column == EventColumn::Duplicates && m_index->dupKind(p) == DuplicateKind::Conflicting)
            return SemanticColors::text(SemanticColors::Meaning::Conflict);
        return {};
    case SeqRole:
        return m_index->seq(p);
    case PositionRole:
        return p;
    case TimeNsRole:
        return m_index->hasTime(p) ? QVariant(m_index->time(p)) : QVariant();
    case DupKindRole:
        return int(m_index->dupKind(p));
    case LoadedRole:
        return rowAt(row) != nullptr;
    case StarredRole:
    case NotedRole:
        return marksData(row, role);
    case TagsRole:
    case TagColorsRole:
        return tagsData(row, role);
    case FindingsRole:
        return findingsAt(p);
    case JsonRole:
        return copyValue(row, int(column), true);
    default:
        return {};
    }
}

QVariant EventTableModel::marksData(int row, int role) const
{
    const EventRow *r = rowAt(row);
    switch (role) {
    case Qt::DisplayRole: {
        if (!r) {
            request(row);
            return QString();
        }
        QString marks;
        if (r->starred)
            marks += QStringLiteral("★");
        if (r->noteCount > 0)
            marks += QStringLiteral("✎");
        return marks;
    }
    case Qt::ToolTipRole: {
        if (!r)
            return QVariant();
        QStringList lines;
        if (r->starred) {
            const QDateTime at = QDateTime::fromString(r->starCreated, Qt::ISODateWithMs);
            const QString when =
                at.isValid() ? timeText(at.toMSecsSinceEpoch() * 1000000, 0) : r->starCreated;
            lines << tr("Starred by %1 at %2").arg(r->starAuthor, when);
        }
        if (r->noteCount > 0) {
            QString first = r->noteText.section(QLatin1Char('\n'), 0, 0).trimmed();
            if (first.size() > 120)
                first = first.left(119) + QStringLiteral("…");
            lines << (r->noteCount > 1
                          ? tr("Note by %1 (and %n more): %2", nullptr, r->noteCount - 1)
                          : tr("Note by %1: %2"))
                         .arg(r->noteAuthor, first);
        }
        // Rich text whose every character is escaped: a note is shown as written, never as
        // markup (a tooltip would take "<b>" in plain text for HTML).
        return lines.isEmpty() ? QVariant()
                               : QVariant(QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                                              .arg(lines.join(QLatin1Char('\n')).toHtmlEscaped()));
    }
    case Qt::ForegroundRole:
        return r && r->starred ? QVariant(SemanticColors::text(SemanticColors::Meaning::Star))
                               : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case StarredRole:
        return r ? QVariant(r->starred) : QVariant();
    case NotedRole:
        return r ? QVariant(r->noteCount > 0) : QVariant();
    default:
        return {};
    }
}

QVariant EventTableModel::tagsData(int row, int role) const
{
    const EventRow *r = rowAt(row);
    if (!r) {
        if (role == Qt::DisplayRole)
            request(row);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return r->tags.join(QStringLiteral(", "));
    case Qt::ToolTipRole:
        // Tag names are the analyst's text: plain, one per line.
        return r->tags.isEmpty()
                   ? QVariant()
                   : QVariant(QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                                  .arg(QString(tr("Tags:") + QLatin1Char('\n') +
                                               r->tags.join(QLatin1Char('\n')))
                                           .toHtmlEscaped()));
    case TagsRole:
        return r->tags;
    case TagColorsRole:
        return r->tagColors;
    default:
        return {};
    }
}

void EventTableModel::setFindingRules(const QList<FindingRuleInfo> &rules)
{
    m_findingRules.clear();
    for (const FindingRuleInfo &rule : rules)
        m_findingRules.insert(rule.id, rule);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, kFindingColumn), index(rowCount() - 1, kFindingColumn));
}

QStringList EventTableModel::findingsAt(quint32 p) const
{
    if (!m_result || !m_result->marks)
        return {};
    const AnnotationMarks &marks = *m_result->marks;
    QStringList ids;
    // A binary search per rule with hits: a dozen or so, none for an event without findings.
    if (!marks.carries(IndexField::Finding, 0, p))
        return ids;
    for (quint32 code = 1; code < marks.codes(IndexField::Finding); ++code) {
        if (marks.carries(IndexField::Finding, code, p))
            ids << marks.key(IndexField::Finding, code);
    }
    std::stable_sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return FindingsModel::severityRank(m_findingRules.value(a).severity) <
               FindingsModel::severityRank(m_findingRules.value(b).severity);
    });
    return ids;
}

QVariant EventTableModel::findingsData(int row, int role) const
{
    const QStringList ids = findingsAt(m_result->positions[size_t(row)]);
    if (ids.isEmpty())
        return role == Qt::DisplayRole || role == CsvRole ? QVariant(QString()) : QVariant();
    const auto titleOf = [this](const QString &id) {
        const auto it = m_findingRules.constFind(id);
        return it == m_findingRules.constEnd() || it->title.isEmpty() ? id : it->title;
    };
    switch (role) {
    case Qt::DisplayRole:
    case CsvRole: {
        QStringList titles;
        for (const QString &id : ids)
            titles << titleOf(id);
        return titles.join(QStringLiteral("; "));
    }
    case JsonRole:
        return ids;
    case Qt::ToolTipRole: {
        // One line per rule: its severity in words, its title and its id (what --finding takes).
        QStringList lines;
        for (const QString &id : ids)
            lines << tr("%1: %2 (%3)")
                         .arg(FindingsModel::severityLabel(m_findingRules.value(id).severity),
                              titleOf(id), id);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole: {
        const QString severity = m_findingRules.value(ids.first()).severity;
        return severity == QLatin1String("low")
                   ? QVariant()
                   : QVariant(FindingsModel::severityColor(severity, QPalette()));
    }
    default:
        return {};
    }
}

int EventTableModel::nextAnnotatedRow(int from, bool backwards, bool *wrapped) const
{
    if (wrapped)
        *wrapped = false;
    if (m_preview || !m_result || !m_result->marks || m_result->positions.empty())
        return -1;
    const AnnotationMarks &marks = *m_result->marks;
    // The annotated positions as a bitmap: one look per row.
    std::vector<bool> annotated(m_index ? m_index->size() : 0, false);
    bool any = false;
    const std::pair<IndexField, quint32> kinds[] = {
        {IndexField::Tag, 0}, {IndexField::Starred, 1}, {IndexField::Noted, 1}};
    for (const auto &[field, code] : kinds) {
        for (const quint32 p : marks.positions(field, code)) {
            if (p < annotated.size()) {
                annotated[p] = true;
                any = true;
            }
        }
    }
    if (!any)
        return -1;
    const int count = int(m_result->positions.size());
    const int step = backwards ? -1 : 1;
    // From a row outside the result (none current): the first row is the next one, the last
    // the previous one.
    int row = from >= 0 && from < count ? from : (backwards ? count : -1);
    for (int seen = 0; seen < count; ++seen) {
        row += step;
        if (row >= count || row < 0) {
            row = backwards ? count - 1 : 0;
            if (wrapped)
                *wrapped = true;
        }
        if (annotated[m_result->positions[size_t(row)]])
            return row;
    }
    return -1;
}

QVariant EventTableModel::copyValue(int row, int column, bool json) const
{
    if (m_preview || !m_result || !m_index || row < 0 || row >= int(m_result->count()) ||
        column < 0 || column >= kEventColumnCount)
        return {};
    const quint32 p = m_result->positions[size_t(row)];
    const EventColumn c = EventColumn(column);
    if (c == EventColumn::Time)
        return m_index->hasTime(p) ? QVariant(timeText(m_index->time(p), 9)) : QVariant();
    if (json && c == EventColumn::Success)
        return m_index->success(p) == EventSuccess::Unreadable
                   ? QVariant()
                   : QVariant(m_index->success(p) == EventSuccess::True);
    const EventRow *r = rowAt(row);
    if (!r) {
        request(row);
        return {};
    }
    if (json && c == EventColumn::Line)
        return QVariant(r->line);
    return display(row, c, r);
}

void EventTableModel::showPreview(const std::vector<PreviewEvent> &events)
{
    if (!m_preview) {
        beginResetModel();
        m_preview = true;
        m_previewRows.clear();
        m_previewAll.clear();
        m_matched.clear();
        endResetModel();
    }
    m_previewAll.insert(m_previewAll.end(), events.begin(), events.end());
    std::vector<PreviewEvent> shown;
    for (const PreviewEvent &e : events) {
        if (previewMatches(e))
            shown.push_back(e);
    }
    if (shown.empty())
        return;
    const int first = int(m_previewRows.size());
    beginInsertRows({}, first, first + int(shown.size()) - 1);
    m_previewRows.insert(m_previewRows.end(), shown.begin(), shown.end());
    endInsertRows();
}

bool EventTableModel::previewMatches(const PreviewEvent &e) const
{
    if (m_previewSearch.isEmpty())
        return true;
    for (const QString *text : {&e.occurredAt, &e.action, &e.actor, &e.target, &e.scope, &e.id}) {
        if (text->contains(m_previewSearch, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void EventTableModel::setPreviewSearch(const QString &text)
{
    if (text == m_previewSearch)
        return;
    m_previewSearch = text;
    if (!m_preview)
        return;
    beginResetModel();
    m_previewRows.clear();
    for (const PreviewEvent &e : m_previewAll) {
        if (previewMatches(e))
            m_previewRows.push_back(e);
    }
    endResetModel();
}

void EventTableModel::clearPreview()
{
    m_previewSearch.clear();
    if (!m_preview)
        return;
    beginResetModel();
    m_preview = false;
    m_previewRows.clear();
    m_previewAll.clear();
    endResetModel();
}

QVariant EventTableModel::previewData(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != CsvRole && role != SeqRole && role != Qt::ToolTipRole)
        return {};
    const PreviewEvent &e = m_previewRows[size_t(row)];
    if (role == SeqRole)
        return e.seq;
    if (isNameColumn(EventColumn(column)) && role != CsvRole) {
        const QString name = previewData(row, column, CsvRole).toString();
        return role == Qt::ToolTipRole ? NameInspection::toolTip(name)
                                       : NameInspection::shown(name);
    }
    if (role == Qt::ToolTipRole)
        return {};
    switch (EventColumn(column)) {
    case EventColumn::Time:
        return e.hasTime ? timeText(e.occurredNs, 3) : e.occurredAt;
    case EventColumn::Action:
        return e.action;
    case EventColumn::Actor:
        return e.actor;
    case EventColumn::Target:
        return e.target;
    case EventColumn::Scope:
        return e.scope;
    case EventColumn::Success:
        return successWord(e.success);
    case EventColumn::Id:
        return e.id;
    case EventColumn::Duplicates:
    case EventColumn::Source:
    case EventColumn::Ip:
    case EventColumn::Organization:
    case EventColumn::Account:
    case EventColumn::Request:
    case EventColumn::Marks:
    case EventColumn::Tags:
        return QString();
    case EventColumn::Line:
        return e.line;
    }
    return {};
}

} // namespace auditlens
