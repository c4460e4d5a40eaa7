// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "columnmap.h"

#include "../text/visibletext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace auditlens {

namespace {
std::string keyOf(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    return headerKey(std::string_view(utf8.constData(), size_t(utf8.size())));
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + VisibleText::escapeInvisible(name) + QLatin1Char('"');
}

QString fieldName(int column)
{
    return QLatin1String(columnName(static_cast<Column>(column)));
}

QString allFields()
{
    QStringList names;
    for (int i = 0; i < kColumnCount; ++i)
        names << fieldName(i);
    return names.join(QStringLiteral(", "));
}
} // namespace

bool ColumnMap::isEmpty() const
{
    for (const QString &header : m_headers) {
        if (!header.isEmpty())
            return false;
    }
    return true;
}

bool ColumnMap::fromJson(const QByteArray &json, ColumnMap *map, QString *error)
{
    *map = ColumnMap();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue columns = document.object().value(QLatin1String("columns"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !columns.isObject()) {
        *error = tr("the column mapping is not JSON of the form %1")
                     .arg(example({QStringLiteral("occurred_at")}));
        return false;
    }
    const QJsonObject object = columns.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        Column column;
        if (!columnFromName(std::string_view(key.constData(), size_t(key.size())), &column)) {
            *error = tr("the column mapping names %1, which is no audit field (the fields are: "
                        "%2)")
                         .arg(quoted(it.key()), allFields());
            return false;
        }
        const QString header = it.value().toString();
        if (!it.value().isString() || keyOf(header).empty()) {
            *error = tr("the column mapping gives %1 no column name: write the name of the "
                        "file's column as text")
                         .arg(quoted(it.key()));
            return false;
        }
        if (!map->header(column).isEmpty()) {
            *error = tr("the column mapping names %1 twice").arg(quoted(fieldName(int(column))));
            return false;
        }
        for (int other = 0; other < kColumnCount; ++other) {
            if (!map->m_headers[size_t(other)].isEmpty() &&
                keyOf(map->m_headers[size_t(other)]) == keyOf(header)) {
                *error = tr("the column mapping takes both %1 and %2 from the column %3")
                             .arg(fieldName(other), fieldName(int(column)), quoted(header));
                return false;
            }
        }
        map->set(column, header);
    }
    return true;
}

QByteArray ColumnMap::toJson() const
{
    QJsonObject columns;
    for (int i = 0; i < kColumnCount; ++i) {
        if (!m_headers[size_t(i)].isEmpty())
            columns.insert(fieldName(i), m_headers[size_t(i)]);
    }
    QJsonObject object;
    object.insert(QLatin1String("columns"), columns);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool ColumnMap::apply(const std::vector<std::string_view> &fields, std::vector<int> *fieldColumn,
                      QString *error) const
{
    fieldColumn->assign(fields.size(), -1);
    for (int column = 0; column < kColumnCount; ++column) {
        const QString &header = m_headers[size_t(column)];
        if (header.isEmpty())
            continue;
        const std::string key = keyOf(header);
        int found = -1;
        for (size_t i = 0; i < fields.size(); ++i) {
            if (headerKey(fields[i]) != key)
                continue;
            if (found >= 0) {
                *error = tr("the file's header has the column %1 twice, so the column mapping "
                            "cannot tell which one fills %2")
                             .arg(quoted(header), fieldName(column));
                return false;
            }
            found = int(i);
        }
        if (found < 0) {
            *error = tr("the column mapping takes %1 from the column %2, which the file's header "
                        "does not have")
                         .arg(fieldName(column), quoted(header));
            return false;
        }
        Column own;
        if (columnFromName(fields[size_t(found)], &own) && int(own) != column) {
            *error = tr("the column mapping takes %1 from the column %2, which is the file's own "
                        "%3 column")
                         .arg(fieldName(column), quoted(header), fieldName(int(own)));
            return false;
        }
        (*fieldColumn)[size_t(found)] = column;
    }
    // The file's own column of a mapped field would fill it a second time.
    for (size_t i = 0; i < fields.size(); ++i) {
        Column own;
        if ((*fieldColumn)[i] < 0 && columnFromName(fields[i], &own) &&
            !m_headers[size_t(columnIndex(own))].isEmpty()) {
            *error = tr("the column mapping takes %1 from the column %2, but the file has its own "
                        "%1 column")
                         .arg(fieldName(columnIndex(own)), quoted(header(own)));
            return false;
        }
    }
    return true;
}

QString ColumnMap::example(const QStringList &fields)
{
    QStringList pairs;
    for (const QString &field : fields)
        pairs << QStringLiteral("\"%1\": \"%2\"").arg(field, tr("COLUMN"));
    return QStringLiteral("{\"columns\": {%1}}").arg(pairs.join(QStringLiteral(", ")));
}

} // namespace auditlens
