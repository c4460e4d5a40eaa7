// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

// The analyst's tags, stars and notes as filter fields: on a case of two generated exports with
// annotations on a few hundred events (duplicates among them), the index finds exactly the events
// SQL finds for each filter, however it reads the case, and its tag, star and note facets count
// what SQL counts under the filter without their own condition. The marks follow a change; the
// command line's --tag, --untagged, --starred and --noted agree; "*" is no tag's name.

#include "annotations/annotationstore.h"
#include "importing/importer.h"
#include "index/annotationmarks.h"
#include "index/eventindex.h"
#include "index/eventindexcollector.h"
#include "index/eventindexstorage.h"
#include "query/columnconditions.h"
#include "query/indexquery.h"
#include "query/sqleventquery.h"
#include "store/casestore.h"
#include "store/sqlitestatement.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace auditlens;

Q_DECLARE_METATYPE(auditlens::Filter)

namespace {
const QStringList kTags = {QStringLiteral("suspicious"), QStringLiteral("benign"),
                           QStringLiteral("needs-review"), QStringLiteral("exfil · ü")};

Filter tagged(const QStringList &include, const QStringList &exclude = {})
{
    Filter f;
    f[FilterField::Tag].include = include;
    f[FilterField::Tag].exclude = exclude;
    return f;
}
} // namespace

class TestAnnotationFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void indexEqualsSql_data();
    void indexEqualsSql();
    void facetsEqualSql();
    void marksFollowAChange();
    void sortsByTagsAndMarks();
    void eventsSharingALine();
    void conditionsOfOneEvent();
    void inWords();
    void starIsNoTagName();
    void commandLine_data();
    void commandLine();

private:
    std::set<qint64> sqlSeqs(const Filter &filter);
    std::set<qint64> indexSeqs(const IndexQuery &query, const Filter &filter);
    bool reloadMarks();

    QTemporaryDir m_dir;
    QString m_case;
    std::unique_ptr<CaseStore> m_store;
    EventIndex m_index;
    std::shared_ptr<AnnotationMarks> m_marks;
    QVector<qint64> m_starred;
};

void TestAnnotationFilter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStringList files;
    for (int s = 0; s < 2; ++s) {
        const QString file = m_dir.filePath(QStringLiteral("export-%1.csv").arg(s));
        QProcess gen;
        gen.start(QStringLiteral("python3"),
                  {QStringLiteral(AUDITLENS_SOURCE_DIR "/scripts/gen_audit.py"), file,
                   QStringLiteral("--rows"), QStringLiteral("3000"), QStringLiteral("--bad"),
                   QStringLiteral("0"), QStringLiteral("--seed"), QString::number(21 + s),
                   QStringLiteral("--shape"), QStringLiteral("current")});
        QVERIFY(gen.waitForFinished(120000) && gen.exitCode() == 0);
        files << file;
    }
    m_case = m_dir.filePath(QStringLiteral("case.auditlens"));
    m_store = std::make_unique<CaseStore>();
    QString error;
    QVERIFY2(m_store->open(m_case, CaseStore::Mode::ReadWrite, &error), qPrintable(error));
    Importer importer(*m_store);
    EventIndexCollector collector;
    importer.setIndexRowsSink(&collector);
    QVERIFY(importer.run(files).ok);
    QVERIFY(collector.keep(m_store->handle()));
    QVERIFY(EventIndexStorage::load(m_store->handle(), &m_index));
    QVERIFY(m_index.size() > 5000);

    // Tags on overlapping random sets, some events with two or three; stars and notes on others.
    QRandomGenerator random(7);
    AnnotationStore annotations(*m_store, QStringLiteral("analyst"));
    auto some = [&](int n) {
        QVector<qint64> seqs;
        for (int i = 0; i < n; ++i)
            seqs << m_index.seq(random.bounded(m_index.size()));
        return seqs;
    };
    int n = 400;
    for (const QString &tag : kTags) {
        const AnnotationChange change = annotations.tag(some(n), tag);
        QVERIFY2(change.ok, qPrintable(change.error));
        n /= 3;
    }
    // Every copy of one duplicate group, so the facets count copies as events.
    QVERIFY(!m_index.duplicatePositions().empty());
    const qint64 copy = m_index.seq(m_index.duplicatePositions().front());
    QVERIFY(annotations.tag({copy}, kTags[0]).ok);
    m_starred = some(150);
    QVERIFY(annotations.star(m_starred).ok);
    QVERIFY(annotations.setNote(some(90), QStringLiteral("seen in the **incident** timeline")).ok);
    QVERIFY(annotations.setCaseNote(QStringLiteral("a note on the case, on no event")).ok);
    QVERIFY(reloadMarks());
    QVERIFY(m_marks->holds(IndexField::Tag));
    QCOMPARE(m_marks->codes(IndexField::Tag), quint32(kTags.size() + 1));
}

