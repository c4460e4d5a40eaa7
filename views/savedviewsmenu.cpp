// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "savedviewsmenu.h"

#include "eventnavigator.h"
#include "eventtableview.h"
#include "itemmodels/eventtablemodel.h"
#include "mainwindow.h"
#include "query/filterargs.h"
#include "session/annotationjob.h"
#include "session/casesession.h"
#include "session/viewerstate.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <algorithm>

namespace auditlens {

namespace {
// The keys of the table's own columns after the event's.
const QString kMarksKey = QStringLiteral("marks");
const QString kTagsKey = QStringLiteral("tags");
const QString kFindingKey = QStringLiteral("finding");

QString keyOfColumn(int logical)
{
    if (logical == EventTableModel::kMarksColumn)
        return kMarksKey;
    if (logical == EventTableModel::kTagsColumn)
        return kTagsKey;
    if (logical == EventTableModel::kFindingColumn)
        return kFindingKey;
    return ViewerStates::columnKey(EventColumn(logical));
}

int columnOfKey(const QString &key)
{
    if (key == kMarksKey)
        return EventTableModel::kMarksColumn;
    if (key == kTagsKey)
        return EventTableModel::kTagsColumn;
    if (key == kFindingKey)
        return EventTableModel::kFindingColumn;
    for (int i = 0; i < kEventColumnCount; ++i) {
        if (ViewerStates::columnKey(EventColumn(i)) == key)
            return i;
    }
    return -1;
}

QString filterWords(const Filter &f)
{
    return f.isEmpty() ? SavedViewsMenu::tr("no filter (every event)") : f.describe();
}
} // namespace

SaveViewDialog::SaveViewDialog(const QStringList &existing, const QString &filterWords,
                               QWidget *parent)
    : QDialog(parent), m_existing(existing), m_name(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Save Current View"));
    auto *explain = new QLabel(
        tr("Save the filter, the sort and the visible columns in the case, under a name.\n"
           "Filter: %1")
            .arg(filterWords),
        this);
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::PlainText);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    m_name->setAccessibleName(tr("View name"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("viewProblem"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(explain);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_problem);
    form->addRow(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &SaveViewDialog::check);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    check();
}

QString SaveViewDialog::name() const
{
    return m_name->text();
}

QString SaveViewDialog::problemWith(const QString &name)
{
    if (name.isEmpty())
        return tr("Type a name for the view.");
    if (name.trimmed() != name)
        return tr("A view name cannot begin or end with a space.");
    if (name.size() > 64)
        return tr("A view name has at most 64 characters.");
    if (name == QLatin1String("*"))
        return tr("\"*\" cannot name a view.");
    if (!AnnotationStore::isViewName(name))
        return tr("A view name cannot hold control characters.");
    return {};
}

void SaveViewDialog::check()
{
    const QString problem = problemWith(name());
    m_ok->setEnabled(problem.isEmpty());
    if (!problem.isEmpty())
        m_problem->setText(problem);
    else if (replaces())
        m_problem->setText(tr("The case has a view of this name: saving replaces it."));
    else
        m_problem->clear();
}

SavedViewsMenu::SavedViewsMenu(MainWindow *window)
    : QMenu(window), m_window(window), m_save(new QAction(this)), m_delete(new QMenu(this)),
      m_empty(new QAction(this))
{
    setToolTipsVisible(true);
    m_delete->setToolTipsVisible(true);
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_save, &QAction::triggered, this, &SavedViewsMenu::saveCurrentView);
    m_empty->setEnabled(false);
    addAction(m_save);
    addMenu(m_delete);
    addSeparator();
    addAction(m_empty);
    retranslate();
    // Read when it opens: a view saved meanwhile (by the CLI too) is listed.
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::refresh);
    CaseSession *session = window->session();
    connect(session, &CaseSession::annotationChanged, this, &SavedViewsMenu::onAnnotationChanged);
    connect(session, &CaseSession::annotationsAvailable, this, &SavedViewsMenu::refresh);
    connect(session, &CaseSession::opened, this, &SavedViewsMenu::refresh);
    connect(session, &CaseSession::closed, this, &SavedViewsMenu::refresh);
    refresh();
}

