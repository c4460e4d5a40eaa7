// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "detailpane.h"

#include "session/casesession.h"

#include "catalogue/actioncatalogue.h"
#include "itemmodels/duplicatecopiesmodel.h"
#include "itemmodels/payloadtreemodel.h"
#include "itemmodels/semanticcolors.h"
#include "parsing/timestampparser.h"
#include "store/duplicatekind.h"
#include "store/extracolumns.h"
#include "store/uniquenames.h"
#include "tagchip.h"
#include "tagdialog.h"
#include "text/nameinspection.h"
#include "wrappingdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
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
    buildCatalogueCard();
    layout->addWidget(m_catalogueCard);
    // The analyst's marks: the star, the tags as chips, the notes; shown when there are some.
    m_marks->setAccessibleName(tr("Stars, tags and notes"));
    auto *marksLayout = new QVBoxLayout(m_marks);
    marksLayout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_marks);
    buildEditArea();
    layout->addWidget(m_edit);

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
    const bool sameEvent = session == m_session && seq == m_seq &&
                           session->casePath() == m_casePath && m_edit->isVisibleTo(this);
    if (!sameEvent)
        keepDraft();
    if (m_session != session) {
        m_session = session;
        connect(session, &CaseSession::annotationsAvailable, this, &DetailPane::updateEditing,
                Qt::UniqueConnection);
    }
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
    m_showingOf = true;
    showEvent(row, copies, localTime);
    m_showingOf = false;
    m_seq = seq;
    m_casePath = session->casePath();
    EventMarks marks;
    if (session->fetchEventMarks(row, &marks)) {
        showMarks(row, marks, localTime);
        m_starred = row.starred;
        m_star->setChecked(row.starred);
        m_star->setText(row.starred ? tr("★ Starred") : tr("☆ Star"));
        loadNote(marks, sameEvent);
        m_edit->show();
        // Tab goes from the star and Add Tag… through the chips to the note.
        QWidget *previous = m_addTag;
        for (TagChip *chip : tagChips()) {
            setTabOrder(previous, chip);
            previous = chip;
        }
        setTabOrder(previous, m_noteEdit);
        // After a chip's removal the keyboard goes on from where it was.
        if (m_refocusChip >= 0) {
            const QList<TagChip *> chips = tagChips();
            if (chips.isEmpty())
                m_addTag->setFocus();
            else
                chips.value(std::min(m_refocusChip, int(chips.size()) - 1))->setFocus();
            m_refocusChip = -1;
        }
    } else {
        m_edit->hide();
    }
    updateEditing();
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
            auto *chip = new TagChip(tag.name, tag.color, tag.description, m_marks);
            connect(chip, &TagChip::removeRequested, this, &DetailPane::removeTag);
            chips->addWidget(chip);
            m_markTags << tag.name;
        }
        chips->addStretch(1);
        vertical->addLayout(chips);
    }
    bool othersNotes = false;
    for (const EventMarks::Note &note : marks.notes) {
        m_markNotes << note.text;
        // The author's own note is in the note editor.
        if (m_session && note.author == CaseSession::annotationAuthor())
            continue;
        othersNotes = true;
        QLabel *who = plainLabel(
            tr("Note by %1 at %2").arg(note.author, markTime(note.changed, localTime)), m_marks);
        QFont small = who->font();
        small.setItalic(true);
        who->setFont(small);
        vertical->addWidget(who);
        vertical->addWidget(plainLabel(note.text, m_marks));
    }
    m_marks->setVisible(row.starred || !marks.tags.empty() || othersNotes);
}

