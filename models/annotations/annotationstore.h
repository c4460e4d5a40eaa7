// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <functional>
#include <optional>
#include <vector>

namespace auditlens {

class CaseStore;

// An event's identity, which its annotations belong to: the SHA-256 of its source, its physical
// line there and its id. Unlike its seq, it stays the same when its source is removed and
// imported again, or imported into another case.
struct EventKey
{
    QString sha256;
    qint64 line = 0;
    QString eventId;
};

// What one change did: ok, or error (a sentence for the user); events: how many events it
// changed (an event that already was as asked is not counted), or for a note on the whole case
// how many notes.
struct AnnotationChange
{
    bool ok = false;
    qint64 events = 0;
    QString error;
    bool createdTag = false; // tag() made the tag it was asked for
};

struct TagSummary
{
    qint64 id = 0;
    QString name;
    QString color; // #RRGGBB
    QString description;
    bool preset = false;
    QString author;
    QString created;
    QString changed;
    qint64 events = 0; // events of the case that carry it
};

struct StarredEvent
{
    EventKey key;
    std::optional<qint64> seq; // none when its source is not in the case
    QString author;
    QString created;
};

struct CaseNote
{
    qint64 id = 0;
    std::optional<EventKey> key; // none: a note on the whole case
    std::optional<qint64> seq;   // the event's seq, when it is in the case
    QString text;                // Markdown, as written
    QString author;
    QString created;
    QString changed;
};

// One row of the annotation log. detail and events are JSON texts (see Schema).
struct AnnotationLogEntry
{
    qint64 id = 0;
    QString at;
    QString author;
    QString action;
    QString detail;
    qint64 eventCount = 0;
    QString events;
};

// A saved view: a named filter, as the CLI's FILTER arguments (replayed through the same parser),
// with the sort and the visible columns it was saved with (empty from the CLI).
struct SavedView
{
    qint64 id = 0;
    QString name;
    QStringList filter;
    QString sort;
    QStringList columns;
    QString author;
    QString created;
    QString changed;
};

// A note as an AuditLens export carries it: its text, who wrote it and when (author, created and
// changed empty when the export did not say: the importing user and the time of the import).
struct ImportedNote
{
    QString text;
    QString author;
    QString created;
    QString changed;
};

// One event's annotations as an AuditLens export (JSON Lines or a JSON array) carried them, to
// be restored on the event an import made of that record: named by its line in the imported
// file and its id.
struct ImportedAnnotations
{
    qint64 line = 0;
    QString eventId;
    QStringList tags;
    bool starred = false;
    QVector<ImportedNote> notes;
};

// The analyst's tags, stars and notes in a case opened for writing, and the annotation log that
// records each change. Every change is one transaction that also appends its log row: a change
// that fails, or a process killed during one, leaves the case as it was. Events are named by
// seq (as queries give them); what is stored is their identity (EventKey).
class AnnotationStore
{
public:
    // author: who makes the changes; empty for the OS user name (systemAuthor()).
    explicit AnnotationStore(const CaseStore &store, const QString &author = {});

    // $USER, else $USERNAME, else "unknown".
    static QString systemAuthor();
    QString author() const { return m_author; }
    // Whether name is a usable tag name (not empty, no control characters, at most 64
    // characters, no spaces at either end, not "*", which a filter reads as every tag); color a
    // usable colour (#RRGGBB).
    static bool isTagName(const QString &name);
    static bool isColor(const QString &color);

    // Tags the events; a tag that does not exist yet is made (color, else a neutral grey, and
    // description). Given for a tag that exists, color and description replace its own.
    AnnotationChange tag(const QVector<qint64> &seqs, const QString &name,
                         const QString &color = {}, const QString &description = {});
    AnnotationChange untag(const QVector<qint64> &seqs, const QString &name);
    AnnotationChange star(const QVector<qint64> &seqs);
    AnnotationChange unstar(const QVector<qint64> &seqs);
    // The author's note on each of the events, added or replaced by text.
    AnnotationChange setNote(const QVector<qint64> &seqs, const QString &text);
    AnnotationChange removeNote(const QVector<qint64> &seqs);
    // The author's note on the whole case.
    AnnotationChange setCaseNote(const QString &text);
    AnnotationChange removeCaseNote();

    // Saves a view under name, replacing the one of that name (its created time stays); logged.
    AnnotationChange saveView(const QString &name, const QStringList &filter,
                              const QString &sort = {}, const QStringList &columns = {});
    // Deletes the view named name, logged; events is 0 when the case has no such view.
    AnnotationChange deleteView(const QString &name);
    // Whether name is a usable view name (as a tag name is).
    static bool isViewName(const QString &name) { return isTagName(name); }

    // Restores the annotations an export carried onto the events of the source with that
    // SHA-256 (fileName: its file's name), inside the caller's open transaction: an import's,
    // so that they commit or roll back with its events. A missing tag is made (a preset with
    // its own colour and description, any other in the default colour), tags and stars are the
    // author's as of now, notes keep their own author and times. The log gets one row per kind
    // (import-tags, import-stars, import-notes) naming the file and its SHA-256. Returns how
    // many events got back at least one annotation they did not have, or -1 with *error set.
    qint64 restoreImported(const QString &sha256, const QString &fileName,
                           const std::vector<ImportedAnnotations> &events, QString *error);

    std::optional<QVector<TagSummary>> tags(QString *error = nullptr) const;
    std::optional<QVector<StarredEvent>> stars(QString *error = nullptr) const;
    std::optional<QVector<CaseNote>> notes(QString *error = nullptr) const;
    // The saved views, by name.
    std::optional<QVector<SavedView>> views(QString *error = nullptr) const;
    // Calls visit with each log row, oldest first; false (and *error set) when the case cannot
    // be read, also part way.
    bool readLog(const std::function<void(const AnnotationLogEntry &)> &visit,
                 QString *error = nullptr) const;

private:
    // One change in one transaction: the selected events (none for the case itself), those of
    // them that mark finds into annotation_changed, then apply; then its log row. first is ?1
    // of the statements (before may set it, inside the transaction, and add to the detail).
    AnnotationChange change(const QVector<qint64> *seqs, const QString &action, QJsonObject detail,
                            QVariant first, const char *mark, const QVector<const char *> &apply,
                            const std::function<bool(QVariant *, QJsonObject *, AnnotationChange *,
                                                     QString *)> &before = {});
    bool appendLog(const QString &at, const QString &action, const QJsonObject &detail,
                   qint64 events, const QByteArray &keys, QString *error);

    const CaseStore &m_store;
    QString m_author;
};

} // namespace auditlens
