// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "query/queryresult.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace auditlens {

// The counts at the right of the status bar: events of the filter (and how many are distinct
// when exact copies inflate them, with a link to count them once), duplicate ids, and problems.
// Each shows only what belongs to the case on screen: cleared while another file imports.
class StatusCounts : public QWidget
{
    Q_OBJECT
public:
    explicit StatusCounts(QWidget *parent = nullptr);

    QLabel *countLabel() const { return m_count; }
    QLabel *duplicateLabel() const { return m_duplicates; }
    QToolButton *problemButton() const { return m_problems; }

    void showResult(const QueryResult &result);
    // The case's duplicate ids (from its index) and problems.
    void showCase(const EventIndex &index, qint64 problems);
    // An import: what has been read so far, and nothing of the case open before.
    void showImporting(const QString &text);
    void showImportProblems(qint64 problems);
    void clear();

Q_SIGNALS:
    void collapseRequested();
    void problemsRequested();

private:
    QLabel *m_count;
    QLabel *m_duplicates;
    QToolButton *m_problems;
};

} // namespace auditlens
