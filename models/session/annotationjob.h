// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../annotations/annotationstore.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace auditlens {

class CaseStore;

// One change the window asked for and what it did.
struct AnnotationOutcome
{
    quint64 request = 0;
    QString action;   // what was done: "star", "unstar"...
    qint64 asked = 0; // events it was asked for
    QString subject;  // what the change names, if anything: the tag of "tag" and "untag"
    AnnotationChange change;
};

// Writes the analyst's annotations to a case for the window, on a worker thread of its own with
// its own connection to the case: the window never waits on SQLite for a write. Changes run one
// after another in the order they were asked for; changed() reports each one when it has landed
// (or failed). A case that cannot be opened for writing (read-only media) is opened read-only,
// and every change it is asked for is refused with a sentence that says why.
class AnnotationJob : public QObject
{
    Q_OBJECT
public:
    enum class Access { WriteWhenPossible, ReadOnly };

    // author: empty for the OS user name (see AnnotationStore).
    explicit AnnotationJob(QString casePath, QString author = {},
                           Access access = Access::WriteWhenPossible, QObject *parent = nullptr);
    // Lets the changes already asked for land, then closes the case.
    ~AnnotationJob() override;

    // Opens the case on the worker; opened() follows.
    void start();
    // Whether the case took writes when it opened, and if not why (valid after opened()).
    bool isWritable() const { return m_writable; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Changes still on their way.
    int pending() const { return m_pending; }

    // Stars the events; when every one of them already is starred, unstars them instead.
    quint64 toggleStar(const QVector<qint64> &seqs);
    quint64 star(const QVector<qint64> &seqs);
    quint64 unstar(const QVector<qint64> &seqs);
    // Any change of the store: action names it in changed().
    using Change = std::function<AnnotationChange(AnnotationStore &, QString *action)>;
    quint64 submit(const QString &action, qint64 asked, Change change, const QString &subject = {});

Q_SIGNALS:
    void opened(bool writable, const QString &readOnlyReason);
    void changed(const auditlens::AnnotationOutcome &outcome);

private:
    struct Worker;

    QString m_casePath;
    QString m_author;
    Access m_access;
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr; // lives on m_thread: what work is queued to
    std::shared_ptr<Worker> m_worker;
    quint64 m_lastRequest = 0;
    int m_pending = 0;
    bool m_writable = false;
    QString m_readOnlyReason;
};

} // namespace auditlens

Q_DECLARE_METATYPE(auditlens::AnnotationOutcome)
