// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "exporting/exportrequest.h"
#include "exporting/exportresult.h"

#include <QDialog>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

namespace auditlens {

class CaseSession;
class EventTableView;
class Exporter;

// File > Export...: the current filter's events, or the selected ones, as original CSV, flat CSV
// (spreadsheet-safe by default, columns to choose), JSON Lines, an HTML or a PDF report. The
// export runs on a worker thread with its own connection to the case; the dialog shows its
// progress and can cancel it, which leaves no file behind.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &casePath, const Filter &filter, const QList<qint64> &selectedSeqs,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;
    // Opens the dialog (deleted on close) for the session's filter and the table's selected
    // events, with the counts it will write.
    static ExportDialog *openFor(CaseSession *session, EventTableView *table, QWidget *parent);

    void setOutputPath(const QString &path);
    void setFormat(ExportFormat format);
    // "Export selected events": only when some are selected.
    void setUseSelection(bool selected);
    // How many events the filter holds, and how many once each exact duplicate group counts
    // once: the dialog says how many it will write.
    void setFilterCounts(qint64 events, qint64 distinct);
    // The selection without the second and later copies of exact groups.
    void setDistinctSelection(const QList<qint64> &seqs);
    // "One copy per exact group".
    void setOneCopyPerGroup(bool one);
    // "Only annotated events": those tagged, starred or noted; as HTML or PDF, the findings
    // report.
    void setAnnotatedOnly(bool annotated);
    // What the dialog says it will write.
    QString plannedText() const;

    ExportRequest request() const;
    bool isRunning() const;
    ExportResult lastResult() const { return m_result; }

public slots:
    void startExport();
    void cancelExport();
    void reject() override;

signals:
    void exportFinished(const auditlens::ExportResult &result);

private:
    void browse();
    void updateControls();
    void formatChanged();
    void showProgress(qint64 done, qint64 total);
    void finish(const auditlens::ExportResult &result);
    void updateCounts();

    QString m_casePath;
    Filter m_filter;
    QList<qint64> m_selection;
    QList<qint64> m_distinctSelection;
    qint64 m_filterEvents = -1; // unknown
    qint64 m_filterDistinct = -1;

    QRadioButton *m_filtered = nullptr;
    QRadioButton *m_selected = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_safe = nullptr;
    QCheckBox *m_oneCopy = nullptr;
    QCheckBox *m_annotations = nullptr;
    QCheckBox *m_annotatedOnly = nullptr;
    QLabel *m_planned = nullptr;
    QPushButton *m_showInFolder = nullptr;
    QListWidget *m_columns = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;

    std::unique_ptr<Exporter> m_exporter;
    QThread *m_thread = nullptr;
    ExportResult m_result;
};

} // namespace auditlens
