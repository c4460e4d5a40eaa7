// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Editing an event's marks in the detail pane: Add Tag… tags the event shown (the row's tags and
// the tag filter's count follow), a chip's Delete or × takes the tag off, the star button
// toggles the star, and the author's own note is written, saved (Ctrl+Return), changed, reverted
// (Escape), kept as a draft when the selection moves, and deleted, always through the annotation
// writer; other authors' notes are shown read-only. Untag offers only the tags the chosen events
// carry, with their counts. A read-only case disables every control, the reason as its tooltip.

#include "annotations/annotationstore.h"
#include "detailpane.h"
#include "eventtableview.h"
#include "itemmodels/eventtablemodel.h"
#include "session/casesession.h"
#include "store/casestore.h"
#include "tagchip.h"
#include "tagdialog.h"
#include "theme.h"
#include "windowactions.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QToolButton>

using namespace auditlens;

class TestDetailEdit : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void addTagFromThePane();
    void removeTagByTheChip();
    void starButtonToggles();
    void noteIsWrittenEditedAndDeleted();
    void aDraftIsKeptWhenTheSelectionMoves();
    void othersNotesAreReadOnly();
    void untagOffersOnlyThePresentTags();
    void readOnlyCaseDisablesTheControls();

private:
    DetailPane *detail() const { return m_window->detail(); }
    // Makes row current and selected, and waits for the pane to show its event.
    bool showRow(int row);
    // The first row (from first) whose event has no tag, star or note.
    int plainRow(int first = 0) const;
    QStringList tagsOf(int row) const
    {
        return m_window->tableModel()
            ->index(row, EventTableModel::kTagsColumn)
            .data(EventTableModel::TagsRole)
            .toStringList();
    }
    QStringList chipNames() const
    {
        QStringList names;
        for (const TagChip *chip : detail()->tagChips())
            names << chip->name();
        return names;
    }
    // Runs what changes the case, and waits for the change and the result after it.
    template <typename F> bool changeAndWait(F &&change)
    {
        QSignalSpy changed(m_window->session(), &CaseSession::annotationChanged);
        QSignalSpy result(m_window->session(), &CaseSession::resultReady);
        change();
        return changed.wait(10000) && result.wait(10000) && m_errors.isEmpty();
    }
    qint64 countTagged(const QString &tag);
    // The event's notes in the case, as AnnotationStore reads them.
    QVector<CaseNote> notesOf(qint64 seq);
    TagDialog *openDialog(QAction *action);
    static bool activate(QWidget *widget)
    {
        QApplication::setActiveWindow(widget);
        return QTest::qWaitForWindowActive(widget) && QApplication::activeWindow() == widget;
    }
    void pictures(const QString &name);
};

