// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// What the desktop learns from the package: a case is recognised by its content (the MIME
// magic against a case that auditlens-cli really made), the desktop entry opens cases and
// exports, the AppStream data names the same app and release, and the icon exists at every size.

#include "packagedfiles.h"
#include "store/casestore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace auditlens;

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void caseHeaderCarriesTheMagic();
    void fileIsRecognised_data();
    void fileIsRecognised();
    void desktopEntryOpensWhatItShould_data();
    void desktopEntryOpensWhatItShould();
    void metainfoNamesTheAppAndRelease();
    void iconExistsAtEverySize_data();
    void iconExistsAtEverySize();

private:
    // Key=value lines of the desktop entry's main group.
    QHash<QString, QString> desktopEntry() const;

    PackagedFiles m_files;
    QTemporaryDir m_dir;
    QString m_case;
};

void TestDesktopIntegration::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The MIME database the desktop has once the package is installed: the system's packages
    // and ours, compiled together by update-mime-database as the package's trigger does (Qt
    // 6.4 lets the last of several databases decide on content, so ours cannot sit apart).
    const QString mime = m_dir.filePath(QStringLiteral("share/mime"));
    QVERIFY(QDir().mkpath(mime + QStringLiteral("/packages")));
    const QDir system(QStringLiteral("/usr/share/mime/packages"));
    for (const QString &name : system.entryList({QStringLiteral("*.xml")}, QDir::Files))
        QVERIFY(QFile::copy(system.filePath(name), mime + QStringLiteral("/packages/") + name));
    QVERIFY(QFile::copy(m_files.mimePackage(),
                        mime + QStringLiteral("/packages/" AUDITLENS_APP_ID ".xml")));
    // Qt reads the search path when it first needs it, which is after this.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
    qputenv("XDG_DATA_DIRS", m_dir.filePath(QStringLiteral("share")).toUtf8());
    const PackagedFiles::Run update =
        PackagedFiles::run(QStringLiteral("update-mime-database"), {mime});
    QVERIFY2(update.exitCode == 0, update.err.constData());
    // update-mime-database warns about a package it cannot read fully and goes on.
    QVERIFY2(update.err.isEmpty(), update.err.constData());

    // A real case, as a user makes one.
    m_case = m_dir.filePath(QStringLiteral("review.auditlens"));
    const PackagedFiles::Run import =
        PackagedFiles::run(m_files.cli(), {QStringLiteral("import"), m_case,
                                           QStringLiteral(AUDITLENS_TEST_DATA "/basic.csv")});
    QVERIFY2(import.exitCode == 0, import.err.constData());
}

void TestDesktopIntegration::caseHeaderCarriesTheMagic()
{
    // What the MIME package's magic looks for: SQLite's header, and the case's application id
    // big-endian at byte 68 (the header's "Application ID" field).
    QFile file(m_case);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    QVERIFY(header.startsWith(QByteArray("SQLite format 3\0", 16)));
    const auto id = quint32(CaseStore::kApplicationId);
    const char expected[4] = {char(id >> 24), char(id >> 16), char(id >> 8), char(id)};
    QCOMPARE(header.mid(68, 4), QByteArray(expected, 4));
    QVERIFY(
        PackagedFiles::read(m_files.mimePackage())
            .contains(QStringLiteral("value=\"0x%1\"").arg(id, 8, 16, QLatin1Char('0')).toUtf8()));
}

void TestDesktopIntegration::fileIsRecognised_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("type");
    const QString caseType = QStringLiteral("application/x-auditlens-case");
    QTest::newRow("case") << "review.auditlens"
                          << "case" << caseType;
    // Renamed, a case is still told by its content, not only by its name.
    QTest::newRow("case renamed") << "review"
                                  << "case" << caseType;
    QTest::newRow("case as .db") << "review.db"
                                 << "case" << caseType;
    // Another SQLite database is not a case.
    QTest::newRow("other SQLite") << "other.db"
                                  << "sqlite"
                                  << "application/vnd.sqlite3";
    QTest::newRow("CSV export") << "audit.csv" << AUDITLENS_TEST_DATA "/basic.csv"
                                << "text/csv";
    QTest::newRow("JSON Lines") << "audit.jsonl" << AUDITLENS_TEST_DATA "/basic.jsonl"
                                << "application/x-ndjson";
}

void TestDesktopIntegration::fileIsRecognised()
{
    QFETCH(QString, name);
    QFETCH(QString, source);
    QFETCH(QString, type);
    const QString path = m_dir.filePath(QStringLiteral("files/") + name);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile::remove(path);
    if (source == QLatin1String("sqlite")) {
        QVERIFY(PackagedFiles::run(QStringLiteral("sqlite3"),
                                   {path, QStringLiteral("CREATE TABLE t(x)")})
                    .exitCode == 0);
    } else {
        QVERIFY(QFile::copy(source == QLatin1String("case") ? m_case : source, path));
    }
    QCOMPARE(QMimeDatabase().mimeTypeForFile(path).name(), type);
}