void SavedViewsMenu::retranslate()
{
    setTitle(tr("Vie&ws"));
    m_save->setText(tr("&Save Current View…"));
    m_save->setStatusTip(
        tr("Save the filter, the sort and the visible columns in the case, under a name"));
    m_delete->setTitle(tr("&Delete View"));
    m_empty->setText(tr("No saved views"));
    m_empty->setStatusTip(m_empty->text());
}

void SavedViewsMenu::changeEvent(QEvent *event)
{
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

QString SavedViewsMenu::describe(const SavedView &view) const
{
    QStringList lines;
    Filter f;
    const QString error = ViewerStates::readFilter(view.filter, &f);
    if (error.isEmpty())
        lines << tr("Filter: %1").arg(filterWords(f));
    else
        lines << tr("Filter: %1").arg(view.filter.join(QLatin1Char(' ')))
              << tr("This filter no longer reads: %1").arg(error);
    if (!view.sort.isEmpty())
        lines << tr("Sort: %1").arg(view.sort);
    lines << tr("Saved by %1, %2").arg(view.author, view.changed);
    return lines.join(QLatin1Char('\n'));
}

void SavedViewsMenu::refresh()
{
    // Later, not now: refresh() may run inside one of these actions' triggered().
    for (QAction *a : std::as_const(m_viewActions)) {
        removeAction(a);
        a->deleteLater();
    }
    m_viewActions.clear();
    for (QAction *a : m_delete->actions()) {
        m_delete->removeAction(a);
        a->deleteLater();
    }
    m_views.clear();
    CaseSession *session = m_window->session();
    const bool open = session->isOpen();
    QString error;
    if (open) {
        if (auto views = AnnotationStore(session->store()).views(&error))
            m_views = *views;
    }
    const bool readOnly =
        open && !session->annotationsWritable() && !session->annotationsReadOnlyReason().isEmpty();
    const QString reason = readOnly ? session->annotationsReadOnlyReason() : QString();
    m_save->setEnabled(open && !readOnly);
    m_save->setToolTip(readOnly ? reason
                                : tr("Save the current view (%1)")
                                      .arg(m_save->shortcut().toString(QKeySequence::NativeText)));
    m_delete->setEnabled(open && !readOnly && !m_views.isEmpty());
    m_delete->menuAction()->setToolTip(reason);
    m_empty->setVisible(m_views.isEmpty());
    m_empty->setText(!open             ? tr("No case is open")
                     : error.isEmpty() ? tr("No saved views")
                                       : tr("The views cannot be read: %1").arg(error));
    m_empty->setStatusTip(m_empty->text());
    for (const SavedView &view : std::as_const(m_views)) {
        QAction *a = new QAction(view.name, this);
        a->setToolTip(describe(view));
        a->setStatusTip(tr("Show the view %1").arg(view.name));
        const QString name = view.name;
        connect(a, &QAction::triggered, this, [this, name] { applyView(name); });
        addAction(a);
        m_viewActions << a;
        QAction *d = m_delete->addAction(view.name, this, [this, name] { confirmDelete(name); });
        d->setStatusTip(tr("Delete the view %1 from the case").arg(view.name));
    }
}

QStringList SavedViewsMenu::visibleColumns() const
{
    const QHeaderView *header = m_window->table()->horizontalHeader();
    QStringList columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << keyOfColumn(logical);
    }
    return columns;
}

void SavedViewsMenu::showColumns(const QStringList &columns)
{
    QHeaderView *header = m_window->table()->horizontalHeader();
    QList<int> shown;
    for (const QString &key : columns) {
        const int logical = columnOfKey(key);
        if (logical >= 0 && logical < header->count() && !shown.contains(logical))
            shown << logical;
    }
    if (shown.isEmpty())
        return; // a view without columns (from the CLI) leaves them as they are
    for (int i = 0; i < shown.size(); ++i)
        header->moveSection(header->visualIndex(shown[i]), i);
    for (int logical = 0; logical < header->count(); ++logical)
        m_window->table()->setColumnHidden(logical, !shown.contains(logical));
}

