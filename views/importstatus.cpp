// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "importstatus.h"

#include "columnmapdialog.h"
#include "store/casestore.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace auditlens {

ImportStatus::ImportStatus(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_progress->setMaximumWidth(220);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the import; the case stays as it was"));
    m_cancel->setAccessibleName(tr("Cancel the import"));
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_label->setText(tr("cancelling…"));
    });
    hide();
}

ImportStatus::~ImportStatus()
{
    stop();
}

void ImportStatus::start(const QString &casePath, const QStringList &sources)
{
    m_sources = sources;
    m_columnMaps.clear();
    run(casePath);
}

void ImportStatus::run(const QString &casePath)
{
    const QStringList sources = m_sources;
    m_job = new ImportJob(casePath, sources, this);
    m_job->setColumnMaps(m_columnMaps);
    m_progress->setValue(0);
    m_label->setText(tr("importing %1").arg(QFileInfo(sources.value(0)).fileName()));
    show();
    connect(m_job, &ImportJob::progress, this, [this](const ImportProgress &p) {
        m_progress->setValue(p.bytesTotal > 0 ? int(p.bytesRead * 100 / p.bytesTotal) : 0);
        m_label->setText(
            p.sourceCount > 1
                ? tr("importing %1 (%2 of %3): %4 records read")
                      .arg(QFileInfo(p.path).fileName(), QString::number(p.sourceIndex + 1),
                           QString::number(p.sourceCount), QLocale().toString(p.records))
                : tr("importing: %1 records read").arg(QLocale().toString(p.records)));
        Q_EMIT progressed(p);
    });
    connect(m_job, &ImportJob::preview, this, &ImportStatus::preview);
    connect(m_job, &ImportJob::finished, this, &ImportStatus::onFinished);
    m_job->start();
}

QString ImportStatus::outcomeText(bool ok, bool cancelled, const QString &error,
                                  const ImportResult &result)
{
    const QLocale l;
    QStringList said;
    for (const SourceOutcome &s : result.sources) {
        const QString name = QFileInfo(s.path).fileName();
        said << (s.alreadyImported
                     ? tr("%1 is already in the case as source %2 (same SHA-256); nothing was "
                          "imported from it")
                           .arg(name, QString::number(s.sourceId))
                     : tr("%1: %2 events added (%3 rejected)")
                           .arg(name, l.toString(s.imported), l.toString(s.rejected)));
        // An AuditLens export brought its tags, stars and notes back with its events.
        if (!s.alreadyImported && s.restoredAnnotations > 0)
            said.last() +=
                tr(", annotations restored on %1 events").arg(l.toString(s.restoredAnnotations));
    }
    if (cancelled)
        said << tr("import cancelled: the export being read was not added");
    else if (!ok)
        said << tr("the import failed: %1").arg(error);
    return said.join(QStringLiteral("; "));
}

void ImportStatus::stop()
{
    if (!m_job)
        return;
    m_job->cancel();
    delete m_job;
    hide();
}

void ImportStatus::onFinished(bool ok, bool cancelled, const QString &error,
                              const ImportResult &result)
{
    const QString casePath = m_job ? m_job->casePath() : QString();
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    hide();
    if (!ok && !cancelled && askForMapping(casePath, error, result))
        return;
    finish(ok, cancelled, error, result, casePath);
}

bool ImportStatus::askForMapping(const QString &casePath, const QString &error,
                                 const ImportResult &result)
{
    // A mapping chosen in this import that still did not do is not asked for again.
    if (!result.unmapped || m_columnMaps.contains(result.unmapped->path))
        return false;
    const UnmappedHeader unmapped = *result.unmapped;
    auto *dialog =
        new ColumnMapDialog(unmapped, ColumnMapDialog::remembered(unmapped.header), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog, unmapped, casePath, error, result](int answer) {
                if (answer != QDialog::Accepted) {
                    finish(false, false, error, result, casePath);
                    return;
                }
                const ColumnMap map = dialog->columnMap();
                ColumnMapDialog::remember(unmapped.header, map);
                m_columnMaps.insert(unmapped.path, map);
                run(casePath);
            });
    dialog->open();
    return true;
}

void ImportStatus::finish(bool ok, bool cancelled, const QString &error, const ImportResult &result,
                          const QString &casePath)
{
    if (!ok) {
        // A case that received nothing is not worth keeping.
        CaseStore probe;
        QString ignored;
        if (probe.open(casePath, CaseStore::Mode::ReadOnly, &ignored) &&
            probe.sources().isEmpty()) {
            probe.close();
            QFile::remove(casePath);
        }
    }
    Q_EMIT finished(ok, cancelled, error, result, casePath);
}

} // namespace auditlens
