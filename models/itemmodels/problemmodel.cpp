// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "problemmodel.h"

#include "../store/casestore.h"
#include "semanticcolors.h"

#include <QColor>
#include <QLocale>

namespace auditlens {

namespace {
constexpr int kPage = 1000;
constexpr int kRawPreview = 200;
} // namespace

ProblemModel::ProblemModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProblemModel::setDatabase(const QSqlDatabase &db)
{
    beginResetModel();
    m_db = db;
    m_rows.clear();
    m_total = 0;
    if (m_db.isValid() && m_db.isOpen()) {
        m_total = CaseStore::problemCount(m_db, std::nullopt).value_or(0);
        m_rows = loadPage(0); // the first page comes with the reset
    }
    endResetModel();
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_rows.size());
}

int ProblemModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return ColumnCount;
}

bool ProblemModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    return qint64(m_rows.size()) < m_total;
}

std::vector<ProblemModel::Row> ProblemModel::loadPage(qint64 after) const
{
    std::vector<Row> page;
    // A page that fails part way shows the rows read before the failure.
    CaseStore::readProblemPage(m_db, after, kPage, [&](const StoredProblem &p) {
        Row r;
        r.id = p.id;
        r.source = p.sourceFileName;
        r.line = p.line;
        r.severity = p.severity;
        r.kind = p.kind;
        r.column = p.column;
        r.message = p.message;
        r.raw = p.raw;
        r.eventSeq = p.event.value_or(-1);
        r.offset = p.offset;
        page.push_back(std::move(r));
    });
    return page;
}

void ProblemModel::fetchMore(const QModelIndex &parent)
{
    // Views (and QAbstractItemModelTester) may ask for more while rows are being inserted.
    if (parent.isValid() || m_fetching || !canFetchMore(parent))
        return;
    std::vector<Row> page = loadPage(m_rows.empty() ? 0 : m_rows.back().id);
    if (page.empty()) {
        m_total = qint64(m_rows.size()); // the table shrank under us: stop asking
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()),
                  std::make_move_iterator(page.end()));
    endInsertRows();
    m_fetching = false;
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Source:
        return tr("Source");
    case Line:
        return tr("Line");
    case Severity:
        return tr("Outcome");
    case Kind:
        return tr("Kind");
    case ColumnName:
        return tr("Column");
    case Message:
        return tr("Message");
    case Raw:
        return tr("Raw text");
    default:
        return {};
    }
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Source:
            return r.source;
        case Line:
            return r.line;
        case Severity:
            return r.severity == QLatin1String("rejected") ? tr("rejected") : tr("flagged");
        case Kind:
            return r.kind;
        case ColumnName:
            return r.column;
        case Message:
            return r.message;
        case Raw: {
            QString text = QString::fromUtf8(r.raw.left(kRawPreview));
            text.replace(QLatin1Char('\n'), QChar(0x21b5));
            text.remove(QLatin1Char('\r'));
            return r.raw.size() > kRawPreview ? text + QStringLiteral("…") : text;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Raw)
            return QString::fromUtf8(r.raw.left(4000));
        if (index.column() == Message)
            return r.message;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Severity && r.severity == QLatin1String("rejected"))
            return SemanticColors::text(SemanticColors::Meaning::Failure);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Line ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case EventSeqRole:
        return r.eventSeq >= 0 ? QVariant(r.eventSeq) : QVariant();
    case RawRole:
        return r.raw;
    case OffsetRole:
        return r.offset;
    case RejectedRole:
        return r.severity == QLatin1String("rejected");
    default:
        return {};
    }
}

} // namespace auditlens
