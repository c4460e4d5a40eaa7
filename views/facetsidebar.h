// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "itemmodels/facetmodel.h"

#include <QTreeView>

namespace auditlens {

// The facet sidebar: top values of each field under the current filter. Click a value to show
// only its events (click again to drop it); Ctrl+click to leave its events out.
class FacetSidebar : public QTreeView
{
    Q_OBJECT
public:
    FacetSidebar(CaseSession *session, QWidget *parent = nullptr);
    FacetModel *facetModel() const { return m_model; }
    // What a click on a value does (exclude: Ctrl held).
    void activate(const QModelIndex &index, bool exclude);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    CaseSession *m_session;
    FacetModel *m_model;
};

} // namespace auditlens
