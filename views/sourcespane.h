// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "store/sourcecoverage.h"

#include <QDockWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace auditlens {

class CaseSession;
class CoverageStrip;
class SourcesJob;
class SourcesModel;

// The Sources dock: every export the case holds (file, format, SHA-256, size, when it was
// imported, its first and last event, records, rejected, and what other sources also hold), the
// coverage strip above them, and taking a source out of the case. What it shows is read on a
// worker each time a case opens; it shows itself when a case holds more than one source or has
// a gap, which an analyst must see.
class SourcesPane : public QDockWidget
{
    Q_OBJECT
public:
    SourcesPane(CaseSession *session, QWidget *parent = nullptr);

    SourcesModel *sourcesModel() const { return m_model; }
    QTableView *view() const { return m_view; }
    CoverageStrip *strip() const { return m_strip; }
    QPushButton *removeButton() const { return m_remove; }
    // The button that adds exports runs this action (File > Add Exports to Case...).
    void setAddAction(QAction *add);
    // Asks before a source goes; tests answer instead of a dialog.
    void setConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    // Takes the source of the current row out of the case, after asking.
    void removeCurrentSource();
    bool isBusy() const;

Q_SIGNALS:
    // The coverage of the newly opened case has been read (elapsedMs: how long it took).
    void coverageShown(qint64 elapsedMs);
    void gapActivated(qint64 from, qint64 to);
    // A source is about to be taken out: let go of what reads the case on this thread.
    void removalStarting();
    // The source is out (the case is being opened again), or the removal failed.
    void removalFinished(bool ok, const QString &message);

private:
    void readCoverage();
    void showCoverage(const SourceCoverage &coverage, qint64 elapsedMs);
    void onRemoved(qint64 sourceId, bool ok, const QString &error, qint64 events);
    void showContextMenu(const QPoint &pos);
    void copyCurrent();
    void updateButtons();

    CaseSession *m_session;
    SourcesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    SourcesJob *m_job;
    CoverageStrip *m_strip;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_remove;
    QString m_shownCase;        // the case whose coverage is shown
    bool m_worthSeeing = false; // it has several sources or a gap
    QString m_removedFile;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace auditlens