QHash<QString, QString> TestDesktopIntegration::desktopEntry() const
{
    QHash<QString, QString> entry;
    bool inMain = false;
    for (const QByteArray &line : PackagedFiles::read(m_files.desktopEntry()).split('\n')) {
        if (line.startsWith('['))
            inMain = line == "[Desktop Entry]";
        const qsizetype eq = line.indexOf('=');
        if (inMain && eq > 0)
            entry.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return entry;
}

void TestDesktopIntegration::desktopEntryOpensWhatItShould_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("case") << "review.auditlens";
    QTest::newRow("CSV export") << "audit.csv";
    QTest::newRow("JSON Lines") << "audit.jsonl";
    QTest::newRow("JSON") << "audit.json";
}

void TestDesktopIntegration::desktopEntryOpensWhatItShould()
{
    QFETCH(QString, name);
    const QHash<QString, QString> entry = desktopEntry();
    // The file manager passes the files; the app and the icon are the ones installed.
    QVERIFY2(entry.value(QStringLiteral("Exec")).contains(QLatin1String(" %F")),
             qPrintable(entry.value(QStringLiteral("Exec"))));
    QCOMPARE(entry.value(QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0),
             QStringLiteral("auditlens"));
    QCOMPARE(entry.value(QStringLiteral("Icon")), QStringLiteral(AUDITLENS_APP_ID));
    // The desktop offers the app for a file when the entry lists its type or a parent of it.
    const QStringList listed =
        entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const QMimeType type = QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    QVERIFY2(listed.contains(type.name()), qPrintable(type.name()));
}

void TestDesktopIntegration::metainfoNamesTheAppAndRelease()
{
    QXmlStreamReader xml(PackagedFiles::read(m_files.metainfo()));
    QString id, launchable, release, date;
    QStringList binaries, mediatypes;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView element = xml.name();
        if (element == QLatin1String("id")) {
            id = xml.readElementText();
        } else if (element == QLatin1String("launchable")) {
            launchable = xml.readElementText();
        } else if (element == QLatin1String("binary")) {
            binaries << xml.readElementText();
        } else if (element == QLatin1String("mediatype")) {
            mediatypes << xml.readElementText();
        } else if (element == QLatin1String("release") && release.isEmpty()) {
            release = xml.attributes().value(QLatin1String("version")).toString();
            date = xml.attributes().value(QLatin1String("date")).toString();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, QStringLiteral(AUDITLENS_APP_ID));
    QCOMPARE(launchable, QStringLiteral(AUDITLENS_APP_ID ".desktop"));
    binaries.sort();
    QCOMPARE(binaries, QStringList({QStringLiteral("auditlens"), QStringLiteral("auditlens-cli")}));
    const QStringList listed = desktopEntry()
                                   .value(QStringLiteral("MimeType"))
                                   .split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &type : std::as_const(mediatypes))
        QVERIFY2(listed.contains(type), qPrintable(type));

    // The newest release is this version, on the day the changelog gives it.
    QCOMPARE(release, QStringLiteral(AUDITLENS_VERSION));
    const QString changelog = QString::fromUtf8(PackagedFiles::read(m_files.changelog()));
    QVERIFY(changelog.startsWith(QStringLiteral("auditlens (%1)").arg(release)));
    static const QRegularExpression signature(
        QStringLiteral("^ -- .*>  \\w{3}, (\\d{1,2} \\w{3} \\d{4}) "),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = signature.match(changelog);
    QVERIFY(match.hasMatch());
    QCOMPARE(QLocale::c().toDate(match.captured(1), QStringLiteral("d MMM yyyy")),
             QDate::fromString(date, Qt::ISODate));
}

void TestDesktopIntegration::iconExistsAtEverySize_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QTest::addRow("%dx%d", size, size) << size;
}

void TestDesktopIntegration::iconExistsAtEverySize()
{
    QFETCH(int, size);
    // In the app's resources (its windows and About box) and, installed, in the hicolor theme.
    QStringList paths{
        QStringLiteral(":/icons/hicolor/%1x%1/apps/" AUDITLENS_APP_ID ".png").arg(size)};
    if (m_files.installed())
        paths << m_files.iconTheme() +
                     QStringLiteral("/%1x%1/apps/" AUDITLENS_APP_ID ".png").arg(size);
    for (const QString &path : std::as_const(paths)) {
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        // Drawn, not blank: a good part of it is opaque.
        int opaque = 0;
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x)
                opaque += qAlpha(image.pixel(x, y)) > 200;
        }
        QVERIFY2(opaque > size * size / 4, qPrintable(path));
    }
    if (m_files.installed())
        QVERIFY(QFile::exists(m_files.iconTheme() +
                              QStringLiteral("/scalable/apps/" AUDITLENS_APP_ID ".svg")));
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
