// decodeUtf8Strictly: UTF-8 comes through unchanged, anything else is
// refused with the line and byte offset of the first bad sequence.
#include "common/textdecoding.h"

#include <QTest>

using namespace parity;

class TestTextDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesUtf8_data();
    void decodesUtf8();
    void refusesInvalidUtf8_data();
    void refusesInvalidUtf8();
};

void TestTextDecoding::decodesUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("ascii") << QByteArray("CREATE TABLE t (id int);\n")
                           << QStringLiteral("CREATE TABLE t (id int);\n");
    QTest::newRow("two, three and four bytes")
        << QByteArray("-- caf\xc3\xa9 \xe2\x82\xac \xf0\x9d\x84\x9e")
        << QStringLiteral("-- café € \U0001D11E");
    QTest::newRow("byte order mark dropped")
        << QByteArray("\xef\xbb\xbfSELECT 1") << QStringLiteral("SELECT 1");
    QTest::newRow("largest code point")
        << QByteArray("\xf4\x8f\xbf\xbf") << QStringLiteral("\U0010FFFF");
    QTest::newRow("nul byte is text")
        << QByteArray("a\0b", 3) << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
}

void TestTextDecoding::decodesUtf8()
{
    QFETCH(QByteArray, bytes);
    const auto text = decodeUtf8Strictly(bytes, QStringLiteral("x.sql"));
    QVERIFY2(text, qPrintable(text ? QString() : text.error().message));
    QTEST(*text, "text");
}

void TestTextDecoding::refusesInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("offset");
    QTest::newRow("latin-1 on line 3") << QByteArray("-- a\n-- b\n-- caf\xe9\n") << 3 << 16;
    QTest::newRow("continuation byte first") << QByteArray("\x80SELECT 1") << 1 << 0;
    QTest::newRow("overlong slash") << QByteArray("ab\xc0\xaf") << 1 << 2;
    QTest::newRow("overlong three bytes") << QByteArray("\n\xe0\x80\xaf") << 2 << 1;
    QTest::newRow("utf-16 surrogate") << QByteArray("x\xed\xa0\x80y") << 1 << 1;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 1 << 0;
    QTest::newRow("lead byte F5") << QByteArray("ok\n\xf5\x80\x80\x80") << 2 << 3;
    QTest::newRow("cut short at the end") << QByteArray("ab\xe2\x82") << 1 << 2;
    QTest::newRow("cut short in the middle") << QByteArray("\xe2\x82x\n") << 1 << 0;
    QTest::newRow("utf-16 file") << QByteArray("\xff\xfe-\0-\0", 6) << 1 << 0;
    QTest::newRow("after good multibyte") << QByteArray("\xc3\xa9\n\xc3\xa9\xff") << 2 << 5;
}

void TestTextDecoding::refusesInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, offset);
    const auto text = decodeUtf8Strictly(bytes, QStringLiteral("schema.sql"));
    QVERIFY(!text);
    QCOMPARE(text.error().code, Error::Code::InvalidInput);
    QCOMPARE(text.error().message,
             QStringLiteral(
                 "schema.sql: line %1 is not valid UTF-8 (byte offset %2): save the file as UTF-8")
                 .arg(line)
                 .arg(offset));
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