void DetailPane::buildCatalogueCard()
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("catalogueCard"));
    frame->setFrameShape(QFrame::StyledPanel);
    m_catalogueCard = frame;
    m_catalogueCard->setBackgroundRole(QPalette::AlternateBase);
    m_catalogueCard->setAutoFillBackground(true);
    m_catalogueCard->setAccessibleName(tr("Action catalogue entry"));
    auto *card = new QVBoxLayout(m_catalogueCard);
    card->setContentsMargins(6, 4, 6, 4);
    card->setSpacing(2);
    // Text to read and copy: selectable with the mouse and, once tabbed to, the keyboard.
    auto selectable = [this](QLabel *label, const QString &name) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setFocusPolicy(Qt::StrongFocus);
        label->setAccessibleName(name);
        return label;
    };
    m_catalogueMeaning = selectable(plainLabel(QString(), m_catalogueCard), tr("Action meaning"));
    card->addWidget(m_catalogueMeaning);
    auto *facts = new QHBoxLayout;
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setSpacing(8);
    m_catalogueCategory = selectable(plainLabel(QString(), m_catalogueCard), tr("Action category"));
    m_catalogueCategory->setWordWrap(false);
    m_catalogueSensitivity =
        selectable(plainLabel(QString(), m_catalogueCard), tr("Action sensitivity"));
    m_catalogueSensitivity->setWordWrap(false);
    QFont bold = m_catalogueSensitivity->font();
    bold.setBold(true);
    m_catalogueSensitivity->setFont(bold);
    facts->addWidget(m_catalogueCategory);
    facts->addWidget(m_catalogueSensitivity);
    facts->addStretch(1);
    card->addLayout(facts);
    m_catalogueCard->hide();
}

void DetailPane::showCatalogueEntry(const QString &action)
{
    if (action.isEmpty()) {
        m_catalogueCard->hide();
        return;
    }
    const ActionEntry *entry = ActionCatalogue::shipped().find(action);
    if (entry) {
        m_catalogueMeaning->setText(entry->meaning);
        m_catalogueCategory->setText(ActionCatalogue::categoryLabel(entry->category) +
                                     QStringLiteral(" ·"));
        m_catalogueSensitivity->setText(ActionCatalogue::sensitivityLabel(entry->sensitivity));
        m_shownSensitivity = entry->sensitivity;
    } else {
        m_catalogueMeaning->setText(ActionCatalogue::unknownText());
        m_catalogueCategory->clear();
        m_catalogueSensitivity->setText(tr("Unknown action"));
        m_shownSensitivity.clear();
    }
    m_catalogueCategory->setVisible(entry);
    colourSensitivity();
    m_catalogueCard->show();
}

void DetailPane::colourSensitivity()
{
    // High in the colour of a failure, medium in that of a conflict (and an unknown action, which
    // deserves a look too), low as plain text: each readable on the card in either theme.
    QPalette palette = m_catalogueSensitivity->palette();
    QColor colour = this->palette().color(QPalette::WindowText);
    if (m_shownSensitivity == QLatin1String("high"))
        colour = SemanticColors::text(SemanticColors::Meaning::Failure, this->palette());
    else if (m_shownSensitivity != QLatin1String("low"))
        colour = SemanticColors::text(SemanticColors::Meaning::Conflict, this->palette());
    palette.setColor(QPalette::WindowText, colour);
    m_catalogueSensitivity->setPalette(palette);
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_catalogueSensitivity)
        colourSensitivity();
}

