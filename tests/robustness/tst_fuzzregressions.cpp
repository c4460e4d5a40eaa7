// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// Every input that once broke an invariant under fuzzing (tests/data/regressions/<target>/),
// and every seed of the fuzzing corpora, goes through the same checks as the fuzzers, in the
// ordinary build: a fixed bug stays fixed even where no fuzzer runs.

#include "casechecks.h"
#include "fuzzchecks.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace auditlens::fuzz;

namespace {
using Check = std::string (*)(const uint8_t *, size_t);

struct Target
{
    const char *name;
    Check check;
};

const Target kTargets[] = {
    {"csv_reader", checkCsvReader},
    {"json_reader", checkJsonReader},
    {"event_parser", checkEventParser},
    {"timestamp_parser", checkTimestampParser},
    {"import", checkImport},
    {"case_open", checkCaseOpen},
};
} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyCrashInputIsKept();
    void inputs_data();
    void inputs();
};

void TestFuzzRegressions::everyCrashInputIsKept()
{
    // The fuzzers found bugs in these three, and crafted cases in the viewer; their inputs must
    // stay in the suite.
    for (const char *target : {"csv_reader", "json_reader", "timestamp_parser", "case_open"}) {
        const QDir dir(QStringLiteral(AUDITLENS_TEST_DATA "/regressions/") + QLatin1String(target));
        QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), target);
    }
}

void TestFuzzRegressions::inputs_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    for (int t = 0; t < int(std::size(kTargets)); ++t) {
        const std::pair<const char *, QString> roots[] = {
            {"regression", QStringLiteral(AUDITLENS_TEST_DATA "/regressions/")},
            {"seed", QStringLiteral(AUDITLENS_SOURCE_DIR "/tests/fuzz/corpus/")},
        };
        for (const auto &[kind, root] : roots) {
            const QDir dir(root + QLatin1String(kTargets[t].name));
            for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name))
                QTest::addRow("%s/%s/%s", kTargets[t].name, kind, qPrintable(file.fileName()))
                    << t << file.filePath();
        }
    }
}

void TestFuzzRegressions::inputs()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const std::string broken = kTargets[target].check(
        reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    QVERIFY2(broken.empty(), broken.c_str());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
