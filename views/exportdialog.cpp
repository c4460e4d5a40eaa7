// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "exportdialog.h"

#include "eventtableview.h"
#include "session/casesession.h"

#include "exporting/exporter.h"
#include "exporting/flatcsvwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace auditlens {

namespace {
struct FormatChoice
{
    ExportFormat format;
    const char *label;
};
const FormatChoice kFormats[] = {
    {ExportFormat::OriginalCsv,
     QT_TRANSLATE_NOOP("auditlens::ExportDialog",
                       "CSV, original columns (imports back as the same events)")},
    {ExportFormat::FlatCsv,
     QT_TRANSLATE_NOOP("auditlens::ExportDialog", "CSV, flat (for spreadsheets)")},
    {ExportFormat::JsonLines, QT_TRANSLATE_NOOP("auditlens::ExportDialog", "JSON Lines")},
    {ExportFormat::Html, QT_TRANSLATE_NOOP("auditlens::ExportDialog", "HTML report")},
    {ExportFormat::Pdf, QT_TRANSLATE_NOOP("auditlens::ExportDialog", "PDF report")},
};
} // namespace

ExportDialog::ExportDialog(const QString &casePath, const Filter &filter,
                           const QList<qint64> &selectedSeqs, QWidget *parent)
    : QDialog(parent), m_casePath(casePath), m_filter(filter), m_selection(selectedSeqs),
      m_distinctSelection(selectedSeqs)
{
    setWindowTitle(tr("Export"));
    const QLocale locale;

    m_filtered = new QRadioButton(tr("Events of the current filter: %1").arg(filter.describe()));
    m_selected = new QRadioButton(
        tr("Selected events (%1)").arg(locale.toString(qint64(selectedSeqs.size()))));
    m_filtered->setChecked(true);
    m_selected->setEnabled(!selectedSeqs.isEmpty());
    m_filtered->setToolTip(filter.describe());

    m_oneCopy = new QCheckBox(tr("&One copy per exact group (identical copies of an event, as "
                                 "overlapping exports make, are written once)"));
    m_oneCopy->setChecked(filter.duplicates == DuplicateFilter::CollapseExact);
    // Another duplicates condition already decides which copies go.
    m_oneCopy->setEnabled(filter.duplicates == DuplicateFilter::All ||
                          filter.duplicates == DuplicateFilter::CollapseExact);
    m_annotatedOnly = new QCheckBox(tr("Only a&nnotated events (tagged, starred or noted)"));
    m_annotatedOnly->setToolTip(
        tr("Of the events above, only those the analyst tagged, starred or noted. As HTML or PDF, "
           "the findings report: the case notes, the events grouped by tag, the starred events, "
           "the saved views and the annotation log."));
    m_planned = new QLabel;
    m_planned->setAccessibleName(tr("Events to write"));
    m_planned->setTextFormat(Qt::PlainText);

    m_format = new QComboBox;
    for (const FormatChoice &choice : kFormats)
        m_format->addItem(tr(choice.label), int(choice.format));

    m_safe = new QCheckBox(tr("Spreadsheet-safe: prefix ' to cells starting with = + - @ (also "
                              "after spaces, or full-width), TAB or CR, so that no cell runs as a "
                              "formula"));
    m_safe->setChecked(true);

    m_annotations = new QCheckBox(tr("Include the analyst's &annotations (tags, stars, notes)"));
    m_annotations->setChecked(true);
    m_annotations->setToolTip(
        tr("JSON Lines: on every event; original CSV: in the manifest. Flat CSV: choose the "
           "tags, starred and notes columns instead."));

    m_columns = new QListWidget;
    // The annotation columns are there to be chosen, as on the command line.
    const QStringList defaultColumns = FlatCsvWriter::columnNamesDefault();
    for (const QString &name : FlatCsvWriter::columnNamesAll()) {
        auto *item = new QListWidgetItem(name, m_columns);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(defaultColumns.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setMaximumHeight(140);

    m_path = new QLineEdit;
    m_path->setAccessibleName(tr("File to write"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setToolTip(tr("Choose the file to write"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *events = new QVBoxLayout;
    events->addWidget(m_filtered);
    events->addWidget(m_selected);

    auto *form = new QFormLayout;
    form->addRow(tr("Events:"), events);
    form->addRow(QString(), m_oneCopy);
    form->addRow(QString(), m_annotatedOnly);
    form->addRow(QString(), m_planned);
    form->addRow(tr("Format:"), m_format);
    form->addRow(QString(), m_safe);
    form->addRow(QString(), m_annotations);
    form->addRow(tr("Columns:"), m_columns);
    form->addRow(tr("File:"), pathRow);

    m_progress = new QProgressBar;
    m_progress->setVisible(false);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText);

    m_format->setAccessibleName(tr("Format"));
    m_columns->setAccessibleName(tr("Columns of the flat CSV"));
    m_status->setAccessibleName(tr("Export status"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_showInFolder = m_buttons->addButton(tr("Show in &Folder"), QDialogButtonBox::ActionRole);
    m_showInFolder->setToolTip(tr("Open the folder that holds the exported file"));
    m_showInFolder->setVisible(false);
    m_export = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    const QFileInfo caseInfo(casePath);
    setOutputPath(caseInfo.absoluteDir().filePath(caseInfo.completeBaseName() +
                                                  QStringLiteral("-export.csv")));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateControls);
    connect(m_filtered, &QRadioButton::toggled, this, &ExportDialog::updateCounts);
    connect(m_oneCopy, &QCheckBox::toggled, this, &ExportDialog::updateCounts);
    connect(m_annotatedOnly, &QCheckBox::toggled, this, &ExportDialog::updateCounts);
    connect(m_showInFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QFileInfo(m_path->text().trimmed()).absolutePath()));
    });
    updateControls();
    updateCounts();
}

ExportDialog::~ExportDialog()
{
    if (m_thread) {
        m_exporter->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

ExportDialog *ExportDialog::openFor(CaseSession *session, EventTableView *table, QWidget *parent)
{
    QList<qint64> selected, distinct;
    const EventIndexPtr index = session->index();
    if (table->selectionModel()) {
        for (const QModelIndex &row : table->selectionModel()->selectedRows()) {
            const qint64 seq = table->eventModel()->seqAt(row.row());
            selected << seq;
            const qint64 position = index->positionOfSeq(seq);
            if (position < 0 || !(index->flags(quint32(position)) & EventIndex::ExtraExactCopy))
                distinct << seq;
        }
    }
    auto *dialog = new ExportDialog(session->casePath(), session->filter(), selected, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const QueryResultPtr result = session->result())
        dialog->setFilterCounts(result->count(), result->distinctCount());
    dialog->setDistinctSelection(distinct);
    dialog->setUseSelection(selected.size() > 1);
    dialog->open();
    return dialog;
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::setFormat(ExportFormat format)
{
    const int index = m_format->findData(int(format));
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ExportDialog::setUseSelection(bool selected)
{
    (selected && !m_selection.isEmpty() ? m_selected : m_filtered)->setChecked(true);
}

void ExportDialog::setFilterCounts(qint64 events, qint64 distinct)
{
    m_filterEvents = events;
    m_filterDistinct = distinct;
    updateCounts();
}

void ExportDialog::setDistinctSelection(const QList<qint64> &seqs)
{
    m_distinctSelection = seqs;
    updateCounts();
}

void ExportDialog::setOneCopyPerGroup(bool one)
{
    if (m_oneCopy->isEnabled())
        m_oneCopy->setChecked(one);
}

void ExportDialog::setAnnotatedOnly(bool annotated)
{
    m_annotatedOnly->setChecked(annotated);
}

QString ExportDialog::plannedText() const
{
    return m_planned->text();
}

void ExportDialog::updateCounts()
{
    const QLocale locale;
    const bool one = m_oneCopy->isChecked();
    qint64 events = -1, distinct = -1;
    if (m_selected->isChecked()) {
        events = m_selection.size();
        distinct = m_distinctSelection.size();
    } else if (m_filterEvents >= 0) {
        events = m_filterEvents;
        distinct = m_filterDistinct;
    }
    m_selected->setText(
        tr("Selected events (%1)").arg(locale.toString(qint64(m_selection.size()))));
    // The dialog does not know how many of them are annotated; the export says.
    if (m_annotatedOnly->isChecked())
        m_planned->setText(events < 0 ? tr("Writes the annotated events of the filter.")
                                      : tr("Writes the annotated events of these %1.")
                                            .arg(locale.toString(one ? distinct : events)));
    else if (events < 0)
        m_planned->setText(tr("Writes every event of the filter."));
    else if (one || distinct == events)
        m_planned->setText(tr("Writes %n event(s).", nullptr, int(one ? distinct : events)));
    else
        m_planned->setText(tr("Writes %1 events, %2 of them distinct: tick \"One copy per exact "
                              "group\" to write %2.")
                               .arg(locale.toString(events), locale.toString(distinct)));
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.casePath = m_casePath;
    request.outputPath = m_path->text().trimmed();
    request.format = ExportFormat(m_format->currentData().toInt());
    request.filter = m_filter;
    request.useSelection = m_selected->isChecked();
    if (m_oneCopy->isChecked())
        request.filter.duplicates = DuplicateFilter::CollapseExact;
    if (request.useSelection)
        request.selection = m_oneCopy->isChecked() ? m_distinctSelection : m_selection;
    request.spreadsheetSafe = m_safe->isChecked();
    request.annotations = m_annotations->isChecked();
    request.annotatedOnly = m_annotatedOnly->isChecked();
    if (request.format == ExportFormat::FlatCsv) {
        for (int i = 0; i < m_columns->count(); ++i) {
            if (m_columns->item(i)->checkState() == Qt::Checked)
                request.columns << m_columns->item(i)->text();
        }
    }
    return request;
}

bool ExportDialog::isRunning() const
{
    return m_thread != nullptr;
}

// The file name follows the format while it still has one of our suffixes.
void ExportDialog::formatChanged()
{
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    const QString path = m_path->text();
    const QFileInfo info(path);
    for (const FormatChoice &choice : kFormats) {
        if (info.suffix() == QLatin1String(exportFormatSuffix(choice.format))) {
            m_path->setText(path.chopped(info.suffix().size()) +
                            QLatin1String(exportFormatSuffix(format)));
            break;
        }
    }
    updateControls();
}

void ExportDialog::updateControls()
{
    const bool running = isRunning();
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    const bool flat = format == ExportFormat::FlatCsv;
    m_filtered->setEnabled(!running);
    m_selected->setEnabled(!running && !m_selection.isEmpty());
    m_format->setEnabled(!running);
    m_oneCopy->setEnabled(!running && (m_filter.duplicates == DuplicateFilter::All ||
                                       m_filter.duplicates == DuplicateFilter::CollapseExact));
    m_safe->setEnabled(!running && flat);
    m_annotatedOnly->setEnabled(!running);
    m_annotations->setEnabled(
        !running && (format == ExportFormat::OriginalCsv || format == ExportFormat::JsonLines));
    m_columns->setEnabled(!running && flat);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_export->setEnabled(!running && !m_path->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text());
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::startExport()
{
    if (isRunning())
        return;
    const ExportRequest request = this->request();
    if (request.format == ExportFormat::FlatCsv && request.columns.isEmpty()) {
        m_status->setText(tr("Choose at least one column."));
        return;
    }
    m_exporter = std::make_unique<Exporter>();
    // Called on the worker thread; the dialog hears of it through its event loop.
    m_exporter->setProgressHandler([this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
    });
    Exporter *exporter = m_exporter.get();
    m_thread = QThread::create([this, exporter, request] {
        const ExportResult result = exporter->run(request);
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
    });
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_showInFolder->setVisible(false);
    m_status->setText(tr("Reading the events..."));
    updateControls();
    m_thread->start();
}

void ExportDialog::showProgress(qint64 done, qint64 total)
{
    if (!isRunning())
        return;
    // Per mille: a QProgressBar counts in int.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    const QLocale locale;
    // A PDF is laid out once every event is read; that takes a while and cannot be cut short.
    if (done == total && request().format == ExportFormat::Pdf)
        m_status->setText(tr("Laying out the PDF..."));
    else
        m_status->setText(
            tr("%1 of %2 events written").arg(locale.toString(done), locale.toString(total)));
}

void ExportDialog::finish(const ExportResult &result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_result = result;
    m_progress->setVisible(false);
    const QLocale locale;
    if (result.ok) {
        QString text = tr("%1 events written to %2.\nSHA-256 %3 (in %4)")
                           .arg(locale.toString(result.events), m_path->text().trimmed(),
                                result.sha256, QFileInfo(result.checksumPath).fileName());
        if (!result.manifestPath.isEmpty())
            text += tr("\nProvenance: %1").arg(QFileInfo(result.manifestPath).fileName());
        if (request().format == ExportFormat::FlatCsv && request().spreadsheetSafe)
            text += tr("\n%1 cells prefixed with ' (spreadsheet-safe).")
                        .arg(locale.toString(result.alteredCells));
        m_status->setText(text);
        m_showInFolder->setVisible(true);
    } else if (result.cancelled) {
        m_status->setText(tr("Export cancelled; no file was written."));
    } else {
        m_status->setText(tr("The export failed: %1").arg(result.error));
    }
    updateControls();
    emit exportFinished(result);
}

void ExportDialog::cancelExport()
{
    if (m_exporter && isRunning()) {
        m_exporter->cancel();
        m_status->setText(tr("Cancelling..."));
    }
}

// Close while an export runs cancels it first; the dialog closes once nothing is left to write.
void ExportDialog::reject()
{
    if (isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

} // namespace auditlens
