// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QThread;
class QTreeView;

namespace auditlens {

class CaseListModel;
struct CaseListEntry;

// File > Cases…: the cases in the cases folder and those opened from elsewhere, with their
// sources, events, size on disk and last use. Opens one, or deletes one after confirmation
// (never the exports it was made from, nor the case the window has open). The cases are read
// on a thread of their own.
class CasesDialog : public QDialog
{
    Q_OBJECT
public:
    // openCase: the case the window has open (it cannot be deleted from here).
    CasesDialog(const QString &folder, const QStringList &recent, const QString &openCase,
                QWidget *parent = nullptr);
    ~CasesDialog() override;

    // Replaces the question before a deletion (tests answer it).
    void setConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    bool isReading() const { return m_reading; }
    QTreeView *view() const { return m_view; }

public Q_SLOTS:
    void openCurrent();
    void deleteCurrent();

Q_SIGNALS:
    void openRequested(const QString &casePath);
    void listRead();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void read();
    void showList(std::vector<CaseListEntry> list);
    QString currentPath() const;
    void updateButtons();

    QString m_folder;
    QStringList m_recent;
    QString m_openCase;
    CaseListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_delete;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_reading = false;
    bool m_opened = false;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace auditlens
