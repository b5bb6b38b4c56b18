#include "introspection/postgres/postgrestypes.h"

#include <QTest>

using namespace parity::postgres;

class TestPostgresTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeType_data();
    void normalizeType();
    void stripOuterParentheses_data();
    void stripOuterParentheses();
    void quoteIdentifier_data();
    void quoteIdentifier();
    void triggerType_data();
    void triggerType();
    void referentialAction_data();
    void referentialAction();
    void numberList();
    void aggregateDefinition();
};

void TestPostgresTypes::normalizeType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("expected");

    // clang-format off
    QTest::newRow("integer") << "integer" << "integer";
    QTest::newRow("int4") << "int4" << "integer";
    QTest::newRow("int") << "INT" << "integer";
    QTest::newRow("serial") << "serial" << "integer";
    QTest::newRow("int2") << "int2" << "smallint";
    QTest::newRow("int8") << "int8" << "bigint";
    QTest::newRow("bigserial") << "bigserial" << "bigint";
    QTest::newRow("bool") << "bool" << "boolean";
    QTest::newRow("boolean") << "boolean" << "boolean";
    QTest::newRow("varchar long") << "character varying(255)" << "varchar(255)";
    QTest::newRow("varchar short") << "varchar(255)" << "varchar(255)";
    QTest::newRow("varchar upper") << "VARCHAR(40)" << "varchar(40)";
    QTest::newRow("varchar unbounded") << "character varying" << "varchar";
    QTest::newRow("char") << "character(10)" << "char(10)";
    QTest::newRow("bare character") << "character" << "char(1)";
    QTest::newRow("bpchar") << "bpchar" << "bpchar";
    QTest::newRow("internal char") << "\"char\"" << "\"char\"";
    QTest::newRow("timestamp") << "timestamp without time zone" << "timestamp";
    QTest::newRow("timestamp(3)") << "timestamp(3) without time zone" << "timestamp(3)";
    QTest::newRow("timestamptz") << "timestamp with time zone" << "timestamptz";
    QTest::newRow("timestamptz(6)") << "timestamp(6) with time zone" << "timestamptz(6)";
    QTest::newRow("timestamptz alias") << "timestamptz" << "timestamptz";
    QTest::newRow("time") << "time without time zone" << "time";
    QTest::newRow("timetz(2)") << "time(2) with time zone" << "timetz(2)";
    QTest::newRow("double") << "double precision" << "double precision";
    QTest::newRow("float8") << "float8" << "double precision";
    QTest::newRow("float(10)") << "float(10)" << "real";
    QTest::newRow("float(40)") << "float(40)" << "double precision";
    QTest::newRow("float4") << "float4" << "real";
    QTest::newRow("numeric spaces") << "numeric(10, 2)" << "numeric(10,2)";
    QTest::newRow("decimal") << "decimal(8,3)" << "numeric(8,3)";
    QTest::newRow("varbit") << "bit varying(5)" << "varbit(5)";
    QTest::newRow("bit") << "bit(3)" << "bit(3)";
    QTest::newRow("int array") << "integer[]" << "integer[]";
    QTest::newRow("int4 array") << "int4[]" << "integer[]";
    QTest::newRow("varchar array") << "character varying(20)[]" << "varchar(20)[]";
    QTest::newRow("timestamptz array") << "timestamp with time zone[]" << "timestamptz[]";
    QTest::newRow("interval fields") << "interval year to month" << "interval year to month";
    QTest::newRow("user type") << "mood" << "mood";
    QTest::newRow("quoted user type") << "\"Mood\"" << "\"Mood\"";
    QTest::newRow("qualified user type") << "\"RevenueConnection\".\"Status\"[]" << "\"RevenueConnection\".\"Status\"[]";
    QTest::newRow("qualified plain") << "billing.status" << "billing.status";
    // clang-format on
}

void TestPostgresTypes::normalizeType()
{
    QFETCH(QString, type);
    QFETCH(QString, expected);
    QCOMPARE(parity::postgres::normalizeType(type), expected);
}

void TestPostgresTypes::stripOuterParentheses_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");

    // clang-format off
    QTest::newRow("wrapped") << "(amount > (0)::numeric)" << "amount > (0)::numeric";
    QTest::newRow("two groups") << "(a > 0) AND (b > 0)" << "(a > 0) AND (b > 0)";
    QTest::newRow("bare call") << "f(x)" << "f(x)";
    QTest::newRow("paren in literal") << "(name <> ')')" << "name <> ')'";
    QTest::newRow("literal closes early") << "(a = '(') OR (b = ')')" << "(a = '(') OR (b = ')')";
    QTest::newRow("quoted name") << "(\"we)ird\" IS NOT NULL)" << "\"we)ird\" IS NOT NULL";
    QTest::newRow("doubled quote") << "(x <> 'it''s)')" << "x <> 'it''s)'";
    QTest::newRow("empty") << "" << "";
    // clang-format on
}

