// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

class QTextBrowser;

namespace auditlens {

// Help > User Guide: the guide that ships inside the program (Markdown, a Qt resource), so it
// reads the same offline. Links to other sections stay in the window; links out open in the
// desktop's browser.
class GuideWindow : public QDialog
{
    Q_OBJECT
public:
    explicit GuideWindow(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // The guide's Markdown text.
    static QString guideText();

private:
    QTextBrowser *m_browser;
};

} // namespace auditlens
