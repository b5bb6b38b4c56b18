// Fuzzing the snapshot reader: seeded mutations of the small snapshots in
// tests/data/fuzz/snapshot/ (written by parity-cli inspect --format json).
// Whatever the bytes, snapshotFromJson gives a catalog or an error that
// names the file; bytes that are not UTF-8 are refused as such; and a
// catalog it accepts survives being written and read again unchanged.
#include "mutator.h"
#include "schema/snapshot.h"

#include <QTest>

using namespace parity;

class TestFuzzSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readerAcceptsOrRefuses();
};

void TestFuzzSnapshot::readerAcceptsOrRefuses()
{
    QList<QByteArray> seeds;
    for (const auto &[name, bytes] : test::fuzzCorpus(QStringLiteral("snapshot"))) {
        QVERIFY2(snapshotFromJson(bytes, name),
                 qPrintable(name + QStringLiteral(" is no longer a valid snapshot")));
        seeds << bytes;
    }
    QVERIFY2(seeds.size() >= 2, "the seed corpus tests/data/fuzz/snapshot is missing");

    const QList<QByteArray> tokens = {"{",
                                      "}",
                                      "[",
                                      "]",
                                      "\"",
                                      ":",
                                      ",",
                                      "\\",
                                      "\\u0000",
                                      "\\ud800",
                                      "\\\"",
                                      "null",
                                      "true",
                                      "false",
                                      "0",
                                      "-1",
                                      "1e999",
                                      "1.5",
                                      "2147483648",
                                      "9007199254740993",
                                      "\"\"",
                                      "\"x\"",
                                      "{}",
                                      "[]",
                                      QByteArray("\0", 1),
                                      "\xff",
                                      "\xc3",
                                      "\xe2\x82",
                                      "\xef\xbb\xbf",
                                      "\xed\xa0\x80",
                                      "\xc3\xa9",
                                      " ",
                                      "\n",
                                      "\"name\"",
                                      "\"tables\"",
                                      "\"columns\"",
                                      "\"schemas\"",
                                      "\"indexes\"",
                                      "\"foreignKeys\"",
                                      "\"views\"",
                                      "\"triggers\"",
                                      "\"enums\"",
                                      "\"position\"",
                                      "\"identity\"",
                                      "\"dialect\"",
                                      "\"postgresql\"",
                                      "\"mysql\"",
                                      "\"version\"",
                                      "2"};

    const quint32 seed = test::fuzzSeed();
    const int iterations = test::fuzzIterations(20000);
    qInfo("fuzzing snapshotFromJson: %d iterations, seed %u, %d seed snapshots", iterations, seed,
          int(seeds.size()));
    const QString origin = QStringLiteral("fuzz.parity.json");
    test::Mutator mutator(seed);
    int accepted = 0;
    int notUtf8 = 0;
    for (int i = 0; i < iterations; ++i) {
        const QByteArray input =
            mutator.mutate(seeds.at(mutator.bounded(int(seeds.size()))), tokens, 3);
        const auto where = [&] {
            return QStringLiteral("at iteration %1 (seed %2)").arg(i).arg(seed);
        };
        const auto catalog = snapshotFromJson(input, origin);
        // The judge of "valid UTF-8": Qt's lossy decoder gives the bytes back.
        // (It drops a byte order mark at the very start: start with 'x'.)
        const QByteArray probe = 'x' + input;
        const bool utf8 = QString::fromUtf8(probe).toUtf8() == probe;
        if (!utf8) {
            ++notUtf8;
            if (catalog
                || !catalog.error().message.contains(QStringLiteral("is not valid UTF-8"))) {
                QFAIL(qPrintable(
                    QStringLiteral("bytes that are not UTF-8 were not refused as such %1: %2")
                        .arg(where(),
                             catalog ? QStringLiteral("accepted") : catalog.error().message)));
            }
            continue;
        }
        if (!catalog) {
            if (!catalog.error().message.contains(origin))
                QFAIL(qPrintable(QStringLiteral("error without the file name: \"%1\" %2")
                                     .arg(catalog.error().message, where())));
            continue;
        }
        ++accepted;
        const auto again = snapshotFromJson(snapshotToJson(*catalog), origin);
        if (!again)
            QFAIL(qPrintable(
                QStringLiteral("a snapshot written from an accepted one is refused: \"%1\" %2")
                    .arg(again.error().message, where())));
        if (*again != *catalog) {
            // Say where: the first line in which the two snapshots differ.
            const QStringList first =
                QString::fromUtf8(snapshotToJson(*catalog)).split(QLatin1Char('\n'));
            const QStringList second =
                QString::fromUtf8(snapshotToJson(*again)).split(QLatin1Char('\n'));
            qsizetype line = 0;
            while (line < first.size() && line < second.size() && first.at(line) == second.at(line))
                ++line;
            QFAIL(qPrintable(
                QStringLiteral(
                    "an accepted snapshot changes when written and read again %1: line %2 "
                    "\"%3\" became \"%4\"; the input was:\n%5")
                    .arg(where())
                    .arg(line + 1)
                    .arg(first.value(line), second.value(line), QString::fromUtf8(input))));
        }
    }
    qInfo("%d accepted, %d not UTF-8, %d refused otherwise", accepted, notUtf8,
          iterations - accepted - notUtf8);
    QVERIFY(accepted > 0);
    QVERIFY(notUtf8 > 0);
}

QTEST_GUILESS_MAIN(TestFuzzSnapshot)
#include "tst_fuzz_snapshot.moc"