void TestPostgresTypes::stripOuterParentheses()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    QCOMPARE(parity::postgres::stripOuterParentheses(expression), expected);
}

void TestPostgresTypes::quoteIdentifier_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    // clang-format off
    QTest::newRow("plain") << "customer" << "\"customer\"";
    QTest::newRow("mixed case") << "RevenueConnection" << "\"RevenueConnection\"";
    QTest::newRow("embedded quote") << "we\"ird" << "\"we\"\"ird\"";
    QTest::newRow("reserved") << "select" << "\"select\"";
    QTest::newRow("non-ASCII") << QStringLiteral("größe") << QStringLiteral("\"größe\"");
    // clang-format on
}

void TestPostgresTypes::quoteIdentifier()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(parity::postgres::quoteIdentifier(name), expected);
}

void TestPostgresTypes::triggerType_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("timing");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<bool>("forEachRow");

    // clang-format off
    QTest::newRow("before insert or update row") << (1 | 2 | 4 | 16) << "BEFORE" << QStringList{"INSERT", "UPDATE"} << true;
    QTest::newRow("after delete or truncate statement") << (8 | 32) << "AFTER" << QStringList{"DELETE", "TRUNCATE"} << false;
    QTest::newRow("instead of insert row") << (1 | 4 | 64) << "INSTEAD OF" << QStringList{"INSERT"} << true;
    QTest::newRow("all events in order") << (4 | 8 | 16 | 32) << "AFTER" << QStringList{"INSERT", "UPDATE", "DELETE", "TRUNCATE"} << false;
    // clang-format on
}

void TestPostgresTypes::triggerType()
{
    QFETCH(int, bits);
    QFETCH(QString, timing);
    QFETCH(QStringList, events);
    QFETCH(bool, forEachRow);
    const TriggerType type = decodeTriggerType(bits);
    QCOMPARE(type.timing, timing);
    QCOMPARE(type.events, events);
    QCOMPARE(type.forEachRow, forEachRow);
}

void TestPostgresTypes::referentialAction_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("action");

    // clang-format off
    QTest::newRow("a") << "a" << "NO ACTION";
    QTest::newRow("r") << "r" << "RESTRICT";
    QTest::newRow("c") << "c" << "CASCADE";
    QTest::newRow("n") << "n" << "SET NULL";
    QTest::newRow("d") << "d" << "SET DEFAULT";
    // clang-format on
}

void TestPostgresTypes::referentialAction()
{
    QFETCH(QString, code);
    QFETCH(QString, action);
    QCOMPARE(parity::postgres::referentialAction(code), action);
}

void TestPostgresTypes::numberList()
{
    QCOMPARE(parseNumberList(QStringLiteral("1 2 13")), (QList<int>{1, 2, 13}));
    QCOMPARE(parseNumberList(QString()), QList<int>{});
    QCOMPARE(matchKind(QStringLiteral("f")), QStringLiteral("FULL"));
    QCOMPARE(matchKind(QStringLiteral("s")), QString());
}

void TestPostgresTypes::aggregateDefinition()
{
    AggregateParts parts;
    parts.qualifiedName = QStringLiteral("public.\"my max\"");
    parts.arguments = QStringLiteral("integer");
    parts.stateFunction = QStringLiteral("int4larger");
    parts.stateType = QStringLiteral("integer");
    parts.sortOperator = QStringLiteral(">");
    QCOMPARE(parity::postgres::aggregateDefinition(parts),
             QStringLiteral("CREATE AGGREGATE public.\"my max\"(integer) (\n"
                            "    SFUNC = int4larger,\n"
                            "    STYPE = integer,\n"
                            "    SORTOP = >\n"
                            ");"));

    // An empty initial condition is still one; a quote in it is doubled.
    parts.sortOperator.clear();
    parts.initialCondition = QString();
    QVERIFY(
        parity::postgres::aggregateDefinition(parts).contains(QStringLiteral("INITCOND = ''\n")));
    parts.initialCondition = QStringLiteral("it's");
    parts.finalFunction = QStringLiteral("finish");
    parts.hypothetical = true;
    const QString text = parity::postgres::aggregateDefinition(parts);
    QVERIFY2(text.contains(QStringLiteral(
                 "FINALFUNC = finish,\n    INITCOND = 'it''s',\n    HYPOTHETICAL\n")),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestPostgresTypes)
#include "tst_postgrestypes.moc"
