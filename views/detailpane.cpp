// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "detailpane.h"

#include "session/casesession.h"

#include "itemmodels/duplicatecopiesmodel.h"
#include "itemmodels/payloadtreemodel.h"
#include "itemmodels/semanticcolors.h"
#include "parsing/timestampparser.h"
#include "store/duplicatekind.h"
#include "store/extracolumns.h"
#include "store/uniquenames.h"
#include "text/nameinspection.h"
#include "wrappingdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>
#include <tuple>

namespace auditlens {

namespace {
// A field row's filter field and the value that names the event's in a filter.
constexpr int kFieldRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;

// A label that shows text as written, never as markup.
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A stored UTC time as the pane shows times.
QString markTime(const QString &stored, bool localTime)
{
    const QDateTime at = QDateTime::fromString(stored, Qt::ISODateWithMs);
    if (!at.isValid())
        return stored;
    const qint64 ns = at.toMSecsSinceEpoch() * 1000000;
    return localTime ? TimestampParser::formatWithOffset(ns, at.toLocalTime().offsetFromUtc(), 0)
                     : TimestampParser::format(ns, 0);
}
} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_fields(new QTreeWidget(this)),
      m_tabs(new QTabWidget(this)), m_tree(new QTreeView(this)),
      m_treeModel(new PayloadTreeModel(this)), m_raw(new QPlainTextEdit(this)),
      m_copiesPage(new QWidget(this)), m_differences(new QLabel(m_copiesPage)),
      m_copies(new QTableView(m_copiesPage)), m_copiesModel(new DuplicateCopiesModel(this)),
      m_location(new QLabel(this)), m_sameRequest(new QToolButton(this)), m_marks(new QWidget(this))
{
    setAccessibleName(tr("Detail"));
    m_tabs->setAccessibleName(tr("Views of the JSON columns"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->addWidget(m_title, 1);
    m_sameRequest->setText(tr("Same Request"));
    m_sameRequest->setToolTip(
        tr("Show every event of this event's request, whatever the filter (Ctrl+Shift+R; "
           "Back (Alt+Left) brings the filter back)"));
    m_sameRequest->setAutoRaise(true);
    m_sameRequest->setFocusPolicy(Qt::TabFocus);
    connect(m_sameRequest, &QToolButton::clicked, this,
            [this] { Q_EMIT sameRequestRequested(m_requestId); });
    titleRow->addWidget(m_sameRequest);
    layout->addLayout(titleRow);
    // The analyst's marks: the star, the tags as chips, the notes; shown when there are some.
    m_marks->setAccessibleName(tr("Stars, tags and notes"));
    auto *marksLayout = new QVBoxLayout(m_marks);
    marksLayout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_marks);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("detailSplitter"));
    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setRootIsDecorated(false);
    m_fields->setAccessibleName(tr("Event fields"));
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_fields, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_fields->itemAt(pos);
        if (!item)
            return;
        QMenu menu(this);
        // The value as written: a name without its lookalike marker and escapes.
        const QVariant written = item->data(1, Qt::UserRole);
        const QString value = written.isValid() ? written.toString() : item->text(1);
        menu.addAction(tr("Copy value"), this,
                       [value] { QApplication::clipboard()->setText(value); });
        const QVariant field = item->data(0, kFieldRole);
        if (field.isValid()) {
            const auto f = FilterField(field.toInt());
            const QString key = item->data(0, kKeyRole).toString();
            menu.addSeparator();
            menu.addAction(tr("Filter to This Value"), this,
                           [this, f, key] { Q_EMIT filterRequested(f, key, false); });
            menu.addAction(tr("Exclude This Value"), this,
                           [this, f, key] { Q_EMIT filterRequested(f, key, true); });
        }
        menu.exec(m_fields->viewport()->mapToGlobal(pos));
    });
    split->addWidget(m_fields);

    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("JSON columns"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &DetailPane::treeMenu);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_raw->setAccessibleName(tr("Raw text of the JSON columns"));
    // Copies: whole cells, wrapped and indented, so a difference deep in a payload shows.
    m_copies->setModel(m_copiesModel);
    // Word wrap on, so that the table gives the delegate each column's width for row heights.
    m_copies->setWordWrap(true);
    m_copies->setItemDelegate(new WrappingDelegate(m_copies));
    m_copies->setTabKeyNavigation(false);
    m_copies->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_copies->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_copies->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_copies->horizontalHeader()->setMinimumSectionSize(120);
    m_copies->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_copies->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copies->setAccessibleName(tr("Copies of this id side by side"));
    m_differences->setWordWrap(true);
    m_differences->setTextFormat(Qt::PlainText);
    m_differences->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_differences->setAccessibleName(tr("What differs between the copies"));
    auto *copiesLayout = new QVBoxLayout(m_copiesPage);
    copiesLayout->setContentsMargins(0, 0, 0, 0);
    copiesLayout->addWidget(m_differences);
    copiesLayout->addWidget(m_copies, 1);
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_raw, tr("Raw"));
    m_copiesTab = m_tabs->addTab(m_copiesPage, tr("Copies"));
    m_tabs->setTabEnabled(m_copiesTab, false);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setWordWrap(true);
    layout->addWidget(m_location);
    clear();
}