void TestDetailEdit::initTestCase()
{
    QVERIFY(setUpFolders(QStringLiteral("tst_detailedit")));
    QSettings().clear();
    makeWindow();
    m_window->resize(1400, 900);
    QVERIFY(openAndWait(copyFixture(QStringLiteral("current.csv"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->annotationsWritable(), 10000);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestDetailEdit::cleanup()
{
    for (TagDialog *dialog : m_window->findChildren<TagDialog *>())
        dialog->reject();
    QTest::qWait(0);
    QVERIFY(activate(m_window.get()));
}

bool TestDetailEdit::showRow(int row)
{
    EventTableView *table = m_window->table();
    const EventTableModel *model = m_window->tableModel();
    table->setFocus();
    table->setCurrentIndex(model->index(row, 1));
    table->selectionModel()->select(
        QItemSelection(model->index(row, 0), model->index(row, model->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect);
    const qint64 seq = model->seqAt(row);
    return QTest::qWaitFor([&] {
        return detail()->shownSeq() == seq && detail()->editArea()->isVisibleTo(m_window.get());
    });
}

int TestDetailEdit::plainRow(int first) const
{
    const EventTableModel *model = m_window->tableModel();
    for (int row = first; row < model->rowCount(); ++row) {
        const EventRow *r = model->rowAt(row);
        if (r && r->tags.isEmpty() && !r->starred && r->noteCount == 0)
            return row;
    }
    return -1;
}

qint64 TestDetailEdit::countTagged(const QString &tag)
{
    CaseSession *session = m_window->session();
    const Filter before = session->filter();
    Filter f;
    f[FilterField::Tag].include = {tag};
    session->setFilter(f);
    if (!waitForResult())
        return -1;
    const qint64 count = session->result()->count();
    session->setFilter(before);
    if (!waitForResult())
        return -1;
    return count;
}

QVector<CaseNote> TestDetailEdit::notesOf(qint64 seq)
{
    QVector<CaseNote> found;
    CaseStore store;
    QString error;
    if (!store.open(m_window->session()->casePath(), CaseStore::Mode::ReadOnly, &error)) {
        qWarning("%s", qPrintable(error));
        return found;
    }
    const AnnotationStore annotations(store);
    for (const CaseNote &note : annotations.notes().value_or(QVector<CaseNote>())) {
        if (note.seq && *note.seq == seq)
            found << note;
    }
    return found;
}

TagDialog *TestDetailEdit::openDialog(QAction *action)
{
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    TagDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = m_window->findChild<TagDialog *>();
            return dialog && dialog->isVisible();
        }))
        return nullptr;
    return activate(dialog) ? dialog : nullptr;
}

void TestDetailEdit::addTagFromThePane()
{
    QTRY_VERIFY(m_window->tableModel()->rowAt(0));
    const int row = plainRow();
    QVERIFY(row >= 0);
    QVERIFY(showRow(row));
    QVERIFY(chipNames().isEmpty());
    QCOMPARE(countTagged(QStringLiteral("from-pane")), 0);
    QVERIFY(showRow(row));
    // By keyboard: the Add Tag… button takes the focus, Space opens the dialog for this event.
    QToolButton *add = detail()->addTagButton();
    QVERIFY(add->isEnabled());
    add->setFocus();
    QCOMPARE(QApplication::focusWidget(), add);
    QTest::keyClick(add, Qt::Key_Space);
    TagDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<TagDialog *>()) && dialog->isVisible());
    QVERIFY(activate(dialog));
    QCOMPARE(dialog->count(), 1);
    QLineEdit *name = dialog->nameBox()->lineEdit();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("from-pane"));
    QVERIFY(dialog->isNewTag());
    QCOMPARE(dialog->okButton()->text(), QStringLiteral("Tag 1 event as from-pane"));
    QVERIFY(changeAndWait([&] { QTest::keyClick(name, Qt::Key_Return); }));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Tagged 1 event as from-pane"));
    QTRY_COMPARE(tagsOf(row), QStringList{QStringLiteral("from-pane")});
    QTRY_COMPARE(chipNames(), QStringList{QStringLiteral("from-pane")});
    // A preset as well, so that the chips are two.
    QVERIFY(activate(m_window.get()));
    QVERIFY(changeAndWait([&] {
        m_window->session()->tagEvents({detail()->shownSeq()}, QStringLiteral("suspicious"), false);
    }));
    QTRY_COMPARE(chipNames().size(), 2);
    QCOMPARE(countTagged(QStringLiteral("from-pane")), 1);
    QVERIFY(showRow(row));
    QTRY_COMPARE(chipNames().size(), 2);
    // Tab goes from Add Tag… through the chips to the note editor.
    detail()->addTagButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), detail()->tagChips().value(0));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), detail()->tagChips().value(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), detail()->noteEditor());
    pictures(QStringLiteral("pane-chips"));
}

