// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QModelIndex>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace auditlens {

// The record behind one problem, in full: where it is (source, line, byte offset), what is
// wrong with it, and its raw text as read. A rejected record has no event to jump to: this is
// where it can be read.
class ProblemDetail : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemDetail(QWidget *parent = nullptr);

    void showProblem(const QModelIndex &index);
    void clear();
    QLabel *summary() const { return m_summary; }
    QPlainTextEdit *raw() const { return m_raw; }

private:
    QLabel *m_summary;
    QPlainTextEdit *m_raw;
};

} // namespace auditlens