void DetailPane::showEventOf(CaseSession *session, qint64 seq, bool localTime)
{
    EventRow row;
    if (!session->fetchEvent(seq, &row)) {
        clear();
        return;
    }
    std::vector<EventRow> copies;
    const EventIndexPtr index = session->index();
    const qint64 position = index->positionOfSeq(seq);
    if (position >= 0 && index->dupCount(quint32(position)) > 1) {
        for (const quint32 p : index->copiesOf(quint32(position))) {
            EventRow copy;
            if (session->fetchEvent(index->seq(p), &copy))
                copies.push_back(std::move(copy));
        }
    }
    showEvent(row, copies, localTime);
    EventMarks marks;
    if (session->fetchEventMarks(row, &marks))
        showMarks(row, marks, localTime);
}

void DetailPane::showMarks(const EventRow &row, const EventMarks &marks, bool localTime)
{
    m_markTags.clear();
    m_markNotes.clear();
    QLayout *layout = m_marks->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QLayout *inner = item->layout()) {
            while (QLayoutItem *chip = inner->takeAt(0)) {
                delete chip->widget();
                delete chip;
            }
        }
        delete item->widget();
        delete item;
    }
    auto *vertical = static_cast<QVBoxLayout *>(layout);
    if (row.starred)
        vertical->addWidget(plainLabel(
            tr("★ Starred by %1 at %2").arg(row.starAuthor, markTime(row.starCreated, localTime)),
            m_marks));
    if (!marks.tags.empty()) {
        auto *chips = new QHBoxLayout;
        chips->setSpacing(4);
        for (const EventMarks::Tag &tag : marks.tags) {
            // The tag's own colour, with black or white text, whichever reads better on it.
            const QColor background(tag.color);
            const QColor text = SemanticColors::contrastRatio(background, Qt::black) >=
                                        SemanticColors::contrastRatio(background, Qt::white)
                                    ? QColor(Qt::black)
                                    : QColor(Qt::white);
            QLabel *chip = plainLabel(tag.name, m_marks);
            chip->setWordWrap(false);
            chip->setObjectName(QStringLiteral("tagChip"));
            chip->setStyleSheet(
                QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3;"
                               " border-radius: 7px; padding: 1px 7px; }")
                    .arg(background.name(), text.name(), background.darker(140).name()));
            // Rich text whose every character is escaped: a description is shown as written.
            if (!tag.description.isEmpty())
                chip->setToolTip(QStringLiteral("<p>%1</p>").arg(tag.description.toHtmlEscaped()));
            chips->addWidget(chip);
            m_markTags << tag.name;
        }
        chips->addStretch(1);
        vertical->addLayout(chips);
    }
    for (const EventMarks::Note &note : marks.notes) {
        QLabel *who = plainLabel(
            tr("Note by %1 at %2").arg(note.author, markTime(note.changed, localTime)), m_marks);
        QFont small = who->font();
        small.setItalic(true);
        who->setFont(small);
        vertical->addWidget(who);
        vertical->addWidget(plainLabel(note.text, m_marks));
        m_markNotes << note.text;
    }
    m_marks->setVisible(row.starred || !marks.tags.empty() || !marks.notes.empty());
}

void DetailPane::clear()
{
    m_marks->hide();
    m_markTags.clear();
    m_markNotes.clear();
    m_title->setText(tr("No event selected"));
    m_requestId.clear();
    m_sameRequest->setEnabled(false);
    m_fields->clear();
    m_treeModel->clear();
    m_raw->clear();
    m_copiesModel->setCopies({});
    m_differences->clear();
    m_tabs->setTabEnabled(m_copiesTab, false);
    m_tabs->setTabText(m_copiesTab, tr("Copies"));
    m_location->clear();
}

