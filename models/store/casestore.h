// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../reading/problem.h"
#include "duplicatekind.h"
#include "schema.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

struct sqlite3;

namespace auditlens {

// One imported source as the case records it.
struct SourceInfo
{
    qint64 id = 0;
    QString path;
    QString fileName;
    qint64 bytes = 0;
    QDateTime modified;
    QString sha256;
    QString format;
    QStringList header; // CSV: the header as written; empty for JSON sources
    qint64 records = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 flagged = 0;
    qint64 blankLines = 0;
    QDateTime importedAt;
    QString appVersion;
    qint64 importMs = 0;
};

// Duplicate ids across the whole case.
struct DuplicateCounts
{
    qint64 duplicateIds = 0;          // ids carried by two or more events
    qint64 duplicateExtraRecords = 0; // copies beyond the first
    qint64 conflictingIds = 0;        // ids whose copies differ
};

// What the case's events add up to (the CLI's stats).
struct EventStatistics
{
    qint64 events = 0;
    bool hasSpan = false; // some event has a time: first and last hold
    qint64 first = 0;     // ns since the epoch, UTC
    qint64 last = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 flaggedEvents = 0;
    qint64 uniqueIds = 0;
    // Events per action, most frequent first (ties by name).
    QList<QPair<QString, qint64>> actions;
};

// One row of the case's problems, as stored.
struct StoredProblem
{
    qint64 id = 0; // in the order problems were recorded
    QString sourceFileName;
    qint64 line = 0;
    qint64 offset = 0;
    QString kind;
    QString severity;
    QString column; // null when the problem is not about one column
    QString message;
    QByteArray raw;
    std::optional<qint64> event; // seq of the flagged event; none for a rejected record
};

// The case file: a SQLite database, kept apart from the evidence, holding every imported
// source, event and problem. Opened through Qt Sql; the importer uses the same connection's
// raw handle for bulk inserts.
class CaseStore
{
public:
    static constexpr int kSchemaVersion = Schema::kVersion;
    static constexpr int kApplicationId = Schema::kApplicationId;
    static const char *fileSuffix() { return "auditlens"; }

    enum class Mode { ReadWrite, ReadOnly };

    CaseStore();
    ~CaseStore();
    CaseStore(const CaseStore &) = delete;
    CaseStore &operator=(const CaseStore &) = delete;

    // Opens the case at path, creating it (ReadWrite) when it does not exist. Refuses, with
    // a sentence for the user, a file that is not a case, is damaged or is from a newer version.
    bool open(const QString &path, Mode mode, QString *error);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    sqlite3 *handle() const;

    // Each of these sets *error (when given) if the case cannot answer: a reader that goes on
    // regardless would report an empty case where there is a damaged one.
    QVector<SourceInfo> sources(QString *error = nullptr) const;
    bool hasSourceWithSha256(const QString &sha256, SourceInfo *found = nullptr) const;
    qint64 eventCount(QString *error = nullptr) const;
    // The problems of one severity, or all of them.
    qint64 problemCount(std::optional<Severity> severity = std::nullopt,
                        QString *error = nullptr) const;
    DuplicateCounts duplicateCounts(QString *error = nullptr) const;
    EventStatistics eventStatistics(QString *error = nullptr) const;
    // Calls visit with each problem in source and line order; false (and *error set) when the
    // case cannot be read, also part way.
    bool readProblems(const std::function<void(const StoredProblem &)> &visit,
                      QString *error = nullptr) const;
    // The same count on this thread's connection db (for a model that reads a page at a time);
    // none, with SQLite's message in *sqliteError (when given), when the case cannot be read.
    static std::optional<qint64> problemCount(const QSqlDatabase &db,
                                              std::optional<Severity> severity,
                                              QString *sqliteError = nullptr);
    // Up to limit problems after the one with id afterId, in id order (false when the case cannot
    // be read, also part way).
    static bool readProblemPage(const QSqlDatabase &db, qint64 afterId, int limit,
                                const std::function<void(const StoredProblem &)> &visit);
    // The sentence for a query on this case that failed: "in use" when another AuditLens holds
    // it, otherwise that it cannot be read, with SQLite's reason.
    QString readError(const QString &sqliteMessage) const;

    // Removes the case file when it holds no source (one made for an import that failed), under
    // the exclusive lock so that no other AuditLens is using it; then the store is closed.
    // False, the file kept, when it holds anything or is in use.
    bool removeIfEmpty();

private:
    bool createSchema(QString *error);
    bool checkSchema(QString *error);
    bool checkTables(QString *error);
    bool migrate(int version, QString *error);
    int lastErrorCode() const;
    static bool rollBackInterruptedImport(const QString &path, QString *error);

    QString m_connection;
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
};

} // namespace auditlens
