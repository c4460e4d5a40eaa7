// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

class QHeaderView;
class QMainWindow;
class QSplitter;

namespace auditlens {

// The parts of the main window's layout kept between runs (geometry, docks, the splitters, the
// event table's columns), and bringing a window saved on a larger screen within this one.
struct WindowLayout
{
    void save() const;
    // Restores what was saved (a default size the first time) and fits it to the screen.
    void restore() const;
    static void fitToScreen(QMainWindow *window);

    QMainWindow *window;
    QSplitter *mainSplit;
    QSplitter *centerSplit;
    QSplitter *problemsSplit;
    QHeaderView *tableHeader;
};

} // namespace auditlens