void SavedViewsMenu::saveCurrentView()
{
    CaseSession *session = m_window->session();
    if (!session->isOpen() || !m_save->isEnabled())
        return;
    refresh();
    QStringList names;
    for (const SavedView &v : std::as_const(m_views))
        names << v.name;
    auto *dialog = new SaveViewDialog(names, filterWords(session->filter()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString casePath = session->casePath();
    connect(dialog, &QDialog::accepted, this, [this, dialog, casePath] {
        if (m_window->session()->casePath() != casePath)
            return; // another case is open now
        const QString name = dialog->name();
        if (dialog->replaces() &&
            QMessageBox::question(
                m_window, tr("Replace View"),
                tr("The case has a view named %1. Replace it with this one?").arg(name)) !=
                QMessageBox::Yes)
            return;
        saveAs(name);
    });
    dialog->open();
}

quint64 SavedViewsMenu::saveAs(const QString &name)
{
    CaseSession *session = m_window->session();
    AnnotationJob *job = session->annotationJob();
    if (!session->isOpen() || !job || !AnnotationStore::isViewName(name))
        return 0;
    const QStringList filter = FilterArgs::write(session->filter());
    const QString sort = ViewerStates::sortText(session->sort());
    const QStringList columns = visibleColumns();
    const quint64 request = job->submit(
        QStringLiteral("save view"), 0,
        [name, filter, sort, columns](AnnotationStore &store, QString *) {
            return store.saveView(name, filter, sort, columns);
        },
        name);
    m_requests.insert(request);
    m_window->statusBar()->showMessage(tr("Saving the view %1…").arg(name));
    return request;
}

void SavedViewsMenu::confirmDelete(const QString &name)
{
    if (QMessageBox::question(m_window, tr("Delete View"),
                              tr("Delete the view %1 from the case? The annotation log keeps a "
                                 "record of it.")
                                  .arg(name)) == QMessageBox::Yes)
        deleteView(name);
}

quint64 SavedViewsMenu::deleteView(const QString &name)
{
    CaseSession *session = m_window->session();
    AnnotationJob *job = session->annotationJob();
    if (!session->isOpen() || !job)
        return 0;
    const quint64 request = job->submit(
        QStringLiteral("delete view"), 0,
        [name](AnnotationStore &store, QString *) { return store.deleteView(name); }, name);
    m_requests.insert(request);
    return request;
}

void SavedViewsMenu::onAnnotationChanged(const AnnotationOutcome &outcome)
{
    if (!m_requests.remove(outcome.request))
        return;
    refresh();
    if (outcome.change.ok) {
        // A failure is shown by the window, as every annotation change's is.
        const bool saved = outcome.action == QLatin1String("save view");
        m_window->statusBar()->showMessage(
            saved ? tr("Saved the view %1").arg(outcome.subject)
                  : (outcome.change.events > 0
                         ? tr("Deleted the view %1").arg(outcome.subject)
                         : tr("The case has no view named %1").arg(outcome.subject)),
            8000);
    }
    Q_EMIT viewChanged(outcome.change.ok);
}

bool SavedViewsMenu::applyView(const QString &name)
{
    refresh();
    const auto view = std::find_if(m_views.cbegin(), m_views.cend(),
                                   [&](const SavedView &v) { return v.name == name; });
    if (view == m_views.cend()) {
        m_window->showError(tr("The case has no view named %1 any more.").arg(name));
        return false;
    }
    return apply(*view);
}

bool SavedViewsMenu::apply(const SavedView &view)
{
    CaseSession *session = m_window->session();
    if (!session->isOpen())
        return false;
    // Everything is read first: a view that does not read changes nothing.
    Filter f;
    QString error = ViewerStates::readFilter(view.filter, &f);
    std::optional<SortSpec> sort;
    if (error.isEmpty() && !view.sort.isEmpty()) {
        sort = ViewerStates::readSort(view.sort);
        if (!sort)
            error = tr("the sort %1 is not one AuditLens knows").arg(view.sort);
    }
    if (!error.isEmpty()) {
        m_window->showError(
            tr("The view %1 cannot be shown: its filter no longer reads (%2). Nothing was "
               "changed.")
                .arg(view.name, error));
        return false;
    }
    showColumns(view.columns);
    if (sort)
        m_window->table()->horizontalHeader()->setSortIndicator(
            int(sort->column), sort->descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_window->navigator()->replaceFilter(f, tr("the view %1").arg(view.name));
    m_window->statusBar()->showMessage(
        tr("The view %1; Back (Alt+Left) brings the filter back").arg(view.name), 8000);
    return true;
}

} // namespace auditlens
