#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace parity;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsSurviveQtsParser_data();
    void stringsSurviveQtsParser();
    void nestingAndOrder();
    void emptyContainers();
};

void TestJsonWriter::stringsSurviveQtsParser_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("hello");
    QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\ bye");
    QTest::newRow("control characters") << QStringLiteral("a\nb\tc\rd\be\ff") + QChar(0x01) + QChar(0x1f);
    QTest::newRow("non-ascii") << QStringLiteral("größe 日本 🙂");
    QTest::newRow("empty") << QString();
    // Qt's reader takes a leading U+FEFF for a byte order mark and drops it.
    QTest::newRow("leading byte order mark") << QString(QChar(0xfeff) + QStringLiteral("empty"));
    QTest::newRow("byte order marks") << QString(QStringLiteral("a") + QChar(0xfeff) + QChar(0xfeff) + QStringLiteral("ï»"));
    QTest::newRow("sql") << QStringLiteral("CHECK ((\"order\" > 0) AND (name <> ''::text))");
}

void TestJsonWriter::stringsSurviveQtsParser()
{
    QFETCH(QString, text);
    for (bool indented : {true, false}) {
        JsonWriter w(indented);
        w.beginObject();
        w.key(QLatin1StringView("s"));
        w.value(text);
        w.endObject();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(w.take(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("s")).toString(), text);
    }
}

void TestJsonWriter::nestingAndOrder()
{
    JsonWriter w(false);
    w.beginObject();
    w.key(QLatin1StringView("zeta"));
    w.value(qint64(-42));
    w.key(QLatin1StringView("alpha"));
    w.beginArray();
    w.value(true);
    w.value(false);
    w.beginObject();
    w.key(QLatin1StringView("n"));
    w.value(QLatin1StringView("x"));
    w.endObject();
    w.endArray();
    w.endObject();
    // Keys stay in the order written.
    QCOMPARE(w.take(), QByteArray(R"({"zeta":-42,"alpha":[true,false,{"n":"x"}]})"));
}

void TestJsonWriter::emptyContainers()
{
    JsonWriter w(true);
    w.beginObject();
    w.key(QLatin1StringView("a"));
    w.beginArray();
    w.endArray();
    w.key(QLatin1StringView("o"));
    w.beginObject();
    w.endObject();
    w.endObject();
    const QByteArray out = w.take();
    QCOMPARE(out, QByteArray("{\n    \"a\": [],\n    \"o\": {}\n}\n"));
    QVERIFY(QJsonDocument::fromJson(out).isObject());
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