bool TestAnnotationFilter::reloadMarks()
{
    m_marks = std::make_shared<AnnotationMarks>();
    QString error;
    const bool ok = AnnotationMarks::load(m_store->handle(), m_index, m_marks.get(), &error);
    if (!ok)
        qWarning() << error;
    return ok;
}

std::set<qint64> TestAnnotationFilter::sqlSeqs(const Filter &filter)
{
    std::set<qint64> seqs;
    QString error;
    const bool ok = SqlEventQuery(*m_store).forEach(
        filter, -1,
        [&](const EventRow &row) {
            seqs.insert(row.seq);
            return true;
        },
        &error);
    if (!ok)
        qWarning() << error;
    return seqs;
}

std::set<qint64> TestAnnotationFilter::indexSeqs(const IndexQuery &query, const Filter &filter)
{
    std::set<qint64> seqs;
    for (const quint32 p : query.run(filter, SortSpec()).positions)
        seqs.insert(m_index.seq(p));
    return seqs;
}

void TestAnnotationFilter::indexEqualsSql_data()
{
    QTest::addColumn<bool>("twoThreads");
    QTest::addColumn<bool>("postings");
    QTest::newRow("one thread") << false << true;
    QTest::newRow("two threads") << true << true;
    QTest::newRow("scans only") << true << false;
}

void TestAnnotationFilter::indexEqualsSql()
{
    QFETCH(bool, twoThreads);
    QFETCH(bool, postings);
    IndexQuery query(m_index);
    query.setAnnotationMarks(m_marks);
    if (twoThreads)
        query.setTwoThreadsFrom(64);
    query.setUsePostings(postings);
    const QueryResult all = query.run(Filter(), SortSpec(), nullptr, 1000);
    const QString actor = all.facets[int(IndexField::Actor)].top.at(0).key;
    const QString action = all.facets[int(IndexField::Action)].top.at(0).key;

    QVector<Filter> filters;
    filters << tagged({kTags[0]}) << tagged({kTags[1], kTags[3]}) << tagged({anyTagValue()})
            << tagged({}, {anyTagValue()}) << tagged({}, {kTags[0]})
            << tagged({anyTagValue()}, {kTags[1]}) << tagged({QStringLiteral("no-such-tag")})
            << tagged({}, {QStringLiteral("no-such-tag")}) << tagged({kTags[2]}, {kTags[2]});
    Filter starred;
    starred[FilterField::Starred].include = {markValue()};
    Filter unstarred;
    unstarred[FilterField::Starred].exclude = {markValue()};
    Filter noted;
    noted[FilterField::Noted].include = {markValue()};
    Filter unnoted;
    unnoted[FilterField::Noted].exclude = {markValue()};
    Filter nonsense; // a mark's only value is "yes"
    nonsense[FilterField::Starred].include = {QStringLiteral("maybe")};
    filters << starred << unstarred << noted << unnoted << nonsense;
    // With the other fields: the pass's own, today's columns, time, duplicates.
    Filter mixed = tagged({kTags[0], kTags[1]});
    mixed[FilterField::Actor].exclude = {actor};
    mixed[FilterField::Starred].exclude = {markValue()};
    filters << mixed;
    Filter withAction = starred;
    withAction[FilterField::Action].include = {action};
    withAction[FilterField::Source].include = {QStringLiteral("2")};
    filters << withAction;
    Filter inTime = tagged({}, {anyTagValue()});
    inTime.hasFrom = true;
    inTime.from = m_index.time(m_index.size() / 3);
    inTime.hasTo = true;
    inTime.to = m_index.time(m_index.size() / 2);
    inTime.duplicates = DuplicateFilter::CollapseExact;
    filters << inTime;
    Filter copies = tagged({kTags[0]});
    copies.duplicates = DuplicateFilter::Duplicates;
    copies[FilterField::Noted].exclude = {markValue()};
    filters << copies;

    for (const Filter &f : filters) {
        const std::set<qint64> expected = sqlSeqs(f);
        QCOMPARE(indexSeqs(query, f), expected);
        // The other facets under an annotation condition (read as the case less the events it
        // leaves out, when that is cheaper): an actor's count is SQL's.
        if (!f[FilterField::Actor].isEmpty())
            continue;
        const QueryResult result = query.run(f, SortSpec(), nullptr, 5);
        for (const FacetValue &v : result.facets[int(IndexField::Actor)].top) {
            Filter one = f;
            one[FilterField::Actor].include = {v.key};
            QCOMPARE(qint64(v.count), qint64(sqlSeqs(one).size()));
        }
    }
    // Not vacuous: the filters find events, and not every event.
    QVERIFY(!sqlSeqs(tagged({kTags[0]})).empty());
    QCOMPARE(sqlSeqs(starred).size(), m_marks->positions(IndexField::Starred, 1).size());
    QVERIFY(sqlSeqs(tagged({}, {anyTagValue()})).size() < m_index.size());
    QVERIFY(!sqlSeqs(copies).empty());
}