void DetailPane::showEvent(const EventRow &r, const std::vector<EventRow> &copies, bool localTime)
{
    m_marks->hide(); // until showMarks() says what the event carries
    m_title->setText(tr("Event %1").arg(r.eventId.isEmpty() ? tr("(no id)") : r.eventId));
    m_requestId = r.requestId;
    m_sameRequest->setEnabled(!r.requestId.isEmpty());
    m_fields->clear();
    auto add = [&](const QString &field, const QString &value, const QString &warning = QString(),
                   const QString &written = QString()) {
        auto *item = new QTreeWidgetItem(m_fields, {field, value});
        item->setToolTip(1, warning.isEmpty() ? value : warning);
        if (!warning.isEmpty())
            item->setData(1, Qt::UserRole, written);
        return item;
    };
    // An entity's name and id, each marked when it could pass for another.
    auto entity = [&](const QString &field, const QString &id, const QString &type,
                      const QString &name) {
        QStringList parts, written, warnings;
        if (!name.isEmpty()) {
            parts << NameInspection::shown(name);
            written << name;
        }
        if (!type.isEmpty()) {
            parts << QStringLiteral("(%1)").arg(NameInspection::shown(type));
            written << QStringLiteral("(%1)").arg(type);
        }
        if (!id.isEmpty()) {
            parts << NameInspection::shown(id);
            written << id;
        }
        for (const QString &text : {name, type, id}) {
            const QString warning = NameInspection::toolTip(text);
            if (!warning.isEmpty())
                warnings << warning;
        }
        return add(field, parts.join(QLatin1Char(' ')), warnings.join(QLatin1Char('\n')),
                   written.join(QLatin1Char(' ')));
    };
    // A row whose value a filter can name offers "filter to it" and "exclude it".
    auto pivot = [&](QTreeWidgetItem *item, FilterField field) {
        const QString key = r.*filterFieldInfo(field).key;
        if (!key.isEmpty()) {
            item->setData(0, kFieldRole, int(field));
            item->setData(0, kKeyRole, key);
        }
    };
    QString time = r.hasTime ? TimestampParser::format(r.occurredNs, 9) : tr("(no time)");
    if (r.hasTime && localTime) {
        const QDateTime local =
            QDateTime::fromMSecsSinceEpoch(r.occurredNs / 1000000).toLocalTime();
        time = TimestampParser::formatWithOffset(r.occurredNs, local.offsetFromUtc(), 9) +
               QStringLiteral("  (") + time + QLatin1Char(')');
    }
    add(tr("time"), time);
    add(tr("occurred_at as written"), QString::fromUtf8(r.occurredAt));
    pivot(add(tr("action"), NameInspection::shown(r.action), NameInspection::toolTip(r.action),
              r.action),
          FilterField::Action);
    pivot(entity(tr("actor"), r.actorId, r.actorType, r.actorName), FilterField::Actor);
    pivot(entity(tr("target"), r.targetId, r.targetType, r.targetName), FilterField::Target);
    pivot(entity(tr("scope"), r.scopeId, r.scopeType, r.scopeName), FilterField::Scope);
    add(tr("success"), r.success == EventSuccess::Unreadable
                           ? tr("unreadable: %1").arg(QString::fromUtf8(r.successText))
                           : QString::fromUtf8(r.successText));
    add(tr("id"), r.eventId);
    add(tr("version"), QString::fromUtf8(r.version));
    pivot(add(tr("request id"), r.requestId), FilterField::Request);
    // Today's export shape (empty in older exports, and then not shown).
    const std::tuple<QString, QString, std::optional<FilterField>> today[] = {
        {tr("IP address"), r.ip, FilterField::Ip},
        {tr("client trace id"), r.clientTraceId, std::nullopt},
        {tr("organization"),
         r.organizationName.isEmpty() || r.organizationId.isEmpty()
             ? r.organizationLabel()
             : QStringLiteral("%1 %2").arg(r.organizationName, r.organizationId),
         FilterField::Organization},
        {tr("account"),
         r.accountName.isEmpty() || r.accountId.isEmpty()
             ? r.accountLabel()
             : QStringLiteral("%1 %2").arg(r.accountName, r.accountId),
         FilterField::Account}};
    for (const auto &[title, value, field] : today) {
        if (value.isEmpty())
            continue;
        QTreeWidgetItem *item = add(title, value);
        if (field)
            pivot(item, *field);
    }
    if (r.dupCount > 1)
        add(tr("duplicates"), r.dupKind == DuplicateKind::Conflicting
                                  ? tr("%n copies of this id; they differ", nullptr, r.dupCount)
                                  : tr("%n identical copies of this id", nullptr, r.dupCount));
    if (r.flags != 0)
        add(tr("problems"), tr("flagged on import: see the Problems view"));
    if (!r.extra.isNull())
        addExtraColumns(add(tr("other columns"), QString()), r.extra);

    m_treeModel->setDocuments({{QStringLiteral("actor"), r.actorJson},
                               {QStringLiteral("target"), r.targetJson},
                               {QStringLiteral("scope"), r.scopeJson},
                               {QStringLiteral("payload"), r.payload},
                               {QStringLiteral("metadata"), r.metadata},
                               {QStringLiteral("request"), r.request}});
    m_tree->expandToDepth(1);

    QString raw;
    const std::pair<const char *, const QByteArray *> cells[] = {
        {"actor", &r.actorJson},        {"target", &r.targetJson},   {"scope", &r.scopeJson},
        {"payload", &r.payload},        {"metadata", &r.metadata},   {"request", &r.request},
        {"occurred_at", &r.occurredAt}, {"success", &r.successText}, {"version", &r.version}};
    for (const auto &[name, bytes] : cells)
        raw += QLatin1String(name) + QStringLiteral(":\n") +
               (bytes->isNull() ? tr("(no such column)") : QString::fromUtf8(*bytes)) +
               QStringLiteral("\n\n");
    m_raw->setPlainText(raw);

    m_copiesModel->setCopies(copies.size() > 1 ? copies : std::vector<EventRow>());
    m_tabs->setTabEnabled(m_copiesTab, copies.size() > 1);
    if (copies.size() > 1) {
        const int differing = m_copiesModel->differingFieldCount();
        m_tabs->setTabText(
            m_copiesTab,
            differing
                ? tr("Copies (%1, %n differ)", nullptr, differing)
                      .arg(QLocale().toString(qsizetype(copies.size())))
                : tr("Copies (%1, identical)").arg(QLocale().toString(qsizetype(copies.size()))));
        // The first few paths say what kind of difference it is; the highlight shows the rest.
        constexpr int kPathsShown = 8;
        const QStringList paths = m_copiesModel->differingPaths();
        QString list = paths.mid(0, kPathsShown).join(QStringLiteral(", "));
        if (paths.size() > kPathsShown)
            list += QLatin1Char(' ') + tr("and %n more", nullptr, int(paths.size() - kPathsShown));
        m_differences->setText(differing ? tr("Differ: %1").arg(list)
                                         : tr("The copies are identical apart from where they "
                                              "were read."));
        m_differences->setToolTip(paths.join(QLatin1Char('\n')));
    } else {
        m_tabs->setTabText(m_copiesTab, tr("Copies"));
        m_differences->clear();
    }
    m_location->setText(tr("%1, line %2 (byte %3)").arg(r.sourceName).arg(r.line).arg(r.offset));
}

