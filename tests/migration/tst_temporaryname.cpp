// temporaryName: the name an object steps aside under fits the server's
// limit in bytes, never cuts a character in half, and is never a name in use.
#include "migration/temporaryname.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace parity;

namespace {

const QString kSuffix = QStringLiteral("__parity_old");

QString repeated(const QString &piece, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

} // namespace

class TestTemporaryName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitsAndDiffers_data();
    void fitsAndDiffers();
    void avoidsTakenNames();
    void noLimitKeepsTheWholeName();
};

void TestTemporaryName::fitsAndDiffers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); ///< empty: shortened, checked by the rules
    QTest::newRow("short name keeps the plain suffix") << "mood"
                                                       << "mood__parity_old";
    QTest::newRow("51 bytes + suffix is exactly 63")
        << repeated(QStringLiteral("a"), 51)
        << QString(repeated(QStringLiteral("a"), 51) + kSuffix);
    QTest::newRow("52 bytes") << repeated(QStringLiteral("b"), 52) << "";
    QTest::newRow("63 ascii bytes") << repeated(QStringLiteral("c"), 63) << "";
    // 31 two-byte characters and one byte: a cut at an odd byte count would
    // fall inside a character.
    QTest::newRow("63 bytes of two-byte characters")
        << QString(repeated(QStringLiteral("ä"), 31) + QStringLiteral("x")) << "";
    QTest::newRow("63 bytes, x first")
        << QString(QStringLiteral("x") + repeated(QStringLiteral("ä"), 31)) << "";
    QTest::newRow("three-byte characters") << repeated(QStringLiteral("€"), 21) << "";
    QTest::newRow("four-byte characters (surrogate pairs)")
        << QString(repeated(QStringLiteral("\U0001F600"), 15) + QStringLiteral("abc")) << "";
    QTest::newRow("longer than the server keeps")
        << repeated(QStringLiteral("long_name_"), 10) << "";
}

void TestTemporaryName::fitsAndDiffers()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString temp = temporaryName(name, kSuffix, 63, [](const QString &) { return false; });
    if (!expected.isEmpty())
        QCOMPARE(temp, expected);
    QVERIFY2(temp.toUtf8().size() <= 63, qPrintable(temp));
    QVERIFY(temp != name);
    // What PostgreSQL keeps of it: the first 63 bytes. Not the name itself.
    QVERIFY(temp.toUtf8().left(63) != name.toUtf8().left(63));
    // Whole characters only: the UTF-8 reads back as the same text.
    QCOMPARE(QString::fromUtf8(temp.toUtf8()), temp);
    QVERIFY(!temp.contains(QChar::ReplacementCharacter));
    if (expected.isEmpty()) {
        static const QRegularExpression shape(QStringLiteral("__parity_old_[0-9a-f]{8}$"));
        QVERIFY2(shape.match(temp).hasMatch(), qPrintable(temp));
        const QString head = temp.left(temp.size() - kSuffix.size() - 9);
        QVERIFY2(name.startsWith(head), qPrintable(head));
        // As much of the name as fits: one more character would not.
        QVERIFY(head.size() < name.size());
        const qsizetype next = name.at(head.size()).isHighSurrogate() ? 2 : 1;
        QVERIFY(name.left(head.size() + next).toUtf8().size() + kSuffix.size() + 9 > 63);
    }
    // The same input gives the same name: plans are reproducible.
    QCOMPARE(temporaryName(name, kSuffix, 63, [](const QString &) { return false; }), temp);
}

void TestTemporaryName::avoidsTakenNames()
{
    QSet<QString> taken = {QStringLiteral("mood__parity_old")};
    auto isTaken = [&](const QString &candidate) {
        return taken.contains(candidate);
    };
    const QString first = temporaryName(QStringLiteral("mood"), kSuffix, 63, isTaken);
    QVERIFY(first != QStringLiteral("mood__parity_old"));
    QVERIFY(first.startsWith(QStringLiteral("mood__parity_old_")));
    taken.insert(first);
    const QString second = temporaryName(QStringLiteral("mood"), kSuffix, 63, isTaken);
    QVERIFY(!taken.contains(second));

    const QString longName = repeated(QStringLiteral("z"), 63);
    const QString long1 = temporaryName(longName, kSuffix, 63, isTaken);
    taken.insert(long1);
    const QString long2 = temporaryName(longName, kSuffix, 63, isTaken);
    QVERIFY(long2 != long1);
    QVERIFY(long2.toUtf8().size() <= 63);
}

void TestTemporaryName::noLimitKeepsTheWholeName()
{
    const QString name = repeated(QStringLiteral("n"), 100);
    QCOMPARE(temporaryName(name, kSuffix, 0, [](const QString &) { return false; }),
             name + kSuffix);
}

QTEST_GUILESS_MAIN(TestTemporaryName)
#include "tst_temporaryname.moc"