void TestAnnotationFilter::facetsEqualSql()
{
    IndexQuery query(m_index);
    query.setAnnotationMarks(m_marks);
    const QueryResult all = query.run(Filter(), SortSpec(), nullptr, 1000);
    Filter actorOut;
    actorOut[FilterField::Actor].exclude = {all.facets[int(IndexField::Actor)].top.at(0).key};
    Filter withTag = actorOut;
    withTag[FilterField::Tag].include = {kTags[1]};
    withTag[FilterField::Starred].include = {markValue()};
    for (const Filter &f : {Filter(), actorOut, withTag, tagged({kTags[2]})}) {
        const QueryResult result = query.run(f, SortSpec(), nullptr, 1000);
        for (const FilterField field :
             {FilterField::Tag, FilterField::Starred, FilterField::Noted}) {
            const IndexField indexField = filterFieldInfo(field).indexField;
            const FacetCounts &facet = result.facets[int(indexField)];
            QVERIFY(facet.inCase);
            QCOMPARE(facet.field, indexField);
            // Every value the case has, counted under the filter without the field's own
            // condition (values without events under it are not listed unless named).
            const QStringList values = field == FilterField::Tag ? kTags : QStringList{markValue()};
            for (const QString &value : values) {
                Filter one = f;
                one[field] = FieldCondition();
                one[field].include = {value};
                const quint32 expected = quint32(sqlSeqs(one).size());
                const auto v = std::find_if(facet.top.begin(), facet.top.end(),
                                            [&](const FacetValue &x) { return x.key == value; });
                const bool named = f[field].include.contains(value);
                if (expected == 0 && !named) {
                    QVERIFY(v == facet.top.end());
                    continue;
                }
                QVERIFY2(v != facet.top.end(), qPrintable(value));
                QCOMPARE(v->count, expected);
                QCOMPARE(v->included, named);
            }
        }
    }
}