void DetailPane::clear()
{
    keepDraft();
    m_seq = -1;
    m_catalogueCard->hide();
    m_edit->hide();
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
    // Until showEventOf() has the event's marks (not while it shows one: hiding the editor
    // would take the keyboard focus out of it).
    if (!m_showingOf)
        m_edit->hide();
    m_title->setText(tr("Event %1").arg(r.eventId.isEmpty() ? tr("(no id)") : r.eventId));
    m_requestId = r.requestId;
    m_sameRequest->setEnabled(!r.requestId.isEmpty());
    showCatalogueEntry(r.action);
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
    // A string, number, true, false or null: the events with this value, or without it.
    const QString condition = index.data(PayloadTreeModel::ConditionRole).toString();
    if (!condition.isEmpty()) {
        menu.addSeparator();
        menu.addAction(tr("Filter to This Value"), this,
                       [this, condition] { Q_EMIT jsonFilterRequested(condition, false); });
        menu.addAction(tr("Exclude This Value"), this,
                       [this, condition] { Q_EMIT jsonFilterRequested(condition, true); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void DetailPane::buildEditArea()
{
    m_edit = new QWidget(this);
    m_edit->setAccessibleName(tr("Edit the star, tags and note"));
    auto *layout = new QVBoxLayout(m_edit);
    layout->setContentsMargins(0, 0, 0, 4);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    m_star = new QToolButton(m_edit);
    m_star->setCheckable(true);
    m_star->setText(tr("☆ Star"));
    m_star->setFocusPolicy(Qt::StrongFocus);
    m_star->setAccessibleName(tr("Star this event"));
    connect(m_star, &QToolButton::clicked, this, [this] {
        // The button shows the case's state: the change shows once it has landed.
        m_star->setChecked(m_starred);
        if (m_session && m_seq >= 0)
            m_session->toggleStar({m_seq});
    });
    row->addWidget(m_star);
    m_addTag = new QToolButton(m_edit);
    m_addTag->setText(tr("Add Tag…"));
    m_addTag->setFocusPolicy(Qt::StrongFocus);
    m_addTag->setAccessibleName(tr("Add a tag to this event"));
    connect(m_addTag, &QToolButton::clicked, this, &DetailPane::openTagDialog);
    row->addWidget(m_addTag);
    row->addStretch(1);
    layout->addLayout(row);

    m_noteTitle = new QLabel(m_edit);
    m_noteTitle->setTextFormat(Qt::PlainText);
    layout->addWidget(m_noteTitle);
    m_noteEdit = new QPlainTextEdit(m_edit);
    m_noteEdit->setObjectName(QStringLiteral("noteEditor"));
    m_noteEdit->setAccessibleName(tr("Your note on this event (Markdown)"));
    m_noteEdit->setPlaceholderText(tr("Your note on this event, in Markdown"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().lineSpacing() * 6 + 12);
    m_noteEdit->installEventFilter(this);
    m_noteTitle->setBuddy(m_noteEdit);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        updateNoteState();
        updateEditing();
    });
    layout->addWidget(m_noteEdit);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    m_saveNote = new QPushButton(tr("&Save Note"), m_edit);
    m_saveNote->setAutoDefault(false);
    connect(m_saveNote, &QPushButton::clicked, this, &DetailPane::saveNote);
    m_deleteNote = new QPushButton(tr("De&lete Note"), m_edit);
    m_deleteNote->setAutoDefault(false);
    connect(m_deleteNote, &QPushButton::clicked, this, &DetailPane::deleteNote);
    m_noteState = new QLabel(m_edit);
    m_noteState->setTextFormat(Qt::PlainText);
    m_noteState->setWordWrap(true);
    buttons->addWidget(m_saveNote);
    buttons->addWidget(m_deleteNote);
    buttons->addWidget(m_noteState, 1);
    layout->addLayout(buttons);
    m_edit->hide();
}

QList<TagChip *> DetailPane::tagChips() const
{
    return m_marks->findChildren<TagChip *>();
}

bool DetailPane::noteModified() const
{
    return m_noteEdit->toPlainText() != m_savedNote;
}

QString DetailPane::draftKey(qint64 seq) const
{
    return m_casePath + QLatin1Char('\n') + QString::number(seq);
}

void DetailPane::keepDraft()
{
    if (m_seq < 0 || !m_edit->isVisibleTo(this))
        return;
    if (noteModified())
        m_drafts.insert(draftKey(m_seq), m_noteEdit->toPlainText());
    else
        m_drafts.remove(draftKey(m_seq));
}

void DetailPane::loadNote(const EventMarks &marks, bool sameEvent)
{
    const QString author = CaseSession::annotationAuthor();
    QString own;
    for (const EventMarks::Note &note : marks.notes) {
        if (note.author == author)
            own = note.text;
    }
    // Text being edited stays as it is while its event is shown again (after any change).
    const bool editing = sameEvent && noteModified();
    m_savedNote = own;
    const QString key = draftKey(m_seq);
    if (!editing) {
        const QString text = !sameEvent && m_drafts.contains(key) ? m_drafts.value(key) : own;
        if (m_noteEdit->toPlainText() != text) {
            m_noteEdit->setPlainText(text);
            m_noteEdit->moveCursor(QTextCursor::End);
        }
    }
    if (!noteModified())
        m_drafts.remove(key);
    m_noteTitle->setText(tr("Your note (%1):").arg(author));
    updateNoteState();
}

void DetailPane::updateNoteState()
{
    const QString keys = tr("Ctrl+Return saves, Escape brings back the saved note");
    if (noteModified())
        m_noteState->setText(m_drafts.contains(draftKey(m_seq))
                                 ? tr("A draft not saved yet, kept from before. %1").arg(keys)
                                 : tr("Not saved yet. %1").arg(keys));
    else
        m_noteState->setText(m_savedNote.isEmpty() ? QString() : tr("Saved."));
}

void DetailPane::updateEditing()
{
    const bool shown = m_session && m_session->isOpen() && m_seq >= 0;
    const QString reason = m_session && !m_session->annotationsWritable()
                               ? m_session->annotationsReadOnlyReason()
                               : QString();
    // Until the writer has opened the case, changes wait in its queue.
    const bool writable = shown && reason.isEmpty();
    m_star->setEnabled(writable);
    m_star->setToolTip(writable ? (m_starred ? tr("Take the star off this event (Ctrl+B)")
                                             : tr("Star this event (Ctrl+B)"))
                                : reason);
    m_addTag->setEnabled(writable);
    m_addTag->setToolTip(writable ? tr("Put a tag on this event") : reason);
    for (TagChip *chip : tagChips())
        chip->setRemovable(writable, reason);
    m_noteEdit->setReadOnly(!writable);
    m_noteEdit->setToolTip(writable ? QString() : reason);
    m_saveNote->setEnabled(writable && noteModified());
    m_saveNote->setToolTip(writable ? tr("Save the note (Ctrl+Return)") : reason);
    m_deleteNote->setEnabled(writable && !m_savedNote.isEmpty());
    m_deleteNote->setToolTip(writable ? tr("Delete your note on this event") : reason);
}

void DetailPane::focusNoteEditor()
{
    if (!m_edit->isVisibleTo(this))
        return;
    m_noteEdit->setFocus(Qt::ShortcutFocusReason);
    m_noteEdit->ensureCursorVisible();
}

void DetailPane::saveNote()
{
    if (!m_session || m_seq < 0 || !m_saveNote->isEnabled())
        return;
    const QString text = m_noteEdit->toPlainText();
    m_drafts.remove(draftKey(m_seq));
    if (text.trimmed().isEmpty()) {
        if (!m_savedNote.isEmpty())
            m_session->removeNote({m_seq});
        else
            revertNote();
        return;
    }
    m_session->setNote({m_seq}, text);
}

void DetailPane::deleteNote()
{
    if (!m_session || m_seq < 0 || !m_deleteNote->isEnabled())
        return;
    m_drafts.remove(draftKey(m_seq));
    m_noteEdit->clear();
    m_session->removeNote({m_seq});
}

void DetailPane::revertNote()
{
    m_drafts.remove(draftKey(m_seq));
    m_noteEdit->setPlainText(m_savedNote);
    m_noteEdit->moveCursor(QTextCursor::End);
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    // In the note editor Ctrl+Return saves and Escape reverts, before any shortcut of the window
    // has them.
    if (watched == m_noteEdit &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool save = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                          (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
        const bool revert =
            key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && noteModified();
        if (save || revert) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (save)
                    saveNote();
                else
                    revertNote();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DetailPane::openTagDialog()
{
    if (!m_session || m_seq < 0 || !m_addTag->isEnabled())
        return;
    const QString lastKey = QStringLiteral("tags/last");
    auto *dialog = new TagDialog(TagDialog::Mode::Tag, 1, false, m_session->caseTags(),
                                 QSettings().value(lastKey).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<CaseSession> session = m_session;
    const QString casePath = m_casePath;
    const qint64 seq = m_seq;
    connect(dialog, &QDialog::accepted, this, [dialog, session, casePath, seq, lastKey] {
        if (!session || session->casePath() != casePath)
            return; // another case is open now
        QSettings().setValue(lastKey, dialog->tagName());
        session->tagEvents({seq}, dialog->tagName(), false, dialog->newColor(),
                           dialog->newDescription());
    });
    dialog->open();
}

void DetailPane::removeTag(const QString &name)
{
    if (!m_session || m_seq < 0 || !m_addTag->isEnabled())
        return;
    const QList<TagChip *> chips = tagChips();
    for (int i = 0; i < chips.size(); ++i) {
        if (chips[i]->name() == name && chips[i]->hasFocus())
            m_refocusChip = i;
    }
    m_session->tagEvents({m_seq}, name, true);
}

} // namespace auditlens
