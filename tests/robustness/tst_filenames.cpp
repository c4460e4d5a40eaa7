// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Files that are not what their names suggest: a FIFO, a folder, a socket or a device given as
// an export to import, and hard links that give the case or a source a second name. Each is
// refused before anything reads from or writes to it, saying what it is.

#include "robustness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <thread>

using namespace auditlens::robustness;

class TestFileNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sourceThatIsNotAFile_data();
    void sourceThatIsNotAFile();
    void fifoWithAWriterIsNotRead();
    void hardLinkIsNeverOverwritten_data();
    void hardLinkIsNeverOverwritten();
    void hardLinkToTheCaseIsNotASource();

private:
    QTemporaryDir m_dir;
    QString m_source;
    QString m_case;
};

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void TestFileNames::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(writeCsv(m_source, 200, 0));
    m_case = m_dir.filePath(QStringLiteral("case.auditlens"));
    const CliRun run = runCli({QStringLiteral("import"), m_case, m_source});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestFileNames::sourceThatIsNotAFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("folder") << QStringLiteral("folder") << QByteArray("is a folder");
    QTest::newRow("fifo") << QStringLiteral("fifo") << QByteArray("is a FIFO");
    QTest::newRow("socket") << QStringLiteral("socket") << QByteArray("is a socket");
    QTest::newRow("device") << QStringLiteral("device") << QByteArray("is a device");
}

void TestFileNames::sourceThatIsNotAFile()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, named);
    QString path = m_dir.filePath(kind + QStringLiteral(".csv"));
    int listening = -1;
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("socket")) {
        listening = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        QVERIFY(size_t(name.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        QCOMPARE(::bind(listening, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(listening, 1), 0);
    } else {
        path = QStringLiteral("/dev/null");
    }
    // Into a new case and into one that exists: refused at once (no wait for a writer), with
    // what the file is; no case is left behind and the existing one is unchanged.
    const QString newCase = m_dir.filePath(QStringLiteral("new-%1.auditlens").arg(kind));
    const QByteArray before = caseDigest(m_case);
    for (const QString &casePath : {newCase, m_case}) {
        const CliRun run = runCli({QStringLiteral("import"), casePath, path}, {}, {}, 20000);
        QVERIFY2(!run.crashed && run.exitCode == 1, "the import waited on it or crashed");
        QVERIFY2(run.err.startsWith("error: ") && run.err.contains(named), run.err.constData());
    }
    QVERIFY(!QFile::exists(newCase));
    QCOMPARE(caseDigest(m_case), before);
    if (listening >= 0)
        ::close(listening);
}

void TestFileNames::fifoWithAWriterIsNotRead()
{
    // Someone writes an export into a FIFO: the import refuses it without taking a byte, so the
    // header that was sent is still there for whoever reads the FIFO.
    const QString fifo = m_dir.filePath(QStringLiteral("stream.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray sent = csvHeader() + csvRecord(1) + csvRecord(2);
    std::thread writer([&] {
        // Blocks until a reader opens the FIFO.
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_CLOEXEC);
        if (fd >= 0) {
            const ssize_t n = ::write(fd, sent.constData(), size_t(sent.size()));
            Q_UNUSED(n);
            ::close(fd);
        }
    });
    const CliRun run = runCli({QStringLiteral("import"), m_case, fifo}, {}, {}, 20000);
    // Now read it ourselves, which lets the writer go on: what it sent is all there. (Opened
    // without waiting, and read once the writer is done: an import that took the bytes left
    // none, and no writer, and this must not wait for one.)
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    writer.join();
    QByteArray received;
    char buffer[4096];
    for (ssize_t n; fd >= 0 && (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        received.append(buffer, n);
    if (fd >= 0)
        ::close(fd);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is a FIFO") && !run.err.contains("header"), run.err.constData());
    QCOMPARE(received, sent);
}

void TestFileNames::hardLinkIsNeverOverwritten_data()
{
    QTest::addColumn<QString>("linked"); // case or source
    QTest::addColumn<QString>("suffix"); // where the link sits: the export or a file beside it
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("the case as the export")
        << QStringLiteral("case") << QString() << QByteArray("is the case file itself");
    QTest::newRow("a source as the export")
        << QStringLiteral("source") << QString() << QByteArray("is a source of this case");
    QTest::newRow("the case as the checksums")
        << QStringLiteral("case") << QStringLiteral(".sha256")
        << QByteArray("is the case file itself");
    QTest::newRow("a source as the manifest")
        << QStringLiteral("source") << QStringLiteral(".manifest.json")
        << QByteArray("is a source of this case");
}

void TestFileNames::hardLinkIsNeverOverwritten()
{
    // A hard link is a second name of the same file, in another folder as often as not: paths
    // differ, the file is one. An export to it would replace the evidence under that name.
    QFETCH(QString, linked);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, named);
    const QString target = linked == QLatin1String("case") ? m_case : m_source;
    const QString folder = m_dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(folder));
    const QString output = folder + QStringLiteral("/report.csv");
    const QString link = output + suffix;
    QFile::remove(link);
    QCOMPARE(::link(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()), 0);
    const QByteArray before = fileBytes(target);
    struct stat original = {};
    QCOMPARE(::stat(QFile::encodeName(link).constData(), &original), 0);

    const CliRun run = runCli({QStringLiteral("export"), m_case, QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("error: ") && run.err.contains(named), run.err.constData());
    // The name still leads to the same file, unchanged; nothing else was written.
    struct stat after = {};
    QCOMPARE(::stat(QFile::encodeName(link).constData(), &after), 0);
    QCOMPARE(after.st_ino, original.st_ino);
    QCOMPARE(fileBytes(target), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QFileInfo(link).fileName()});
    QFile::remove(link);
}

void TestFileNames::hardLinkToTheCaseIsNotASource()
{
    const QString link = m_dir.filePath(QStringLiteral("case-link.csv"));
    QCOMPARE(::link(QFile::encodeName(m_case).constData(), QFile::encodeName(link).constData()), 0);
    const QByteArray before = caseDigest(m_case);
    const CliRun run = runCli({QStringLiteral("import"), m_case, link});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("the case itself"), run.err.constData());
    QCOMPARE(caseDigest(m_case), before);
    QCOMPARE(integrityCheck(m_case), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"