void TestDetailEdit::removeTagByTheChip()
{
    const EventTableModel *model = m_window->tableModel();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (tagsOf(r).contains(QStringLiteral("from-pane")))
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY(showRow(row));
    QTRY_COMPARE(chipNames().size(), 2);
    // By keyboard: the chip takes the focus, Delete takes its tag off.
    TagChip *chip = nullptr;
    for (TagChip *c : detail()->tagChips()) {
        if (c->name() == QLatin1String("from-pane"))
            chip = c;
    }
    QVERIFY(chip);
    QCOMPARE(chip->focusPolicy(), Qt::StrongFocus);
    chip->setFocus();
    QVERIFY(changeAndWait([&] { QTest::keyClick(chip, Qt::Key_Delete); }));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Took from-pane off 1 event"));
    QTRY_VERIFY(!tagsOf(row).contains(QStringLiteral("from-pane")));
    QTRY_COMPARE(chipNames(), QStringList{QStringLiteral("suspicious")});
    // The keyboard goes on with the chip left.
    QTRY_COMPARE(QApplication::focusWidget(), detail()->tagChips().value(0));
    QCOMPARE(countTagged(QStringLiteral("from-pane")), 0);
    // By mouse: the chip's ×.
    QVERIFY(showRow(row));
    QTRY_COMPARE(chipNames().size(), 1);
    QToolButton *x = detail()->tagChips().value(0)->removeButton();
    QVERIFY(x->isEnabled());
    QVERIFY(changeAndWait([&] { QTest::mouseClick(x, Qt::LeftButton); }));
    QTRY_VERIFY(tagsOf(row).isEmpty());
    QTRY_VERIFY(chipNames().isEmpty());
}

void TestDetailEdit::starButtonToggles()
{
    const int row = plainRow();
    QVERIFY(row >= 0);
    QVERIFY(showRow(row));
    QToolButton *star = detail()->starButton();
    QVERIFY(!star->isChecked());
    QVERIFY(changeAndWait([&] { QTest::mouseClick(star, Qt::LeftButton); }));
    QTRY_VERIFY(m_window->tableModel()->rowAt(row) && m_window->tableModel()->rowAt(row)->starred);
    QTRY_VERIFY(star->isChecked());
    // Space on the focused button: the same toggle.
    star->setFocus();
    QVERIFY(changeAndWait([&] { QTest::keyClick(star, Qt::Key_Space); }));
    QTRY_VERIFY(m_window->tableModel()->rowAt(row) && !m_window->tableModel()->rowAt(row)->starred);
    QTRY_VERIFY(!star->isChecked());
}

void TestDetailEdit::noteIsWrittenEditedAndDeleted()
{
    const int row = plainRow();
    QVERIFY(row >= 0);
    QVERIFY(showRow(row));
    const qint64 seq = detail()->shownSeq();
    QVERIFY(notesOf(seq).isEmpty());
    // Edit > Edit Note… (Ctrl+Shift+N) puts the keyboard in the note editor.
    QAction *edit = m_window->actions()->editNoteAction();
    QCOMPARE(edit->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QVERIFY(edit->isEnabled());
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QPlainTextEdit *editor = detail()->noteEditor();
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    QVERIFY(!editor->isReadOnly());
    QVERIFY(!detail()->saveNoteButton()->isEnabled());
    const QString text = QStringLiteral("# Why\nThe *token* was used from <b>two</b> IPs.");
    QTest::keyClicks(editor, QStringLiteral("# Why"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("The *token* was used from <b>two</b> IPs."));
    QCOMPARE(editor->toPlainText(), text);
    QVERIFY(detail()->noteModified());
    QVERIFY(detail()->saveNoteButton()->isEnabled());
    QVERIFY(detail()->noteState()->text().startsWith(QStringLiteral("Not saved yet")));
    pictures(QStringLiteral("pane-note-editing"));
    // Ctrl+Return saves, through the writer.
    QVERIFY(changeAndWait([&] { QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier); }));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Saved the note"));
    QVector<CaseNote> notes = notesOf(seq);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].text, text);
    QCOMPARE(notes[0].author, CaseSession::annotationAuthor());
    QTRY_VERIFY(!detail()->noteModified());
    QCOMPARE(editor->toPlainText(), text);
    QCOMPARE(QApplication::focusWidget(), editor); // the keyboard stays where it was
    QTRY_COMPARE(detail()->noteState()->text(), QStringLiteral("Saved."));
    QVERIFY(detail()->deleteNoteButton()->isEnabled());
    // The table's row says the event has a note.
    QTRY_VERIFY(m_window->tableModel()->rowAt(row) &&
                m_window->tableModel()->rowAt(row)->noteCount == 1);

    // Escape brings the saved note back.
    QTest::keyClicks(editor, QStringLiteral(" scrap"));
    QVERIFY(detail()->noteModified());
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(editor->toPlainText(), text);
    QVERIFY(!detail()->noteModified());

    // Changed, and saved by the button.
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("Reported to security."));
    QVERIFY(changeAndWait([&] { QTest::mouseClick(detail()->saveNoteButton(), Qt::LeftButton); }));
    notes = notesOf(seq);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].text, text + QStringLiteral("\nReported to security."));

    // Deleted.
    QVERIFY(
        changeAndWait([&] { QTest::mouseClick(detail()->deleteNoteButton(), Qt::LeftButton); }));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Deleted the note"));
    QVERIFY(notesOf(seq).isEmpty());
    QTRY_VERIFY(editor->toPlainText().isEmpty());
    QVERIFY(!detail()->noteModified());
    QVERIFY(!detail()->deleteNoteButton()->isEnabled());
    QTRY_VERIFY(m_window->tableModel()->rowAt(row) &&
                m_window->tableModel()->rowAt(row)->noteCount == 0);
}

