// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "packagedfiles.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace auditlens {

PackagedFiles::PackagedFiles() : m_root(qEnvironmentVariable("AUDITLENS_INSTALLED_ROOT")) {}

QString PackagedFiles::cli() const
{
    return installed() ? m_root + QStringLiteral("/usr/bin/auditlens-cli")
                       : QStringLiteral(AUDITLENS_CLI);
}

QString PackagedFiles::gui() const
{
    if (installed())
        return m_root + QStringLiteral("/usr/bin/auditlens");
#ifdef AUDITLENS_GUI
    return QStringLiteral(AUDITLENS_GUI);
#else
    return {};
#endif
}

QString PackagedFiles::manual(const QString &program) const
{
    return (installed() ? m_root + QStringLiteral("/usr/share/man/man1/")
                        : QStringLiteral(AUDITLENS_BUILD_DIR "/packaging/man/")) +
           program + QStringLiteral(".1.gz");
}

QString PackagedFiles::completion() const
{
    return installed()
               ? m_root + QStringLiteral("/usr/share/bash-completion/completions/auditlens-cli")
               : QStringLiteral(AUDITLENS_SOURCE_DIR "/packaging/completion/auditlens-cli");
}

QString PackagedFiles::desktopEntry() const
{
    return installed()
               ? m_root + QStringLiteral("/usr/share/applications/" AUDITLENS_APP_ID ".desktop")
               : QStringLiteral(AUDITLENS_SOURCE_DIR "/packaging/" AUDITLENS_APP_ID ".desktop");
}

QString PackagedFiles::metainfo() const
{
    return installed()
               ? m_root + QStringLiteral("/usr/share/metainfo/" AUDITLENS_APP_ID ".metainfo.xml")
               : QStringLiteral(AUDITLENS_SOURCE_DIR "/packaging/" AUDITLENS_APP_ID
                                                     ".metainfo.xml");
}

QString PackagedFiles::mimePackage() const
{
    return installed()
               ? m_root + QStringLiteral("/usr/share/mime/packages/" AUDITLENS_APP_ID ".xml")
               : QStringLiteral(AUDITLENS_SOURCE_DIR "/packaging/" AUDITLENS_APP_ID ".xml");
}

QString PackagedFiles::changelog() const
{
    return installed() ? m_root + QStringLiteral("/usr/share/doc/auditlens/changelog.gz")
                       : QStringLiteral(AUDITLENS_SOURCE_DIR "/packaging/debian/changelog");
}

QString PackagedFiles::iconTheme() const
{
    return m_root + QStringLiteral("/usr/share/icons/hicolor");
}

PackagedFiles::Run PackagedFiles::run(const QString &program, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QString());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray PackagedFiles::read(const QString &path)
{
    if (path.endsWith(QLatin1String(".gz"))) {
        const Run gzip = run(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
        return gzip.exitCode == 0 ? gzip.out : QByteArray();
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace auditlens