// Every extra cell under a name of its own: a header's second "extra" is "extra (2)".
void DetailPane::addExtraColumns(QTreeWidgetItem *parent, const QByteArray &stored)
{
    ExtraColumns extras;
    if (!extras.read(std::string_view(stored.constData(), size_t(stored.size())))) {
        parent->setText(1, QString::fromUtf8(stored));
        return;
    }
    UniqueNames names;
    for (const ExtraColumns::Cell &cell : extras.cells()) {
        const QString name = QString::fromStdString(names.take(cell.name));
        const QString value = QString::fromUtf8(cell.value.data(), qsizetype(cell.value.size()));
        auto *item = new QTreeWidgetItem(parent, {NameInspection::shown(name), value});
        item->setToolTip(0, cell.occurrence > 1
                                ? tr("the column %1 of the header, again (number %2 of that name)")
                                      .arg(NameInspection::shown(QString::fromUtf8(
                                          cell.name.data(), qsizetype(cell.name.size()))))
                                      .arg(cell.occurrence)
                                : NameInspection::shown(name));
        item->setToolTip(1, value);
    }
    parent->setText(1, tr("%n columns", nullptr, int(extras.cells().size())));
    parent->setExpanded(true);
}

void DetailPane::treeMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy value"), this, [index] {
        QApplication::clipboard()->setText(index.data(PayloadTreeModel::ValueRole).toString());
    });
    menu.addAction(tr("Copy path"), this, [index] {
        QApplication::clipboard()->setText(index.data(PayloadTreeModel::PathRole).toString());
    });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace auditlens