void TestDetailEdit::aDraftIsKeptWhenTheSelectionMoves()
{
    const int row = plainRow();
    QVERIFY(row >= 0);
    const int other = plainRow(row + 1);
    QVERIFY(other >= 0);
    QVERIFY(showRow(row));
    const qint64 seq = detail()->shownSeq();
    QPlainTextEdit *editor = detail()->noteEditor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("half a thought"));
    // Another event: its own (empty) note; nothing was written to the case.
    QVERIFY(showRow(other));
    QVERIFY(editor->toPlainText().isEmpty());
    QVERIFY(!detail()->noteModified());
    QVERIFY(notesOf(seq).isEmpty());
    // Back: the draft is there, unsaved, and says so.
    QVERIFY(showRow(row));
    QCOMPARE(editor->toPlainText(), QStringLiteral("half a thought"));
    QVERIFY(detail()->noteModified());
    QVERIFY2(detail()->noteState()->text().startsWith(QStringLiteral("A draft")),
             qPrintable(detail()->noteState()->text()));
    pictures(QStringLiteral("pane-note-draft"));
    // Escape drops it.
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(editor->toPlainText().isEmpty());
    QVERIFY(showRow(other));
    QVERIFY(showRow(row));
    QVERIFY(editor->toPlainText().isEmpty());
}

void TestDetailEdit::othersNotesAreReadOnly()
{
    const int row = plainRow();
    QVERIFY(row >= 0);
    const qint64 seq = m_window->tableModel()->seqAt(row);
    const QString theirs = QStringLiteral("Seen before, in March.");
    {
        // Written by another author (the CLI) while the window has the case open.
        CaseStore store;
        QString error;
        QVERIFY2(store.open(m_window->session()->casePath(), CaseStore::Mode::ReadWrite, &error),
                 qPrintable(error));
        AnnotationStore annotations(store, QStringLiteral("mallory"));
        QVERIFY(annotations.setNote({seq}, theirs).ok);
    }
    m_window->session()->refresh();
    QVERIFY(waitForResult());
    QVERIFY(showRow(m_window->tableModel()->rowOfSeq(seq)));
    QTRY_VERIFY(detail()->marksArea()->isVisibleTo(m_window.get()));
    // Theirs is a label with its author; the editor is for the author's own, empty here.
    bool shown = false;
    bool byline = false;
    for (const QLabel *label : detail()->marksArea()->findChildren<QLabel *>()) {
        shown = shown || label->text() == theirs;
        byline = byline || label->text().startsWith(QStringLiteral("Note by mallory at "));
    }
    QVERIFY(shown);
    QVERIFY(byline);
    QVERIFY(detail()->noteEditor()->toPlainText().isEmpty());
    QVERIFY(!detail()->deleteNoteButton()->isEnabled());
    pictures(QStringLiteral("pane-others-note"));
}

