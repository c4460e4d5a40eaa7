// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "findingspane.h"

#include "findings/findingskeeper.h"
#include "findings/shippedfindings.h"
#include "session/casesession.h"
#include "store/casestore.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace auditlens {

namespace {

// The enabled rules of the case at path: as the case keeps them (a rule disabled there is left
// out), with the rule book's explanations; the rule book's own when the case keeps none it can
// give (a read-only case keeps its findings on the viewer's connection alone).
QList<FindingRuleInfo> readRuleInfo(const QString &path)
{
    const RuleList &book = ShippedFindings::rules();
    QHash<QString, QString> explanations;
    for (const Rule &rule : book)
        explanations.insert(rule.id, rule.explanation);
    QList<FindingRuleInfo> rules;
    CaseStore store;
    QString error;
    if (store.open(path, CaseStore::Mode::ReadOnly, &error)) {
        const std::optional<QList<KeptRule>> kept = FindingsKeeper::read(store.handle(), &error);
        if (kept && !kept->isEmpty()) {
            for (const KeptRule &rule : *kept) {
                if (rule.enabled)
                    rules.append({rule.id, rule.title, rule.severity, explanations.value(rule.id)});
            }
            return rules;
        }
    }
    for (const Rule &rule : book) {
        if (rule.enabled)
            rules.append({rule.id, rule.title, rule.severity, rule.explanation});
    }
    return rules;
}

} // namespace

FindingsPane::FindingsPane(CaseSession *session, QWidget *parent)
    : QDockWidget(tr("Findings"), parent), m_session(session),
      m_model(new FindingsModel(session, this)), m_view(new QTableView(this)),
      m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("findingsDock"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // As compact as the event table's rows: a dozen rules fit without taking the window.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(FindingsModel::Severity, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingsModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingsModel::Hits, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingsModel::Total, QHeaderView::ResizeToContents);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 3);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_explanation);
    setWidget(content);
    setFocusProxy(m_view);
    retranslate();

    // Named, so that Help > Keyboard Shortcuts lists it under the pane.
    auto *activate =
        new QShortcut(QKeySequence(Qt::Key_Return), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    activate->setKeys({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    activate->setWhatsThis(tr("Show only the selected rule's hits (again: show every event)"));
    connect(activate, &QShortcut::activated, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            activateRule(index.data(FindingsModel::RuleIdRole).toString());
    });
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        activateRule(index.data(FindingsModel::RuleIdRole).toString());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &FindingsPane::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsPane::showExplanation);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        restoreCurrent();
        showIfWorthSeeing();
    });
    connect(m_session, &CaseSession::opened, this, &FindingsPane::readRules);
    connect(m_session, &CaseSession::closed, this, [this] {
        ++m_request; // a read under way is for the case that closed
        m_model->setRules({});
        m_shownForCase = false;
    });
}

FindingsPane::~FindingsPane()
{
    if (m_reader)
        m_reader->join();
}

void FindingsPane::retranslate()
{
    setWindowTitle(tr("Findings"));
    m_view->setAccessibleName(tr("Findings rules"));
    m_view->setAccessibleDescription(
        tr("One row per rule: severity, title, hits the filter shows and hits in the case; "
           "Enter or a click shows only its hits"));
    m_explanation->setAccessibleName(tr("Why the rule matters"));
    showExplanation();
}

void FindingsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void FindingsPane::readRules()
{
    const quint64 request = ++m_request;
    if (m_reader)
        m_reader->join(); // a few rows of a small table
    QPointer<FindingsPane> self(this);
    m_reader = std::make_unique<std::thread>([self, request, path = m_session->casePath()] {
        const QList<FindingRuleInfo> rules = readRuleInfo(path);
        // Posted to the pane's thread; dropped with the pane when it is gone by then (the
        // destructor waits for this thread, so self is still there to ask).
        QMetaObject::invokeMethod(
            self.data(),
            [self, request, rules] {
                if (self)
                    self->showRules(request, rules);
            },
            Qt::QueuedConnection);
    });
}

void FindingsPane::showRules(quint64 request, const QList<FindingRuleInfo> &rules)
{
    if (request != m_request)
        return;
    m_model->setRules(rules);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(FindingsModel::Title, QHeaderView::Stretch);
    Q_EMIT rulesShown();
}

void FindingsPane::showIfWorthSeeing()
{
    // Once per case, when its rules and a result are in: shown when the case has findings;
    // closed, it stays closed until the next case.
    if (m_shownForCase || m_model->rules().isEmpty() || !m_model->hasResult())
        return;
    m_shownForCase = true;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, 0).data(FindingsModel::TotalRole).toUInt() > 0) {
            show();
            raise();
            // Tall enough for the rules with hits and the explanation, no taller: the table
            // above keeps the room.
            if (auto *window = qobject_cast<QMainWindow *>(parentWidget())) {
                const int rows = std::min(m_model->rowCount(), 8) + 1;
                const int height = rows * m_view->verticalHeader()->defaultSectionSize() +
                                   m_explanation->minimumHeight() + fontMetrics().height() * 3;
                window->resizeDocks({this}, {height}, Qt::Vertical);
            }
            return;
        }
    }
}

void FindingsPane::activateRule(const QString &ruleId)
{
    if (ruleId.isEmpty() || !m_session->isOpen())
        return;
    m_currentRule = ruleId;
    const Filter filter = FindingsModel::toggled(m_session->filter(), ruleId);
    if (m_change)
        m_change(filter, tr("the hits of a finding"));
    else
        m_session->setFilter(filter);
}

void FindingsPane::restoreCurrent()
{
    const int row = m_model->rowOf(m_currentRule);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, FindingsModel::Title));
    showExplanation();
}

void FindingsPane::showExplanation()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_explanation->setText(m_model->rowCount() > 0 ? tr("Select a rule to read why it matters.")
                                                       : QString());
        return;
    }
    m_currentRule = index.data(FindingsModel::RuleIdRole).toString();
    const QString title = m_model->index(index.row(), FindingsModel::Title).data().toString();
    const QString explanation = index.data(FindingsModel::ExplanationRole).toString();
    m_explanation->setText(explanation.isEmpty()
                               ? title
                               : QStringLiteral("%1: %2").arg(title, explanation.simplified()));
}

void FindingsPane::fillContextMenu(QMenu *menu, const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString id = index.data(FindingsModel::RuleIdRole).toString();
    const bool active = index.data(FindingsModel::ActiveRole).toBool();
    menu->addAction(active ? tr("Show Every Event") : tr("Show Its Hits"), this,
                    [this, id] { activateRule(id); });
    menu->addSeparator();
    menu->addAction(tr("Rule Settings…"), this, [this, id] { Q_EMIT ruleSettingsRequested(id); });
}

void FindingsPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    fillContextMenu(&menu, index);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace auditlens
