// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// auditlens: the desktop viewer. Opens the export, case or sample given on the command line.

#include "caseimports.h"
#include "mainwindow.h"
#include "text/languages.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QIcon>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// The app's icon at every size rendered into the resources (resources/CMakeLists.txt): the
// windows, the taskbar and the About box show it, also where the icon theme lacks it.
static QIcon applicationIcon()
{
    QIcon icon;
    QDirIterator it(QStringLiteral(":/icons/hicolor"), {QStringLiteral("*.png")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        icon.addFile(it.next());
    return icon;
}

int main(int argc, char *argv[])
{
#if defined(__GLIBC__)
    // Each filter change makes result vectors of a few MB: keep them in the heap for reuse
    // rather than mapping (and page-faulting) fresh memory every time.
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AuditLens"));
    QApplication::setApplicationName(QStringLiteral("AuditLens"));
    QApplication::setApplicationVersion(QStringLiteral(AUDITLENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(AUDITLENS_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    // The system's language unless one was chosen (View > Language); --help is translated too.
    auditlens::Languages::apply(auditlens::Languages::saved());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Review CircleCI audit-log exports"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "an audit-log export (CSV, JSON Lines) or a case"));
    parser.process(app);

    // The system's colour scheme unless a light or dark theme was chosen (View > Theme).
    if (const auto theme = auditlens::Theme::saved(); theme != auditlens::Theme::Choice::System)
        auditlens::Theme::apply(theme);

    auditlens::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // Several exports make one case.
    if (!files.isEmpty())
        QTimer::singleShot(0, &window,
                           [&window, files] { window.caseImports()->openPaths(files); });
    return QApplication::exec();
}
