#include "diff/sqlnormalizer.h"

#include <QTest>

using namespace parity;

class TestSqlNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expressionsThatMeanTheSame_data();
    void expressionsThatMeanTheSame();
    void expressionsThatDiffer_data();
    void expressionsThatDiffer();
    void whitespaceKeepsCaseAndCasts();
};

void TestSqlNormalizer::expressionsThatMeanTheSame_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("text cast") << "'pending'::text" << "'pending'";
    QTest::newRow("varchar cast") << "'PENDING'::character varying" << "'PENDING'";
    QTest::newRow("varchar(20) cast") << "'x'::character varying(20)" << "'x'";
    QTest::newRow("timestamp cast") << "'2020-01-01 00:00:00'::timestamp without time zone" << "'2020-01-01 00:00:00'";
    QTest::newRow("array cast") << "'{}'::integer[]" << "'{}'";
    QTest::newRow("numeric cast") << "(0)::numeric" << "0";
    QTest::newRow("regclass") << "nextval('orders_id_seq'::regclass)" << "nextval('orders_id_seq')";
    QTest::newRow("outer parentheses") << "((price > (0)::numeric))" << "price > 0";
    QTest::newRow("whitespace") << "price  >\n 0 AND  qty>=1" << "price > 0 and qty >= 1";
    QTest::newRow("keyword case") << "CURRENT_TIMESTAMP" << "current_timestamp";
    QTest::newRow("cast inside expression") << "(name)::text <> ''::text" << "name <> ''";
    QTest::newRow("cast then keyword") << "status::text = 'a'::text AND x" << "status = 'a' and x";
    QTest::newRow("trailing semicolon") << "now();" << "now()";
}

void TestSqlNormalizer::expressionsThatMeanTheSame()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(sqlnormal::expression(a), sqlnormal::expression(b));
}

void TestSqlNormalizer::expressionsThatDiffer_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("literal case") << "'PENDING'" << "'pending'";
    QTest::newRow("literal spaces") << "'a  b'" << "'a b'";
    QTest::newRow("quoted identifier case") << "\"Total\" > 0" << "\"total\" > 0";
    QTest::newRow("different number") << "0" << "0.00";
    QTest::newRow("inner parentheses matter") << "(a + b) * c" << "a + b * c";
    QTest::newRow("words stay apart") << "a or b" << "aorb";
    QTest::newRow("two groups are not one") << "(a) and (b)" << "a) and (b";
}

void TestSqlNormalizer::expressionsThatDiffer()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY2(sqlnormal::expression(a) != sqlnormal::expression(b), qPrintable(sqlnormal::expression(a)));
}

void TestSqlNormalizer::whitespaceKeepsCaseAndCasts()
{
    QCOMPARE(sqlnormal::whitespace(QStringLiteral(" SELECT  a::text ,\n b FROM \"T\" ; ")),
             QStringLiteral("SELECT a::text,b FROM \"T\""));
}

QTEST_GUILESS_MAIN(TestSqlNormalizer)
#include "tst_sqlnormalizer.moc"