void TestDetailEdit::untagOffersOnlyThePresentTags()
{
    QVERIFY(activate(m_window.get()));
    const EventTableModel *model = m_window->tableModel();
    const int a = plainRow();
    const int b = plainRow(a + 1);
    const int c = plainRow(b + 1);
    QVERIFY(a >= 0 && b >= 0 && c >= 0);
    CaseSession *session = m_window->session();
    QVERIFY(changeAndWait([&] {
        session->tagEvents({model->seqAt(a), model->seqAt(b)}, QStringLiteral("alpha"), false);
    }));
    QVERIFY(changeAndWait(
        [&] { session->tagEvents({model->seqAt(c)}, QStringLiteral("beta"), false); }));
    QTRY_COMPARE(tagsOf(c), QStringList{QStringLiteral("beta")});
    auto offered = [](TagDialog *dialog) {
        QStringList names;
        for (int i = 0; i < dialog->nameBox()->count(); ++i)
            names << dialog->nameBox()->itemText(i);
        return names;
    };
    // The selection a, b carries alpha alone, on both.
    EventTableView *table = m_window->table();
    table->setCurrentIndex(model->index(a, 1));
    table->selectionModel()->select(QItemSelection(model->index(a, 0), model->index(a, 1)),
                                    QItemSelectionModel::ClearAndSelect |
                                        QItemSelectionModel::Rows);
    table->selectionModel()->select(QItemSelection(model->index(b, 0), model->index(b, 1)),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(table->selectedSeqs().size(), 2);
    TagDialog *dialog = openDialog(m_window->actions()->untagSelectedAction());
    QVERIFY(dialog);
    QCOMPARE(offered(dialog), QStringList{QStringLiteral("alpha")});
    QCOMPARE(dialog->nameBox()->itemData(0, Qt::AccessibleTextRole).toString(),
             QStringLiteral("alpha, carried by 2 of the events"));
    QCOMPARE(dialog->okButton()->text(), QStringLiteral("Take alpha off 2 events"));
    pictures(QStringLiteral("untag-selection"));
    dialog->reject();
    QVERIFY(activate(m_window.get()));
    // With c as well: alpha on two of the three, beta on one.
    table->selectionModel()->select(QItemSelection(model->index(c, 0), model->index(c, 1)),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(table->selectedSeqs().size(), 3);
    dialog = openDialog(m_window->actions()->untagSelectedAction());
    QVERIFY(dialog);
    QCOMPARE(offered(dialog), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    dialog->nameBox()->setCurrentIndex(0);
    QCOMPARE(dialog->okButton()->text(), QStringLiteral("Take alpha off 2 of the 3 events"));
    dialog->nameBox()->setCurrentIndex(1);
    QCOMPARE(dialog->okButton()->text(), QStringLiteral("Take beta off 1 of the 3 events"));
    dialog->reject();
    QVERIFY(activate(m_window.get()));
    // Every event of the filter: the tags of the case the filter's events carry, counted.
    Filter f;
    f[FilterField::Tag].include = {QStringLiteral("*")};
    session->setFilter(f);
    QVERIFY(waitForResult());
    QVERIFY(activate(m_window.get()));
    dialog = openDialog(m_window->actions()->untagFilteredAction());
    QVERIFY(dialog);
    const QStringList all = offered(dialog);
    QVERIFY(all.contains(QStringLiteral("alpha")));
    QVERIFY(all.contains(QStringLiteral("beta")));
    QVERIFY(!all.contains(QStringLiteral("from-pane"))); // on no event any more
    QVERIFY(!all.contains(QStringLiteral("malicious"))); // never used
    QList<std::pair<QString, QString>> tips;
    for (int i = 0; i < dialog->nameBox()->count(); ++i)
        tips.append({dialog->nameBox()->itemText(i),
                     dialog->nameBox()->itemData(i, Qt::AccessibleTextRole).toString()});
    dialog->reject();
    for (const auto &[name, tip] : tips) {
        const qint64 n = countTagged(name);
        QVERIFY(n > 0);
        QCOMPARE(tip, QStringLiteral("%1, carried by %2 of the events").arg(name).arg(n));
    }
    session->setFilter(Filter());
    QVERIFY(waitForResult());
}

void TestDetailEdit::readOnlyCaseDisablesTheControls()
{
    // An event with a tag, so that there is a chip.
    QVERIFY(activate(m_window.get()));
    const int tagged = plainRow();
    QVERIFY(tagged >= 0);
    QVERIFY(changeAndWait([&] {
        m_window->session()->tagEvents({m_window->tableModel()->seqAt(tagged)},
                                       QStringLiteral("benign"), false);
    }));
    const QString path = m_window->session()->casePath();
    QVERIFY(reopenReadOnly(path));
    const QString reason = m_window->session()->annotationsReadOnlyReason();
    QVERIFY(!reason.isEmpty());
    int row = -1;
    QTRY_VERIFY(m_window->tableModel()->rowAt(0));
    for (int r = 0; r < m_window->tableModel()->rowCount() && row < 0; ++r) {
        if (!tagsOf(r).isEmpty())
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY(showRow(row));
    QTRY_VERIFY(!detail()->tagChips().isEmpty());
    QVERIFY(!detail()->starButton()->isEnabled());
    QCOMPARE(detail()->starButton()->toolTip(), reason);
    QVERIFY(!detail()->addTagButton()->isEnabled());
    QCOMPARE(detail()->addTagButton()->toolTip(), reason);
    for (TagChip *chip : detail()->tagChips()) {
        QVERIFY(!chip->removeButton()->isEnabled());
        QCOMPARE(chip->removeButton()->toolTip(), reason);
    }
    QVERIFY(detail()->noteEditor()->isReadOnly());
    QCOMPARE(detail()->noteEditor()->toolTip(), reason);
    QVERIFY(!detail()->saveNoteButton()->isEnabled());
    QVERIFY(!detail()->deleteNoteButton()->isEnabled());
    QVERIFY(!m_window->actions()->editNoteAction()->isEnabled());
    QCOMPARE(m_window->actions()->editNoteAction()->toolTip(), reason);
    // Delete on a chip changes nothing.
    QSignalSpy changed(m_window->session(), &CaseSession::annotationChanged);
    detail()->tagChips().value(0)->setFocus();
    QTest::keyClick(detail()->tagChips().value(0), Qt::Key_Delete);
    QTest::qWait(200);
    QCOMPARE(changed.count(), 0);
    pictures(QStringLiteral("pane-read-only"));
}

void TestDetailEdit::pictures(const QString &name)
{
    // AUDITLENS_SHOT_DIR: the detail pane (and an open dialog), in both themes, to look at.
    const QString shots = qEnvironmentVariable("AUDITLENS_SHOT_DIR");
    if (shots.isEmpty())
        return;
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
        Theme::apply(theme);
        QTest::qWait(50);
        const QString themeName =
            theme == Theme::Choice::Dark ? QStringLiteral("dark") : QStringLiteral("light");
        QWidget *widget = m_window->findChild<TagDialog *>();
        if (!widget || !widget->isVisible())
            widget = detail();
        widget->grab().save(QStringLiteral("%1/%2-%3-%4x.png").arg(shots, name, themeName, scale));
    }
    Theme::apply(Theme::Choice::Light);
}

QTEST_MAIN(TestDetailEdit)
#include "tst_detailedit.moc"
