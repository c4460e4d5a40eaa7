// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace auditlens {

// What the window shows before a case is open: open a log, open the bundled sample, or pick a
// recent file.
class WelcomeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);
    QPushButton *sampleButton() const { return m_sample; }
    // The bundled sample log, extracted to a file the importer can read (empty if it cannot be).
    static QString samplePath();

Q_SIGNALS:
    void openRequested();
    void sampleRequested();
    void recentRequested(const QString &path);

private:
    QPushButton *m_open;
    QPushButton *m_sample;
    QListWidget *m_recent;
};

} // namespace auditlens
