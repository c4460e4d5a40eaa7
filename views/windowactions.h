// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;

namespace auditlens {

class FilterHistory;
class MainWindow;
struct Filter;

// The main window's actions, each with its text, keys and status tip, in the File, Edit, View and
// Filter menus and Help's additions: one place to read what the window offers (Help > Keyboard
// Shortcuts lists them from the menus), and which need an open case.
class WindowActions : public QObject
{
    Q_OBJECT
public:
    explicit WindowActions(MainWindow *window);

    // File, Edit, View (Back and Forward first) and Filter.
    void addMenus(QMenuBar *bar);
    // The tool bar with Back and Forward.
    void addNavigationBar();
    // About AuditLens, the user guide, the shortcuts and About Qt.
    void addHelp(QMenu *help);
    // Enables what applies: caseOpen when a case is on screen (no import running).
    void update(bool caseOpen, const Filter &filter, const FilterHistory &history);
    // Opens the list of recent files again from the settings.
    void updateRecentMenu(const QStringList &recent);

    QAction *exportAction() const { return m_export; }
    QAction *addExportsAction() const { return m_addExports; }
    QAction *closeAction() const { return m_close; }
    QAction *undoFilterAction() const { return m_undoFilter; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *collapseAction() const { return m_collapse; }
    QAction *findNextAction() const { return m_findNext; }
    QAction *localTimeAction() const { return m_localTime; }
    QAction *starAction() const { return m_star; }
    QAction *tagSelectedAction() const { return m_tagSelected; }
    QAction *tagFilteredAction() const { return m_tagFiltered; }
    QAction *untagSelectedAction() const { return m_untagSelected; }
    QAction *untagFilteredAction() const { return m_untagFiltered; }
    QAction *nextAnnotatedAction() const { return m_nextAnnotated; }
    QAction *previousAnnotatedAction() const { return m_previousAnnotated; }
    QAction *editNoteAction() const { return m_editNote; }
    QList<QAction *> presetActions() const { return m_presets; }

private:
    void addFileMenu(QMenu *file);
    void showCases();
    void addEditMenu(QMenu *edit);
    void addViewMenu(QMenu *view);
    void addBackForward(QMenu *view);
    void addFilterMenu(QMenu *filter);

    MainWindow *m_window;
    QMenu *m_recent = nullptr;
    QAction *m_addExports = nullptr;
    QAction *m_export = nullptr;
    QAction *m_close = nullptr;
    QAction *m_undoFilter = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_collapse = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;
    QAction *m_localTime = nullptr;
    QAction *m_star = nullptr;
    QAction *m_tagSelected = nullptr;
    QAction *m_tagFiltered = nullptr;
    QAction *m_untagSelected = nullptr;
    QAction *m_untagFiltered = nullptr;
    QAction *m_nextAnnotated = nullptr;
    QAction *m_previousAnnotated = nullptr;
    QAction *m_editNote = nullptr;
    QActionGroup *m_themes = nullptr;
    QList<QAction *> m_caseActions; // need an open case
    QList<QAction *> m_presets;
};

} // namespace auditlens
