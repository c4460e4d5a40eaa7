// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "welcomewidget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace auditlens {

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent), m_open(new QPushButton(tr("Open an audit log or case…"), this)),
      m_sample(new QPushButton(tr("Open the sample audit log"), this)),
      m_recent(new QListWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *title = new QLabel(tr("<h2>AuditLens</h2><p>Review CircleCI audit-log exports: open a "
                                "CSV or JSON Lines export (or drop it here), narrow it down, and "
                                "read every detail of any event.</p>"),
                             this);
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_sample);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    auto *recentTitle = new QLabel(tr("Recent files"), this);
    recentTitle->setAlignment(Qt::AlignCenter);
    outer->addWidget(recentTitle);
    m_recent->setMaximumWidth(700);
    m_recent->setAccessibleName(tr("Recent files"));
    auto *recentRow = new QHBoxLayout;
    recentRow->addStretch(1);
    recentRow->addWidget(m_recent, 4);
    recentRow->addStretch(1);
    outer->addLayout(recentRow, 2);
    outer->addStretch(1);
    connect(m_open, &QPushButton::clicked, this, &WelcomeWidget::openRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomeWidget::sampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
}

QString WelcomeWidget::samplePath()
{
    // The sample ships inside the program; the importer reads files, so it is written out once.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/circleci-audit-sample.csv");
    QFile resource(QStringLiteral(":/sample/circleci-audit-sample.csv"));
    if (!resource.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = resource.readAll();
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
        return path;
    existing.close();
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        return {};
    return path;
}

void WelcomeWidget::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(
            QFileInfo(path).fileName() + QStringLiteral("  —  ") + path, m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
}

} // namespace auditlens
