// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "annotationstore.h"

#include "../store/annotationsql.h"
#include "../store/casesql.h"
#include "../store/casestore.h"
#include "../store/schema.h"
#include "../store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace auditlens {

namespace {
// The colour of a custom tag made without one: a neutral grey-blue that no preset uses.
const char kDefaultColor[] = "#607D8B";
// Up to this many changed events, the log names their ids as well as their lines.
constexpr qint64 kLoggedIds = 1000;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void bindValue(SqliteStatement &statement, int index, const QVariant &value)
{
    if (value.isNull())
        statement.bindNull(index);
    else if (value.typeId() == QMetaType::QString)
        statement.bindTextCopy(index, value.toString().toUtf8());
    else
        statement.bindInt64(index, value.toLongLong());
}

// Runs sql with ?1 first, ?2 author, ?3 at; the rows it changed, or -1 on failure.
qint64 run(sqlite3 *db, const char *sql, const QVariant &first, const QString &author,
           const QString &at, QString *error)
{
    SqliteStatement statement(db, sql);
    if (!statement.ok()) {
        *error = statement.error();
        return -1;
    }
    const int count = sqlite3_bind_parameter_count(statement.get());
    if (count >= 1)
        bindValue(statement, 1, first);
    if (count >= 2)
        statement.bindTextCopy(2, author.toUtf8());
    if (count >= 3)
        statement.bindTextCopy(3, at.toUtf8());
    if (!statement.execute()) {
        *error = statement.error();
        return -1;
    }
    return sqlite3_changes64(db);
}

// "2-5,9,12-13" for ascending lines.
QString lineRanges(const QVector<qint64> &lines)
{
    QStringList parts;
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype j = i;
        while (j + 1 < lines.size() && lines.at(j + 1) == lines.at(j) + 1)
            ++j;
        parts << (i == j ? QString::number(lines.at(i))
                         : QStringLiteral("%1-%2").arg(lines.at(i)).arg(lines.at(j)));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

// The changed events as the log keeps them: per source, its lines as ranges, and for a small
// change their ids in the same order. false when they cannot be read.
bool changedKeys(sqlite3 *db, qint64 *count, QByteArray *json, QString *error)
{
    SqliteStatement keys(db, AnnotationSql::kChangedKeys);
    QJsonArray sources;
    QString source;
    QVector<qint64> lines;
    QJsonArray ids;
    QVector<QPair<QString, QJsonArray>> idsBySource;
    *count = 0;
    auto flush = [&] {
        if (lines.isEmpty())
            return;
        QJsonObject o;
        o[QStringLiteral("source")] = source;
        o[QStringLiteral("lines")] = lineRanges(lines);
        o[QStringLiteral("ids")] = ids;
        sources.append(o);
        lines.clear();
        ids = QJsonArray();
    };
    while (keys.row()) {
        const QString sha = keys.columnString(0);
        if (sha != source)
            flush();
        source = sha;
        lines.append(keys.columnInt64(1));
        if (++*count <= kLoggedIds)
            ids.append(keys.columnString(2));
    }
    if (!keys.done()) {
        *error = keys.error();
        return false;
    }
    flush();
    if (*count > kLoggedIds) {
        for (qsizetype i = 0; i < sources.size(); ++i) {
            QJsonObject o = sources.at(i).toObject();
            o.remove(QStringLiteral("ids"));
            sources[i] = o;
        }
    }
    *json = QJsonDocument(sources).toJson(QJsonDocument::Compact);
    return true;
}

// Restoring an export's annotations: one event's tag, star or note, each kept only when the
// event does not have it yet, and the identity of an event that changed, for the log.
const char kRestoreTag[] =
    "INSERT OR IGNORE INTO event_tags(source_sha256, line, event_id, tag_id, author, created)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
const char kRestoreStar[] =
    "INSERT OR IGNORE INTO stars(source_sha256, line, event_id, author, created)"
    " VALUES (?1, ?2, ?3, ?4, ?5)";
const char kRestoreNote[] =
    "INSERT INTO notes(source_sha256, line, event_id, text, author, created, changed)"
    " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE NOT EXISTS (SELECT 1 FROM notes WHERE"
    " source_sha256 = ?1 AND line = ?2 AND event_id = ?3 AND text = ?4 AND author = ?5 AND"
    " created = ?6)";
const char kClearRestored[] = "DELETE FROM temp.annotation_changed";
const char kRestoredKey[] =
    "INSERT INTO temp.annotation_changed(source_sha256, line, event_id) VALUES (?1, ?2, ?3)";

// The statement that makes the preset tag of that name as a new case has it; null when name is
// not a preset's.
const char *presetStatement(const QString &name)
{
    const QByteArray values = "VALUES ('" + name.toUtf8() + "', ";
    for (const char *sql : Schema::annotationStatements()) {
        const QByteArray statement = QByteArray::fromRawData(sql, qsizetype(qstrlen(sql)));
        if (statement.startsWith("INSERT OR IGNORE INTO tags(") && statement.contains(values))
            return sql;
    }
    return nullptr;
}

QString notWritable()
{
    return QCoreApplication::translate("AnnotationStore",
                                       "the case is open read-only: annotations cannot be saved");
}
} // namespace

AnnotationStore::AnnotationStore(const CaseStore &store, const QString &author)
    : m_store(store), m_author(author.trimmed().isEmpty() ? systemAuthor() : author.trimmed())
{}

QString AnnotationStore::systemAuthor()
{
    for (const char *name : {"USER", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
#if defined(Q_OS_UNIX)
    // A service or a container often runs without USER: the account's own name then.
    if (const passwd *account = getpwuid(geteuid());
        account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

bool AnnotationStore::isTagName(const QString &name)
{
    // "*" is what a filter reads as every tag.
    if (name.isEmpty() || name.size() > 64 || name.trimmed() != name || name == QLatin1String("*"))
        return false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

bool AnnotationStore::isColor(const QString &color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern.match(color).hasMatch();
}

bool AnnotationStore::appendLog(const QString &at, const QString &action, const QJsonObject &detail,
                                qint64 events, const QByteArray &keys, QString *error)
{
    SqliteStatement insert(m_store.handle(), AnnotationSql::kInsertLog);
    insert.bindTextCopy(1, at.toUtf8());
    insert.bindTextCopy(2, m_author.toUtf8());
    insert.bindTextCopy(3, action.toUtf8());
    insert.bindTextCopy(4, QJsonDocument(detail).toJson(QJsonDocument::Compact));
    insert.bindInt64(5, events);
    insert.bindTextCopy(6, keys.isEmpty() ? QByteArrayLiteral("[]") : keys);
    if (!insert.execute()) {
        *error = insert.error();
        return false;
    }
    return true;
}

AnnotationChange AnnotationStore::change(
    const QVector<qint64> *seqs, const QString &action, QJsonObject detail, QVariant first,
    const char *mark, const QVector<const char *> &apply,
    const std::function<bool(QVariant *, QJsonObject *, AnnotationChange *, QString *)> &before)
{
    AnnotationChange result;
    sqlite3 *db = m_store.handle();
    if (!db || m_store.isReadOnly()) {
        result.error = db ? notWritable() : m_store.readError(QString());
        return result;
    }
    QString why;
    if (!SqliteStatement::exec(db, CaseSql::kBeginImmediate, &why)) {
        result.error = m_store.readError(why);
        return result;
    }
    const QString at = now();
    auto body = [&]() -> bool {
        if (before && !before(&first, &detail, &result, &why))
            return false;
        if (!SqliteStatement::exec(db, AnnotationSql::kPrepareChange, &why))
            return false;
        if (seqs) {
            SqliteStatement select(db, AnnotationSql::kSelectSeq, SqliteStatement::Use::Persistent);
            for (const qint64 seq : *seqs) {
                select.bindInt64(1, seq);
                if (!select.execute()) {
                    why = select.error();
                    return false;
                }
            }
        }
        if (mark && run(db, mark, first, m_author, at, &why) < 0)
            return false;
        qint64 changed = 0;
        for (const char *sql : apply) {
            const qint64 rows = run(db, sql, first, m_author, at, &why);
            if (rows < 0)
                return false;
            changed += rows;
        }
        QByteArray keys;
        qint64 events = 0;
        if (mark && !changedKeys(db, &events, &keys, &why))
            return false;
        result.events = mark ? events : changed;
        // A change that changed nothing (the events already were as asked) is not one.
        if (result.events == 0)
            return true;
        return appendLog(at, action, detail, events, keys, &why);
    };
    if (!body() || !SqliteStatement::exec(db, CaseSql::kCommit, &why)) {
        SqliteStatement::exec(db, CaseSql::kRollback);
        result = AnnotationChange();
        result.error = QCoreApplication::translate("AnnotationStore",
                                                   "%1: the annotations cannot be saved (%2)")
                           .arg(m_store.path(), why);
        return result;
    }
    result.ok = true;
    return result;
}

AnnotationChange AnnotationStore::tag(const QVector<qint64> &seqs, const QString &name,
                                      const QString &color, const QString &description)
{
    if (!isTagName(name) || (!color.isEmpty() && !isColor(color))) {
        AnnotationChange refused;
        refused.error =
            !isTagName(name)
                ? QCoreApplication::translate(
                      "AnnotationStore",
                      "a tag name is 1 to 64 characters, without control characters "
                      "or spaces at either end, and not * (a filter's \"any tag\")")
                : QCoreApplication::translate("AnnotationStore", "a tag colour is written #RRGGBB");
        return refused;
    }
    // The tag, made or restyled in the change's own transaction, with its own log row.
    auto ensureTag = [&](QVariant *first, QJsonObject *, AnnotationChange *result,
                         QString *error) -> bool {
        sqlite3 *db = m_store.handle();
        SqliteStatement find(db, AnnotationSql::kTagByName);
        find.bindTextCopy(1, name.toUtf8());
        const QString at = now();
        QJsonObject detail{{QStringLiteral("tag"), name}};
        if (find.row()) {
            *first = find.columnInt64(0);
            const QString oldColor = find.columnString(1);
            const QString oldDescription = find.columnString(2);
            const QString newColor = color.isEmpty() ? oldColor : color.toUpper();
            const QString newDescription = description.isEmpty() ? oldDescription : description;
            if (newColor == oldColor && newDescription == oldDescription)
                return true;
            SqliteStatement update(db, AnnotationSql::kUpdateTag);
            update.bindInt64(1, first->toLongLong());
            update.bindTextCopy(2, newColor.toUtf8());
            update.bindTextCopy(3, newDescription.toUtf8());
            update.bindTextCopy(4, at.toUtf8());
            detail[QStringLiteral("color")] = newColor;
            detail[QStringLiteral("description")] = newDescription;
            if (!update.execute()) {
                *error = update.error();
                return false;
            }
            return appendLog(at, QStringLiteral("edit-tag"), detail, 0, {}, error);
        }
        if (!find.done()) {
            *error = find.error();
            return false;
        }
        const QString newColor = color.isEmpty() ? QLatin1String(kDefaultColor) : color.toUpper();
        SqliteStatement insert(db, AnnotationSql::kInsertTag);
        insert.bindTextCopy(1, name.toUtf8());
        insert.bindTextCopy(2, newColor.toUtf8());
        insert.bindTextCopy(3, description.toUtf8());
        insert.bindTextCopy(4, m_author.toUtf8());
        insert.bindTextCopy(5, at.toUtf8());
        if (!insert.execute()) {
            *error = insert.error();
            return false;
        }
        *first = qint64(sqlite3_last_insert_rowid(db));
        result->createdTag = true;
        detail[QStringLiteral("color")] = newColor;
        detail[QStringLiteral("description")] = description;
        return appendLog(at, QStringLiteral("create-tag"), detail, 0, {}, error);
    };
    return change(&seqs, QStringLiteral("tag"), {{QStringLiteral("tag"), name}}, {},
                  AnnotationSql::kMarkUntagged, {AnnotationSql::kInsertEventTags}, ensureTag);
}

AnnotationChange AnnotationStore::untag(const QVector<qint64> &seqs, const QString &name)
{
    auto findTag = [&](QVariant *first, QJsonObject *, AnnotationChange *, QString *error) -> bool {
        SqliteStatement find(m_store.handle(), AnnotationSql::kTagByName);
        find.bindTextCopy(1, name.toUtf8());
        if (find.row()) {
            *first = find.columnInt64(0);
            return true;
        }
        *error = find.done() ? QCoreApplication::translate("AnnotationStore",
                                                           "the case has no tag named %1")
                                   .arg(name)
                             : find.error();
        return false;
    };
    return change(&seqs, QStringLiteral("untag"), {{QStringLiteral("tag"), name}}, {},
                  AnnotationSql::kMarkTagged, {AnnotationSql::kDeleteEventTags}, findTag);
}

AnnotationChange AnnotationStore::star(const QVector<qint64> &seqs)
{
    return change(&seqs, QStringLiteral("star"), {}, {}, AnnotationSql::kMarkUnstarred,
                  {AnnotationSql::kInsertStars});
}

AnnotationChange AnnotationStore::unstar(const QVector<qint64> &seqs)
{
    return change(&seqs, QStringLiteral("unstar"), {}, {}, AnnotationSql::kMarkStarred,
                  {AnnotationSql::kDeleteStars});
}

AnnotationChange AnnotationStore::setNote(const QVector<qint64> &seqs, const QString &text)
{
    return change(&seqs, QStringLiteral("note"), {{QStringLiteral("text"), text}}, text,
                  AnnotationSql::kMarkAll,
                  {AnnotationSql::kUpdateNotes, AnnotationSql::kInsertNotes});
}

AnnotationChange AnnotationStore::removeNote(const QVector<qint64> &seqs)
{
    return change(&seqs, QStringLiteral("unnote"), {}, QString(), AnnotationSql::kMarkNoted,
                  {AnnotationSql::kDeleteNotes});
}

AnnotationChange AnnotationStore::setCaseNote(const QString &text)
{
    return change(nullptr, QStringLiteral("case-note"), {{QStringLiteral("text"), text}}, text,
                  nullptr, {AnnotationSql::kUpdateCaseNote, AnnotationSql::kInsertCaseNote});
}

AnnotationChange AnnotationStore::removeCaseNote()
{
    AnnotationChange result = change(nullptr, QStringLiteral("remove-case-note"), {}, QString(),
                                     nullptr, {AnnotationSql::kDeleteCaseNote});
    return result;
}

AnnotationChange AnnotationStore::saveView(const QString &name, const QStringList &filter,
                                           const QString &sort, const QStringList &columns)
{
    if (!isViewName(name)) {
        AnnotationChange refused;
        refused.error = QCoreApplication::translate(
            "AnnotationStore", "a view name is 1 to 64 characters, without control characters "
                               "or spaces at either end");
        return refused;
    }
    const QJsonObject view{{QStringLiteral("name"), name},
                           {QStringLiteral("filter"), QJsonArray::fromStringList(filter)},
                           {QStringLiteral("sort"), sort},
                           {QStringLiteral("columns"), QJsonArray::fromStringList(columns)}};
    return change(nullptr, QStringLiteral("save-view"), view,
                  QString::fromUtf8(QJsonDocument(view).toJson(QJsonDocument::Compact)), nullptr,
                  {AnnotationSql::kSaveView});
}

AnnotationChange AnnotationStore::deleteView(const QString &name)
{
    const QJsonObject view{{QStringLiteral("name"), name}};
    return change(nullptr, QStringLiteral("delete-view"), view,
                  QString::fromUtf8(QJsonDocument(view).toJson(QJsonDocument::Compact)), nullptr,
                  {AnnotationSql::kDeleteView});
}

qint64 AnnotationStore::restoreImported(const QString &sha256, const QString &fileName,
                                        const std::vector<ImportedAnnotations> &events,
                                        QString *error)
{
    sqlite3 *db = m_store.handle();
    if (!db || m_store.isReadOnly()) {
        *error = db ? notWritable() : m_store.readError(QString());
        return -1;
    }
    const QString at = now();
    const QByteArray sha = sha256.toUtf8();
    const QByteArray author = m_author.toUtf8();
    const QByteArray atBytes = at.toUtf8();
    const QJsonObject origin{{QStringLiteral("file"), fileName},
                             {QStringLiteral("sha256"), sha256}};
    if (!SqliteStatement::exec(db, AnnotationSql::kPrepareChange, error))
        return -1;
    auto bindKey = [&](SqliteStatement &statement, const ImportedAnnotations &event) {
        statement.bindTextCopy(1, sha);
        statement.bindInt64(2, event.line);
        statement.bindTextCopy(3, event.eventId.toUtf8());
    };

    // Each tag's id, made when the case has none of that name.
    QHash<QString, qint64> tagIds;
    auto tagId = [&](const QString &name, qint64 *id) -> bool {
        if (const auto found = tagIds.constFind(name); found != tagIds.constEnd()) {
            *id = *found;
            return true;
        }
        SqliteStatement find(db, AnnotationSql::kTagByName);
        find.bindTextCopy(1, name.toUtf8());
        if (!find.row()) {
            if (!find.done()) {
                *error = find.error();
                return false;
            }
            QJsonObject detail{{QStringLiteral("tag"), name}};
            if (const char *preset = presetStatement(name)) {
                if (!SqliteStatement::exec(db, preset, error))
                    return false;
            } else {
                SqliteStatement insert(db, AnnotationSql::kInsertTag);
                insert.bindTextCopy(1, name.toUtf8());
                insert.bindTextCopy(2, QByteArray(kDefaultColor));
                insert.bindTextCopy(3, QByteArray());
                insert.bindTextCopy(4, author);
                insert.bindTextCopy(5, atBytes);
                if (!insert.execute()) {
                    *error = insert.error();
                    return false;
                }
            }
            find.reset();
            if (!find.row()) {
                *error = find.done() ? QCoreApplication::translate("AnnotationStore",
                                                                   "the tag %1 could not be made")
                                           .arg(name)
                                     : find.error();
                return false;
            }
            detail[QStringLiteral("color")] = find.columnString(1);
            detail[QStringLiteral("description")] = find.columnString(2);
            detail[QStringLiteral("imported_from")] = origin;
            if (!appendLog(at, QStringLiteral("create-tag"), detail, 0, {}, error))
                return false;
        }
        *id = find.columnInt64(0);
        tagIds.insert(name, *id);
        return true;
    };

    // One kind at a time: apply adds what an event lacks and says how much it added; the events
    // it changed make the kind's one log row, with the detail that follows them.
    std::vector<char> changedAny(events.size(), 0);
    SqliteStatement changedKey(db, kRestoredKey, SqliteStatement::Use::Persistent);
    auto restoreKind = [&](const QString &action,
                           const std::function<int(const ImportedAnnotations &)> &apply,
                           const std::function<QJsonObject()> &detail) -> bool {
        if (!SqliteStatement::exec(db, kClearRestored, error))
            return false;
        for (size_t i = 0; i < events.size(); ++i) {
            const int changed = apply(events[i]);
            if (changed < 0)
                return false;
            if (changed == 0)
                continue;
            changedAny[i] = 1;
            bindKey(changedKey, events[i]);
            if (!changedKey.execute()) {
                *error = changedKey.error();
                return false;
            }
        }
        qint64 count = 0;
        QByteArray keys;
        if (!changedKeys(db, &count, &keys, error))
            return false;
        if (count == 0)
            return true;
        QJsonObject logged = detail();
        logged[QStringLiteral("imported_from")] = origin;
        return appendLog(at, action, logged, count, keys, error);
    };
    // A statement's failure, as apply reports it.
    auto failed = [&](const SqliteStatement &statement) {
        *error = statement.error();
        return -1;
    };

    QStringList tagNames;
    SqliteStatement insertTag(db, kRestoreTag, SqliteStatement::Use::Persistent);
    auto restoreTags = [&](const ImportedAnnotations &event) -> int {
        int added = 0;
        for (const QString &name : event.tags) {
            qint64 id = 0;
            if (!tagId(name, &id))
                return -1;
            bindKey(insertTag, event);
            insertTag.bindInt64(4, id);
            insertTag.bindTextCopy(5, author);
            insertTag.bindTextCopy(6, atBytes);
            if (!insertTag.execute())
                return failed(insertTag);
            if (sqlite3_changes(db) > 0) {
                ++added;
                if (!tagNames.contains(name))
                    tagNames << name;
            }
        }
        return added;
    };
    SqliteStatement insertStar(db, kRestoreStar, SqliteStatement::Use::Persistent);
    auto restoreStar = [&](const ImportedAnnotations &event) -> int {
        if (!event.starred)
            return 0;
        bindKey(insertStar, event);
        insertStar.bindTextCopy(4, author);
        insertStar.bindTextCopy(5, atBytes);
        if (!insertStar.execute())
            return failed(insertStar);
        return sqlite3_changes(db);
    };
    qint64 noteCount = 0;
    QStringList noteAuthors;
    SqliteStatement insertNote(db, kRestoreNote, SqliteStatement::Use::Persistent);
    auto restoreNotes = [&](const ImportedAnnotations &event) -> int {
        int added = 0;
        for (const ImportedNote &note : event.notes) {
            const QString noteAuthor = note.author.isEmpty() ? m_author : note.author;
            const QString created = note.created.isEmpty() ? at : note.created;
            bindKey(insertNote, event);
            insertNote.bindTextCopy(4, note.text.toUtf8());
            insertNote.bindTextCopy(5, noteAuthor.toUtf8());
            insertNote.bindTextCopy(6, created.toUtf8());
            insertNote.bindTextCopy(7, (note.changed.isEmpty() ? created : note.changed).toUtf8());
            if (!insertNote.execute())
                return failed(insertNote);
            if (sqlite3_changes(db) > 0) {
                ++added;
                if (!noteAuthors.contains(noteAuthor))
                    noteAuthors << noteAuthor;
            }
        }
        noteCount += added;
        return added;
    };

    const bool done =
        restoreKind(
            QStringLiteral("import-tags"), restoreTags,
            [&] {
                tagNames.sort();
                return QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(tagNames)}};
            }) &&
        restoreKind(QStringLiteral("import-stars"), restoreStar, [] { return QJsonObject(); }) &&
        restoreKind(QStringLiteral("import-notes"), restoreNotes,
                    [&] {
                        noteAuthors.sort();
                        return QJsonObject{
                            {QStringLiteral("notes"), noteCount},
                            {QStringLiteral("authors"), QJsonArray::fromStringList(noteAuthors)}};
                    }) &&
        SqliteStatement::exec(db, kClearRestored, error);
    if (!done)
        return -1;
    return qint64(std::count(changedAny.begin(), changedAny.end(), 1));
}

namespace {
template <typename Row>
std::optional<QVector<Row>> readAll(const CaseStore &store, const char *sql,
                                    const std::function<Row(const SqliteStatement &)> &read,
                                    QString *error)
{
    SqliteStatement q(store.handle(), sql);
    QVector<Row> rows;
    while (q.row())
        rows.append(read(q));
    if (!q.done()) {
        if (error)
            *error = store.readError(q.error());
        return std::nullopt;
    }
    return rows;
}

std::optional<qint64> optionalInt(const SqliteStatement &q, int c)
{
    return q.isNull(c) ? std::nullopt : std::optional<qint64>(q.columnInt64(c));
}
} // namespace

std::optional<QVector<TagSummary>> AnnotationStore::tags(QString *error) const
{
    return readAll<TagSummary>(
        m_store, AnnotationSql::kTags,
        [](const SqliteStatement &q) {
            TagSummary t;
            t.id = q.columnInt64(0);
            t.name = q.columnString(1);
            t.color = q.columnString(2);
            t.description = q.columnString(3);
            t.preset = q.columnInt64(4) != 0;
            t.author = q.columnString(5);
            t.created = q.columnString(6);
            t.changed = q.columnString(7);
            t.events = q.columnInt64(8);
            return t;
        },
        error);
}

std::optional<QVector<StarredEvent>> AnnotationStore::stars(QString *error) const
{
    return readAll<StarredEvent>(
        m_store, AnnotationSql::kStars,
        [](const SqliteStatement &q) {
            StarredEvent s;
            s.key = {q.columnString(0), q.columnInt64(1), q.columnString(2)};
            s.author = q.columnString(3);
            s.created = q.columnString(4);
            s.seq = optionalInt(q, 5);
            return s;
        },
        error);
}

std::optional<QVector<CaseNote>> AnnotationStore::notes(QString *error) const
{
    return readAll<CaseNote>(
        m_store, AnnotationSql::kNotes,
        [](const SqliteStatement &q) {
            CaseNote n;
            n.id = q.columnInt64(0);
            if (!q.isNull(1))
                n.key = EventKey{q.columnString(1), q.columnInt64(2), q.columnString(3)};
            n.text = q.columnString(4);
            n.author = q.columnString(5);
            n.created = q.columnString(6);
            n.changed = q.columnString(7);
            n.seq = optionalInt(q, 8);
            return n;
        },
        error);
}

std::optional<QVector<SavedView>> AnnotationStore::views(QString *error) const
{
    auto strings = [](const QString &json) {
        QStringList list;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
            list << v.toString();
        return list;
    };
    return readAll<SavedView>(
        m_store, AnnotationSql::kViews,
        [&](const SqliteStatement &q) {
            SavedView v;
            v.id = q.columnInt64(0);
            v.name = q.columnString(1);
            v.filter = strings(q.columnString(2));
            v.sort = q.columnString(3);
            v.columns = strings(q.columnString(4));
            v.author = q.columnString(5);
            v.created = q.columnString(6);
            v.changed = q.columnString(7);
            return v;
        },
        error);
}

bool AnnotationStore::readLog(const std::function<void(const AnnotationLogEntry &)> &visit,
                              QString *error) const
{
    SqliteStatement q(m_store.handle(), AnnotationSql::kLog);
    AnnotationLogEntry entry;
    while (q.row()) {
        entry.id = q.columnInt64(0);
        entry.at = q.columnString(1);
        entry.author = q.columnString(2);
        entry.action = q.columnString(3);
        entry.detail = q.columnString(4);
        entry.eventCount = q.columnInt64(5);
        entry.events = q.columnString(6);
        visit(entry);
    }
    if (!q.done()) {
        if (error)
            *error = m_store.readError(q.error());
        return false;
    }
    return true;
}

} // namespace auditlens
