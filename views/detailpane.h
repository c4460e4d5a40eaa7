// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "query/eventrow.h"
#include "query/filterfield.h"
#include "session/rowfetcher.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTableView;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace auditlens {

class CaseSession;

class DuplicateCopiesModel;
class PayloadTreeModel;
class TagChip;

// Everything about the selected event: its fields, the six JSON columns as trees (copy a value
// or its path) and as raw text, its source file and line, and for a duplicate group every copy
// side by side with the fields that differ highlighted.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    // copies: every copy of the event's id (the event itself included) when it has duplicates.
    void showEvent(const EventRow &row, const std::vector<EventRow> &copies, bool localTime);
    void clear();
    // Shows the session's event seq and its duplicate copies (or clears when it cannot be read),
    // with its star, tags and notes.
    void showEventOf(CaseSession *session, qint64 seq, bool localTime);
    // Shows the event's star (from row), tags as coloured chips and notes, as plain text and
    // read-only; hidden when it has none.
    void showMarks(const EventRow &row, const EventMarks &marks, bool localTime);
    QWidget *marksArea() const { return m_marks; }
    // The tag names and note texts shown, in order.
    QStringList shownTags() const { return m_markTags; }
    QStringList shownNotes() const { return m_markNotes; }

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *fields() const { return m_fields; }
    QTreeView *tree() const { return m_tree; }
    QPlainTextEdit *raw() const { return m_raw; }
    QTableView *copiesView() const { return m_copies; }
    DuplicateCopiesModel *copiesModel() const { return m_copiesModel; }
    PayloadTreeModel *treeModel() const { return m_treeModel; }
    QLabel *title() const { return m_title; }
    QLabel *location() const { return m_location; }
    QToolButton *sameRequestButton() const { return m_sameRequest; }
    // Above the copies: which fields and JSON paths differ.
    QLabel *differences() const { return m_differences; }

    // The action catalogue's card, at the top of the event's details: what the action means,
    // its category and its sensitivity; for an action the catalogue does not know, that it is
    // new or misspelled. Its text is selectable, from the keyboard too.
    QWidget *catalogueCard() const { return m_catalogueCard; }
    QLabel *catalogueMeaning() const { return m_catalogueMeaning; }
    QLabel *catalogueCategory() const { return m_catalogueCategory; }
    QLabel *catalogueSensitivity() const { return m_catalogueSensitivity; }

    // Editing the event's marks (shown with showEventOf): its star, its tags (each chip's × or
    // Delete takes it off, Add Tag… puts one on) and the author's own note, edited in place.
    // Every change goes to the session's annotation writer; the pane shows it once the case
    // has it (showEventOf again, after annotationsChanged). A note being edited is kept as a
    // draft of its event when another event is shown, and is there again when it comes back.
    QWidget *editArea() const { return m_edit; }
    QToolButton *starButton() const { return m_star; }
    QToolButton *addTagButton() const { return m_addTag; }
    QList<TagChip *> tagChips() const;
    QPlainTextEdit *noteEditor() const { return m_noteEdit; }
    QPushButton *saveNoteButton() const { return m_saveNote; }
    QPushButton *deleteNoteButton() const { return m_deleteNote; }
    QLabel *noteState() const { return m_noteState; }
    // The seq of the event shown by showEventOf (-1: none).
    qint64 shownSeq() const { return m_seq; }
    // Whether the note editor holds text not saved yet.
    bool noteModified() const;
    // Puts the keyboard focus in the note editor (when an event is shown).
    void focusNoteEditor();
    // Saves the note editor's text as the author's note (empty: deletes it), deletes it, or
    // brings back the saved text.
    void saveNote();
    void deleteNote();
    void revertNote();
    // Enables the editing controls as the session's case allows (read-only: the reason as the
    // tooltip).
    void updateEditing();

Q_SIGNALS:
    // The Same Request button: every event of this request, whatever the filter.
    void sameRequestRequested(const QString &requestId);
    // A field row's context menu: only events with this value, or none with it.
    void filterRequested(auditlens::FilterField field, const QString &value, bool exclude);
    // A value of the payload tree, as a JsonCondition's text (payload.project.slug=gh/acme/api).
    void jsonFilterRequested(const QString &condition, bool exclude);

private:
    void treeMenu(const QPoint &pos);
    void addExtraColumns(QTreeWidgetItem *parent, const QByteArray &stored);

    QLabel *m_title;
    QTreeWidget *m_fields;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    PayloadTreeModel *m_treeModel;
    QPlainTextEdit *m_raw;
    QWidget *m_copiesPage;
    QLabel *m_differences;
    QTableView *m_copies;
    DuplicateCopiesModel *m_copiesModel;
    QLabel *m_location;
    int m_copiesTab = -1;
    QToolButton *m_sameRequest;
    QString m_requestId; // of the event shown
    QWidget *m_marks;
    QStringList m_markTags;
    QStringList m_markNotes;

    // The catalogue card.
    void changeEvent(QEvent *event) override;
    void buildCatalogueCard();
    void showCatalogueEntry(const QString &action);
    void colourSensitivity();
    QWidget *m_catalogueCard = nullptr; // a QFrame
    QLabel *m_catalogueMeaning = nullptr;
    QLabel *m_catalogueCategory = nullptr;
    QLabel *m_catalogueSensitivity = nullptr;
    QString m_shownSensitivity; // high, medium or low: the entry shown, for its colour

    // Editing the marks.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void buildEditArea();
    void openTagDialog();
    void removeTag(const QString &name);
    void loadNote(const EventMarks &marks, bool sameEvent);
    void keepDraft();
    void updateNoteState();
    QString draftKey(qint64 seq) const;
    QWidget *m_edit = nullptr;
    QToolButton *m_star = nullptr;
    QToolButton *m_addTag = nullptr;
    QLabel *m_noteTitle = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QPushButton *m_saveNote = nullptr;
    QPushButton *m_deleteNote = nullptr;
    QLabel *m_noteState = nullptr;
    QPointer<CaseSession> m_session;
    QString m_casePath; // of the event shown
    qint64 m_seq = -1;
    QString m_savedNote;              // the author's note as the case has it
    QHash<QString, QString> m_drafts; // unsaved notes by case and seq
    int m_refocusChip = -1;           // after a chip's removal: the chip to focus next
    bool m_starred = false;
    bool m_showingOf = false; // showEvent() is called by showEventOf()
};

} // namespace auditlens