void TestAnnotationFilter::marksFollowAChange()
{
    IndexQuery query(m_index);
    query.setAnnotationMarks(m_marks);
    const Filter fresh = tagged({QStringLiteral("fresh")});
    QVERIFY(indexSeqs(query, fresh).empty());
    const QVector<qint64> seqs = {m_index.seq(3), m_index.seq(m_index.size() - 2)};
    AnnotationStore annotations(*m_store, QStringLiteral("analyst"));
    QVERIFY(annotations.tag(seqs, QStringLiteral("fresh")).ok);
    QVERIFY(annotations.unstar({m_starred.front()}).ok);
    QVERIFY(reloadMarks());
    query.setAnnotationMarks(m_marks);
    QCOMPARE(indexSeqs(query, fresh), std::set<qint64>(seqs.begin(), seqs.end()));
    Filter starred;
    starred[FilterField::Starred].include = {markValue()};
    QCOMPARE(indexSeqs(query, starred), sqlSeqs(starred));
    QVERIFY(!indexSeqs(query, starred).count(m_starred.front()));
    QVERIFY(annotations.untag(seqs, QStringLiteral("fresh")).ok);
    QVERIFY(reloadMarks());
}

// A JSON array written on one line holds every event at line 1: an annotation is matched to its
// event by the id too, in the index as in SQL.
void TestAnnotationFilter::sortsByTagsAndMarks()
{
    // Each event's tags and marks as SQL finds them, then the order the Tags and the star-and-note
    // columns must give: by the sorted names (case aside first), marked events first and the
    // others last in either direction, ties in time order.
    QVERIFY(reloadMarks());
    auto before = [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    };
    std::map<qint64, QStringList> tagsOf;
    for (const QString &tag : kTags) {
        for (const qint64 seq : sqlSeqs(tagged({tag})))
            tagsOf[seq] << tag;
    }
    for (auto &[seq, names] : tagsOf)
        std::sort(names.begin(), names.end(), before);
    Filter starred, noted;
    starred[FilterField::Starred].include = QStringList{markValue()};
    noted[FilterField::Noted].include = QStringList{markValue()};
    const std::set<qint64> stars = sqlSeqs(starred), notes = sqlSeqs(noted);
    QVERIFY(!stars.empty() && !notes.empty());

    IndexQuery query(m_index);
    query.setAnnotationMarks(m_marks);
    for (const bool descending : {false, true}) {
        // Tags: (untagged?, names), names compared as lists.
        const QueryResult byTags = query.run(Filter(), SortSpec{EventColumn::Tags, descending});
        QCOMPARE(byTags.positions.size(), size_t(m_index.size()));
        bool untaggedSeen = false;
        size_t tagged = 0;
        for (size_t i = 0; i < byTags.positions.size(); ++i) {
            const auto it = tagsOf.find(m_index.seq(byTags.positions[i]));
            const bool prevUntagged = i > 0 && !tagsOf.count(m_index.seq(byTags.positions[i - 1]));
            if (it == tagsOf.end()) { // the untagged come after every tagged event, in time order
                if (untaggedSeen)
                    QVERIFY(byTags.positions[i - 1] < byTags.positions[i]);
                untaggedSeen = true;
                continue;
            }
            QVERIFY2(!untaggedSeen, "a tagged event after an untagged one");
            ++tagged;
            if (i == 0 || prevUntagged)
                continue;
            const QStringList &prev = tagsOf.at(m_index.seq(byTags.positions[i - 1]));
            const QStringList &cur = it->second;
            const bool wrong = descending
                                   ? std::lexicographical_compare(prev.begin(), prev.end(),
                                                                  cur.begin(), cur.end(), before)
                                   : std::lexicographical_compare(cur.begin(), cur.end(),
                                                                  prev.begin(), prev.end(), before);
            QVERIFY2(!wrong,
                     qPrintable(prev.join(u',') + QStringLiteral(" then ") + cur.join(u',')));
            if (prev == cur)
                QVERIFY(byTags.positions[i - 1] < byTags.positions[i]);
        }
        QCOMPARE(tagged, tagsOf.size());

        // The star and the note: starred and noted, starred, noted, then the rest.
        const QueryResult byMarks = query.run(Filter(), SortSpec{EventColumn::Marks, descending});
        auto rankOf = [&](quint32 position) {
            const qint64 seq = m_index.seq(position);
            const bool s = stars.count(seq), n = notes.count(seq);
            const int rank = s && n ? 0 : s ? 1 : n ? 2 : 3;
            return rank == 3 || !descending ? rank : 2 - rank;
        };
        for (size_t i = 1; i < byMarks.positions.size(); ++i) {
            const int prev = rankOf(byMarks.positions[i - 1]), cur = rankOf(byMarks.positions[i]);
            QVERIFY(prev <= cur);
            if (prev == cur)
                QVERIFY(byMarks.positions[i - 1] < byMarks.positions[i]);
        }
        QCOMPARE(rankOf(byMarks.positions.back()), 3);
    }
    // Without marks, both keep time order.
    IndexQuery bare(m_index);
    const QueryResult plain = bare.run(Filter(), SortSpec{EventColumn::Tags, false});
    QVERIFY(std::is_sorted(plain.positions.begin(), plain.positions.end()));
}

