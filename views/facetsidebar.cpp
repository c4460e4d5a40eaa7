// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "facetsidebar.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>

namespace auditlens {

FacetSidebar::FacetSidebar(CaseSession *session, QWidget *parent)
    : QTreeView(parent), m_session(session), m_model(new FacetModel(session, this))
{
    setModel(m_model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAccessibleName(tr("Facets"));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { expandAll(); });
}

void FacetSidebar::activate(const QModelIndex &index, bool exclude)
{
    if (!index.isValid() || index.data(FacetModel::IsFieldRole).toBool())
        return;
    const IndexField field = IndexField(index.data(FacetModel::FieldRole).toInt());
    const QString key = index.data(FacetModel::KeyRole).toString();
    m_session->setFilter(FacetModel::toggled(m_session->filter(), field, key, exclude));
}

void FacetSidebar::mouseReleaseEvent(QMouseEvent *event)
{
    QTreeView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        activate(indexAt(event->position().toPoint()), event->modifiers() & Qt::ControlModifier);
}

void FacetSidebar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        activate(currentIndex(), event->modifiers() & Qt::ControlModifier);
        return;
    }
    QTreeView::keyPressEvent(event);
}

} // namespace auditlens
