// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "itemmodels/findingsmodel.h"

#include <QDockWidget>

#include <functional>
#include <memory>
#include <thread>

class QLabel;
class QMenu;
class QTableView;

namespace auditlens {

class CaseSession;

// The Findings dock: every enabled findings rule with its severity, title, its hits under the
// current filter and in the whole case, the selected rule's explanation under the list.
// Activating a rule (a click, Enter) shows only its hits; activating it again drops that
// condition. The rules are read once per case open on a thread of its own (the case's kept
// rules, the rule book's explanations); the counts come with each result. It shows itself when
// a newly opened case has findings.
class FindingsPane : public QDockWidget
{
    Q_OBJECT
public:
    FindingsPane(CaseSession *session, QWidget *parent = nullptr);
    ~FindingsPane() override;

    FindingsModel *findingsModel() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *explanation() const { return m_explanation; }
    // How a rule's filter is applied (the window keeps it for Undo); without it, straight to
    // the session.
    void setFilterChanger(std::function<void(const Filter &, const QString &reason)> change)
    {
        m_change = std::move(change);
    }
    // Shows only the rule's hits, or drops that when it is the finding condition already.
    void activateRule(const QString &ruleId);
    // The context menu's entries for a rule's row.
    void fillContextMenu(QMenu *menu, const QModelIndex &index);

Q_SIGNALS:
    // The rules of the newly opened case have been read.
    void rulesShown();
    void ruleSettingsRequested(const QString &ruleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void readRules();
    void showRules(quint64 request, const QList<FindingRuleInfo> &rules);
    void showExplanation();
    void restoreCurrent();
    void showIfWorthSeeing();
    void showContextMenu(const QPoint &pos);
    void retranslate();

    CaseSession *m_session;
    FindingsModel *m_model;
    QTableView *m_view;
    QLabel *m_explanation;
    std::function<void(const Filter &, const QString &)> m_change;
    QString m_currentRule; // kept across the model's resets
    quint64 m_request = 0;
    std::unique_ptr<std::thread> m_reader;
    bool m_shownForCase = false;
};

} // namespace auditlens