void TestAnnotationFilter::eventsSharingALine()
{
    const QString pretty = m_dir.filePath(QStringLiteral("array.json"));
    const QString oneLine = m_dir.filePath(QStringLiteral("one-line.json"));
    QProcess gen;
    gen.start(QStringLiteral("python3"),
              {QStringLiteral(AUDITLENS_SOURCE_DIR "/scripts/gen_audit.py"), pretty,
               QStringLiteral("--rows"), QStringLiteral("40"), QStringLiteral("--bad"),
               QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("json-array")});
    QVERIFY(gen.waitForFinished(60000) && gen.exitCode() == 0);
    gen.start(QStringLiteral("python3"),
              {QStringLiteral("-c"),
               QStringLiteral("import json,sys; json.dump(json.load(open(sys.argv[1])), "
                              "open(sys.argv[2], 'w'))"),
               pretty, oneLine});
    QVERIFY(gen.waitForFinished(60000) && gen.exitCode() == 0);
    CaseStore store;
    QString error;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("one-line.auditlens")),
                       CaseStore::Mode::ReadWrite, &error));
    Importer importer(store);
    EventIndexCollector collector;
    importer.setIndexRowsSink(&collector);
    QVERIFY(importer.run({oneLine}).ok);
    QVERIFY(collector.keep(store.handle()));
    EventIndex index;
    QVERIFY(EventIndexStorage::load(store.handle(), &index));
    QVERIFY(index.size() >= 38);
    // Every event at one line: the case says so.
    QCOMPARE(SqliteStatement::scalar(store.handle(), "SELECT count(DISTINCT line) FROM events"), 1);
    AnnotationStore annotations(store, QStringLiteral("analyst"));
    QVERIFY(annotations.tag({index.seq(2), index.seq(7)}, kTags[0]).ok);
    QVERIFY(annotations.star({index.seq(5)}).ok);
    AnnotationMarks marks;
    QVERIFY(AnnotationMarks::load(store.handle(), index, &marks, &error));
    QCOMPARE(marks.positions(IndexField::Tag, 1), (std::vector<quint32>{2, 7}));
    QCOMPARE(marks.positions(IndexField::Starred, 1), std::vector<quint32>{5});
    QCOMPARE(SqlEventQuery(store).count(tagged({kTags[0]})), 2);
}

void TestAnnotationFilter::conditionsOfOneEvent()
{
    // The reveal of an event asks whether it passes each condition: the same answer as the query.
    const ColumnConditions conditions(m_index, {}, m_marks.get());
    const std::vector<quint32> &starred = m_marks->positions(IndexField::Starred, 1);
    QVERIFY(!starred.empty());
    FieldCondition star;
    star.include = {markValue()};
    FieldCondition noStar;
    noStar.exclude = {markValue()};
    QVERIFY(conditions.passes(FilterField::Starred, star, starred.front()));
    QVERIFY(!conditions.passes(FilterField::Starred, noStar, starred.front()));
    const std::vector<quint32> &firstTag = m_marks->positions(IndexField::Tag, 1);
    FieldCondition tag;
    tag.include = {m_marks->key(IndexField::Tag, 1)};
    QVERIFY(conditions.passes(FilterField::Tag, tag, firstTag.front()));
    FieldCondition untagged;
    untagged.exclude = {anyTagValue()};
    QVERIFY(!conditions.passes(FilterField::Tag, untagged, firstTag.front()));
    quint32 plain = 0;
    while (m_marks->carries(IndexField::Tag, 0, plain))
        ++plain;
    QVERIFY(conditions.passes(FilterField::Tag, untagged, plain));
    QVERIFY(!conditions.passes(FilterField::Tag, tag, plain));
    // Without the marks, no event carries one.
    const ColumnConditions bare(m_index);
    QVERIFY(!bare.passes(FilterField::Starred, star, starred.front()));
}

