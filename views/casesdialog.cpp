// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "casesdialog.h"

#include "itemmodels/caselistmodel.h"
#include "session/caselist.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QThread>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace auditlens {

CasesDialog::CasesDialog(const QString &folder, const QStringList &recent, const QString &openCase,
                         QWidget *parent)
    : QDialog(parent), m_folder(folder), m_recent(recent),
      m_openCase(openCase.isEmpty() ? QString() : QFileInfo(openCase).absoluteFilePath()),
      m_model(new CaseListModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTreeView(this)), m_status(new QLabel(this)),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Cases"));
    setObjectName(QStringLiteral("casesDialog"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CaseListModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseListModel::LastUsed, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Cases"));
    m_view->setAccessibleDescription(
        tr("One row per case; Enter opens it, Delete deletes it (asks first)"));
    m_view->header()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *intro = new QLabel(
        tr("Cases are kept in %1. Deleting a case never touches the exports it was made from.")
            .arg(QDir::toNativeSeparators(folder)),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_delete = buttons->addButton(tr("&Delete…"), QDialogButtonBox::DestructiveRole);
    QPushButton *show = buttons->addButton(tr("Show &Folder"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_open->setDefault(true);
    show->setToolTip(tr("Open the cases folder in the file manager"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Enter opens (the Open button is the default); Delete asks before deleting.
    m_view->installEventFilter(this);
    connect(m_open, &QPushButton::clicked, this, &CasesDialog::openCurrent);
    connect(m_delete, &QPushButton::clicked, this, &CasesDialog::deleteCurrent);
    connect(show, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTreeView::activated, this, &CasesDialog::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasesDialog::updateButtons);
    resize(860, 420);
    read();
}

CasesDialog::~CasesDialog()
{
    m_cancel->store(true);
    if (m_thread)
        m_thread->wait();
}

bool CasesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        deleteCurrent();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void CasesDialog::read()
{
    m_reading = true;
    m_status->setText(tr("Reading the cases…"));
    updateButtons();
    QPointer<CasesDialog> self(this);
    m_thread.reset(QThread::create([self, folder = m_folder, recent = m_recent, cancel = m_cancel] {
        std::vector<CaseListEntry> list = CaseList::read(folder, recent, cancel.get());
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            qApp,
            [self, list = std::move(list)]() mutable {
                if (self)
                    self->showList(std::move(list));
            },
            Qt::QueuedConnection);
    }));
    m_thread->start();
}

void CasesDialog::showList(std::vector<CaseListEntry> list)
{
    m_model->setEntries(std::move(list));
    m_reading = false;
    qint64 bytes = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        bytes += m_model->entryAt(r)->bytes;
    const QLocale l;
    const int count = m_model->rowCount();
    if (count == 0)
        m_status->setText(tr("There are no cases yet: opening an export makes one."));
    else if (count == 1)
        m_status->setText(tr("1 case, %1 on disk").arg(l.formattedDataSize(bytes)));
    else
        m_status->setText(
            tr("%1 cases, %2 on disk").arg(l.toString(count), l.formattedDataSize(bytes)));
    for (int c = 0; c < CaseListModel::Location; ++c)
        m_view->resizeColumnToContents(c);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateButtons();
    Q_EMIT listRead();
}

QString CasesDialog::currentPath() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(CaseListModel::PathRole).toString() : QString();
}

void CasesDialog::updateButtons()
{
    const QString path = currentPath();
    m_open->setEnabled(!path.isEmpty());
    const bool isOpen = !path.isEmpty() && path == m_openCase;
    m_delete->setEnabled(!path.isEmpty() && !isOpen);
    m_delete->setToolTip(isOpen ? tr("This case is open in the window: close it first")
                                : tr("Delete the selected case (asks first)"));
}

void CasesDialog::openCurrent()
{
    const QString path = currentPath();
    if (path.isEmpty() || m_opened)
        return;
    m_opened = true; // Enter reaches the view and the default button alike
    Q_EMIT openRequested(path);
    accept();
}

void CasesDialog::deleteCurrent()
{
    const QString path = currentPath();
    const int row = m_model->rowOf(path);
    const CaseListEntry *e = m_model->entryAt(row);
    if (!e)
        return;
    if (path == m_openCase) {
        m_status->setText(tr("%1 is open in the window: close it before deleting it.")
                              .arg(QFileInfo(path).fileName()));
        return;
    }
    const QLocale l;
    QString question =
        e->events >= 0
            ? tr("Delete the case %1? Its %2 events and everything kept with them are "
                 "deleted (%3 on disk). The exports it was made from are not touched.")
                  .arg(QFileInfo(path).fileName(), l.toString(e->events),
                       l.formattedDataSize(e->bytes))
            : tr("Delete the case %1 (%2), which cannot be read? The exports it was made from "
                 "are not touched.")
                  .arg(QFileInfo(path).fileName(), l.formattedDataSize(e->bytes));
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(this, tr("Delete Case"), question,
                                                       QMessageBox::Yes | QMessageBox::Cancel,
                                                       QMessageBox::Cancel) == QMessageBox::Yes;
    if (!yes)
        return;
    QString error;
    if (!CaseList::remove(path, &error)) {
        m_status->setText(error);
        return;
    }
    m_model->removePath(path);
    m_status->setText(tr("Deleted %1.").arg(QFileInfo(path).fileName()));
    updateButtons();
}

} // namespace auditlens
