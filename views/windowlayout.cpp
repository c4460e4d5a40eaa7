// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "windowlayout.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

namespace auditlens {

void WindowLayout::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window->saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), mainSplit->saveState());
    settings.setValue(QStringLiteral("window/centerSplitter"), centerSplit->saveState());
    settings.setValue(QStringLiteral("window/problemsSplitter"), problemsSplit->saveState());
    settings.setValue(QStringLiteral("table/header"), tableHeader->saveState());
}

void WindowLayout::restore() const
{
    QSettings settings;
    if (!window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        window->resize(1400, 860);
    fitToScreen(window);
    window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    mainSplit->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    centerSplit->restoreState(
        settings.value(QStringLiteral("window/centerSplitter")).toByteArray());
    problemsSplit->restoreState(
        settings.value(QStringLiteral("window/problemsSplitter")).toByteArray());
    tableHeader->restoreState(settings.value(QStringLiteral("table/header")).toByteArray());
}

void WindowLayout::fitToScreen(QMainWindow *window)
{
    const QScreen *s = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!s || window->isMaximized() || window->isFullScreen())
        return;
    const QRect area = s->availableGeometry();
    const QSize frame = window->frameGeometry().size() - window->geometry().size(); // decorations
    const QSize most = area.size() - frame;
    if (window->width() > most.width() || window->height() > most.height())
        window->resize(std::min(window->width(), most.width()),
                       std::min(window->height(), most.height()));
    QRect placed = window->frameGeometry();
    placed.moveLeft(std::clamp(placed.left(), area.left(), area.right() - placed.width() + 1));
    placed.moveTop(std::clamp(placed.top(), area.top(), area.bottom() - placed.height() + 1));
    if (placed.topLeft() != window->frameGeometry().topLeft())
        window->move(placed.topLeft());
}

} // namespace auditlens