void TestAnnotationFilter::inWords()
{
    QCOMPARE(tagged({anyTagValue()}).describe(), QStringLiteral("tagged"));
    QCOMPARE(tagged({}, {anyTagValue()}).describe(), QStringLiteral("untagged"));
    QCOMPARE(tagged({kTags[0]}, {kTags[1]}).describe(),
             QStringLiteral("tag in (suspicious) AND tag not in (benign)"));
    Filter f;
    f[FilterField::Starred].include = {markValue()};
    f[FilterField::Noted].exclude = {markValue()};
    QCOMPARE(f.describe(), QStringLiteral("starred AND not noted"));
}

void TestAnnotationFilter::starIsNoTagName()
{
    QVERIFY(!AnnotationStore::isTagName(QStringLiteral("*")));
    QVERIFY(AnnotationStore::isTagName(QStringLiteral("*x")));
    AnnotationStore annotations(*m_store, QStringLiteral("analyst"));
    const AnnotationChange change = annotations.tag({m_index.seq(0)}, QStringLiteral("*"));
    QVERIFY(!change.ok);
    QVERIFY2(change.error.contains(QLatin1String("any tag")), qPrintable(change.error));
}

void TestAnnotationFilter::commandLine_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<Filter>("filter");
    Filter f;
    QTest::newRow("--tag") << QStringList{QStringLiteral("--tag"), kTags[0]} << tagged({kTags[0]});
    QTest::newRow("--tag twice") << QStringList{QStringLiteral("--tag"), kTags[1],
                                                QStringLiteral("--tag"), kTags[3]}
                                 << tagged({kTags[1], kTags[3]});
    QTest::newRow("--tag '*'") << QStringList{QStringLiteral("--tag"), QStringLiteral("*")}
                               << tagged({anyTagValue()});
    QTest::newRow("--untagged") << QStringList{QStringLiteral("--untagged")}
                                << tagged({}, {anyTagValue()});
    f[FilterField::Starred].include = {markValue()};
    QTest::newRow("--starred") << QStringList{QStringLiteral("--starred")} << f;
    f = Filter();
    f[FilterField::Starred].exclude = {markValue()};
    f[FilterField::Noted].include = {markValue()};
    QTest::newRow("--unstarred --noted")
        << QStringList{QStringLiteral("--unstarred"), QStringLiteral("--noted")} << f;
    f = tagged({kTags[0]});
    f[FilterField::Noted].exclude = {markValue()};
    QTest::newRow("--tag --unnoted")
        << QStringList{QStringLiteral("--tag"), kTags[0], QStringLiteral("--unnoted")} << f;
}

void TestAnnotationFilter::commandLine()
{
    QFETCH(QStringList, options);
    QFETCH(Filter, filter);
    QProcess cli;
    cli.start(QStringLiteral(AUDITLENS_CLI), QStringList{QStringLiteral("query"), m_case} +
                                                 options + QStringList{QStringLiteral("--count")});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    const qint64 expected = qint64(sqlSeqs(filter).size());
    QVERIFY(expected > 0);
    QCOMPARE(cli.readAllStandardOutput().trimmed().toLongLong(), expected);
}

QTEST_GUILESS_MAIN(TestAnnotationFilter)
#include "tst_annotationfilter.moc"
