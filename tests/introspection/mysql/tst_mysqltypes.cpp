// The MySQL introspector's text rules, without a server: type
// normalisation, ENUM/SET label parsing, the default-expression rule, and
// the SQL text it rebuilds (view qualifiers, routines, triggers, partitions).

#include "introspection/mysql/mysqlsqltext.h"
#include "introspection/mysql/mysqltypes.h"

#include <QTest>

using namespace parity;
using namespace parity::mysql;

class TestMysqlTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeColumnType_data();
    void normalizeColumnType();
    void parseEnumLabels_data();
    void parseEnumLabels();
    void onUpdateFromExtra_data();
    void onUpdateFromExtra();
    void normalizeDefault_data();
    void normalizeDefault();
    void stripOuterParentheses_data();
    void stripOuterParentheses();
    void stripSchemaQualifier_data();
    void stripSchemaQualifier();
    void quoting();
    void routineText();
    void triggerText();
    void partitionClause_data();
    void partitionClause();
};

void TestMysqlTypes::normalizeColumnType_data()
{
    QTest::addColumn<QString>("columnType");
    QTest::addColumn<QString>("expected");
    QTest::newRow("int width dropped") << "int(11)"
                                       << "int";
    QTest::newRow("mysql8 int") << "int"
                                << "int";
    QTest::newRow("unsigned kept") << "int(10) unsigned"
                                   << "int unsigned";
    QTest::newRow("bigint zerofill") << "bigint(20) unsigned zerofill"
                                     << "bigint unsigned zerofill";
    QTest::newRow("tinyint(1) is boolean") << "tinyint(1)"
                                           << "tinyint(1)";
    QTest::newRow("tinyint(4)") << "tinyint(4)"
                                << "tinyint";
    QTest::newRow("tinyint(1) unsigned") << "tinyint(1) unsigned"
                                         << "tinyint(1) unsigned";
    QTest::newRow("smallint") << "smallint(6)"
                              << "smallint";
    QTest::newRow("mediumint") << "MEDIUMINT(9)"
                               << "mediumint";
    QTest::newRow("year(4)") << "year(4)"
                             << "year";
    QTest::newRow("varchar kept") << "varchar(255)"
                                  << "varchar(255)";
    QTest::newRow("decimal kept") << "DECIMAL(10,2)"
                                  << "decimal(10,2)";
    QTest::newRow("datetime precision kept") << "datetime(3)"
                                             << "datetime(3)";
    QTest::newRow("enum labels keep case") << "ENUM('Active','it''s')"
                                           << "enum('Active','it''s')";
    QTest::newRow("set") << "set('A','b')"
                         << "set('A','b')";
    QTest::newRow("bit") << "bit(1)"
                         << "bit(1)";
    QTest::newRow("not an int prefix") << "integer_thing"
                                       << "integer_thing";
}

void TestMysqlTypes::normalizeColumnType()
{
    QFETCH(QString, columnType);
    QFETCH(QString, expected);
    QCOMPARE(mysql::normalizeColumnType(columnType), expected);
}

void TestMysqlTypes::parseEnumLabels_data()
{
    QTest::addColumn<QString>("columnType");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << "enum('a','b')" << QStringList{"a", "b"};
    QTest::newRow("set") << "set('read','write')" << QStringList{"read", "write"};
    QTest::newRow("doubled quote")
        << "enum('it''s \"odd\"','x')" << QStringList{"it's \"odd\"", "x"};
    QTest::newRow("comma and paren inside")
        << "enum('a,b','x)y','')" << QStringList{"a,b", "x)y", ""};
    QTest::newRow("backslash") << "enum('a\\\\b','c\\'d')" << QStringList{"a\\b", "c'd"};
    QTest::newRow("non-ascii") << QStringLiteral("enum('größe','ÄÖ')")
                               << QStringList{QStringLiteral("größe"), QStringLiteral("ÄÖ")};
    QTest::newRow("upper-case keyword") << "ENUM('x')" << QStringList{"x"};
    QTest::newRow("not an enum") << "varchar(10)" << QStringList{};
    QTest::newRow("name starting with set") << "settings" << QStringList{};
}

void TestMysqlTypes::parseEnumLabels()
{
    QFETCH(QString, columnType);
    QFETCH(QStringList, expected);
    QCOMPARE(mysql::parseEnumLabels(columnType), expected);
}

void TestMysqlTypes::normalizeDefault_data()
{
    QTest::addColumn<bool>("mariadb");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("isNull");
    QTest::addColumn<QString>("dataType");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("expected");
    // MariaDB writes SQL expressions.
    QTest::newRow("maria no default") << true << "" << true << "varchar"
                                      << ""
                                      << "";
    QTest::newRow("maria DEFAULT NULL") << true << "NULL" << false << "varchar"
                                        << ""
                                        << "";
    QTest::newRow("maria string 'NULL'") << true << "'NULL'" << false << "varchar"
                                         << ""
                                         << "'NULL'";
    QTest::newRow("maria string") << true << "'it''s new'" << false << "varchar"
                                  << ""
                                  << "'it''s new'";
    QTest::newRow("maria empty string") << true << "''" << false << "varchar"
                                        << ""
                                        << "''";
    QTest::newRow("maria number") << true << "-5" << false << "int"
                                  << ""
                                  << "-5";
    QTest::newRow("maria decimal") << true << "0.00" << false << "decimal"
                                   << ""
                                   << "0.00";
    QTest::newRow("maria timestamp") << true << "current_timestamp()" << false << "timestamp"
                                     << ""
                                     << "current_timestamp()";
    QTest::newRow("maria timestamp(3)") << true << "current_timestamp(3)" << false << "datetime"
                                        << ""
                                        << "current_timestamp(3)";
    QTest::newRow("maria expression") << true << "uuid()" << false << "char"
                                      << ""
                                      << "uuid()";
    QTest::newRow("maria bit") << true << "b'101'" << false << "bit"
                               << ""
                               << "b'101'";
    // MySQL 8 writes raw values.
    QTest::newRow("mysql no default") << false << "" << true << "varchar"
                                      << ""
                                      << "";
    QTest::newRow("mysql string") << false << "it's new" << false << "varchar"
                                  << ""
                                  << "'it''s new'";
    QTest::newRow("mysql string NULL") << false << "NULL" << false << "varchar"
                                       << ""
                                       << "'NULL'";
    QTest::newRow("mysql backslash") << false << "a\\b" << false << "varchar"
                                     << ""
                                     << "'a\\\\b'";
    QTest::newRow("mysql empty string") << false << "" << false << "varchar"
                                        << ""
                                        << "''";
    QTest::newRow("mysql number") << false << "-5" << false << "int"
                                  << ""
                                  << "-5";
    QTest::newRow("mysql date") << false << "2020-01-01" << false << "date"
                                << ""
                                << "'2020-01-01'";
    QTest::newRow("mysql enum") << false << "active" << false << "enum"
                                << ""
                                << "'active'";
    QTest::newRow("mysql timestamp") << false << "CURRENT_TIMESTAMP" << false << "timestamp"
                                     << "DEFAULT_GENERATED"
                                     << "current_timestamp()";
    QTest::newRow("mysql timestamp(3)") << false << "CURRENT_TIMESTAMP(3)" << false << "datetime"
                                        << "DEFAULT_GENERATED on update CURRENT_TIMESTAMP(3)"
                                        << "current_timestamp(3)";
    QTest::newRow("mysql expression") << false << "uuid()" << false << "char"
                                      << "DEFAULT_GENERATED"
                                      << "uuid()";
    QTest::newRow("mysql bit") << false << "b'101'" << false << "bit"
                               << ""
                               << "b'101'";
}

void TestMysqlTypes::normalizeDefault()
{
    QFETCH(bool, mariadb);
    QFETCH(QString, raw);
    QFETCH(bool, isNull);
    QFETCH(QString, dataType);
    QFETCH(QString, extra);
    QFETCH(QString, expected);
    const ColumnDefaultInput input{mariadb ? Flavor::MariaDB : Flavor::MySQL, raw, isNull, dataType,
                                   extra};
    QCOMPARE(mysql::normalizeDefault(input), expected);
}

void TestMysqlTypes::stripOuterParentheses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << "`a` > 0"
                          << "`a` > 0";
    QTest::newRow("one") << "(`a` > 0)"
                         << "`a` > 0";
    QTest::newRow("two") << " ((`a` > 0)) "
                         << "`a` > 0";
    QTest::newRow("separate groups") << "(a) and (b)"
                                     << "(a) and (b)";
    QTest::newRow("paren in string") << "(a <> ')(')"
                                     << "a <> ')('";
    QTest::newRow("paren in identifier") << "(`x)` > 1) or (`y` < 2)"
                                         << "(`x)` > 1) or (`y` < 2)";
}

void TestMysqlTypes::stripOuterParentheses()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(mysql::stripOuterParentheses(input), expected);
}

void TestMysqlTypes::stripSchemaQualifier_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("expected");
    QTest::newRow("table and columns")
        << "select `shop`.`t`.`id` AS `id` from `shop`.`t` where `shop`.`t`.`x` = 'a'"
        << "shop"
        << "select `t`.`id` AS `id` from `t` where `t`.`x` = 'a'";
    QTest::newRow("other schema kept") << "select `o`.`id` from `other`.`t` `o`"
                                       << "shop"
                                       << "select `o`.`id` from `other`.`t` `o`";
    QTest::newRow("inside string literal untouched") << "select '`shop`.`t`' AS `s` from `shop`.`t`"
                                                     << "shop"
                                                     << "select '`shop`.`t`' AS `s` from `t`";
    QTest::newRow("alias named like schema: unchanged")
        << "select `shop`.`id` from `shop`.`t` `shop`"
        << "shop"
        << "select `shop`.`id` from `shop`.`t` `shop`";
    QTest::newRow("table named like schema: unchanged")
        << "select `shop`.`shop`.`id` from `shop`.`shop`"
        << "shop"
        << "select `shop`.`shop`.`id` from `shop`.`shop`";
    QTest::newRow("backtick in schema name") << "select 1 from `we``ird`.`t`"
                                             << "we`ird"
                                             << "select 1 from `t`";
}

void TestMysqlTypes::stripSchemaQualifier()
{
    QFETCH(QString, sql);
    QFETCH(QString, schema);
    QFETCH(QString, expected);
    QCOMPARE(mysql::stripSchemaQualifier(sql, schema), expected);
}

void TestMysqlTypes::quoting()
{
    QCOMPARE(quoteIdentifier(QStringLiteral("we`ird")), QStringLiteral("`we``ird`"));
    QCOMPARE(qualifiedName(QStringLiteral("a b"), QStringLiteral("c`d")),
             QStringLiteral("`a b`.`c``d`"));
    QCOMPARE(quoteString(QStringLiteral("it's a\\b")), QStringLiteral("'it''s a\\\\b'"));
}

void TestMysqlTypes::routineText()
{
    RoutineText proc;
    proc.name = QStringLiteral("bump");
    proc.isFunction = false;
    proc.parameters = {{QStringLiteral("IN"), QStringLiteral("p_id"),
                        QStringLiteral("int(10) unsigned")},
                       {QStringLiteral("OUT"), QStringLiteral("p`x"), QStringLiteral("int(11)")},
                       {QStringLiteral("IN"), QStringLiteral("s"), QStringLiteral("varchar(5)"),
                        QStringLiteral("latin1"), QStringLiteral("latin1_bin")}};
    proc.dataAccess = QStringLiteral("MODIFIES SQL DATA");
    proc.security = QStringLiteral("DEFINER");
    proc.body = QStringLiteral("BEGIN\n  SELECT 1;\nEND");
    QCOMPARE(routineArguments(proc.parameters, false),
             QStringLiteral("IN p_id int(10) unsigned, OUT p`x int(11), IN s varchar(5)"));
    QCOMPARE(createRoutineStatement(proc),
             QStringLiteral(
                 "CREATE PROCEDURE `bump`(IN `p_id` int(10) unsigned, OUT `p``x` int(11), "
                 "IN `s` varchar(5) CHARACTER SET latin1 COLLATE latin1_bin)\n"
                 "    MODIFIES SQL DATA\nBEGIN\n  SELECT 1;\nEND"));

    RoutineText fn;
    fn.name = QStringLiteral("label");
    fn.parameters = {{QStringLiteral("IN"), QStringLiteral("a"), QStringLiteral("int")},
                     {QString(), QStringLiteral("b"), QStringLiteral("varchar(10)")}};
    fn.returnType = QStringLiteral("varchar(200)");
    fn.returnCharacterSet = QStringLiteral("utf8mb4");
    fn.returnCollation = QStringLiteral("utf8mb4_bin");
    fn.deterministic = true;
    fn.dataAccess = QStringLiteral("CONTAINS SQL");
    fn.security = QStringLiteral("INVOKER");
    fn.comment = QStringLiteral("it's");
    fn.body = QStringLiteral("RETURN b");
    QCOMPARE(routineArguments(fn.parameters, true), QStringLiteral("a int, b varchar(10)"));
    QCOMPARE(createRoutineStatement(fn),
             QStringLiteral(
                 "CREATE FUNCTION `label`(`a` int, `b` varchar(10)) RETURNS varchar(200) CHARACTER "
                 "SET utf8mb4 "
                 "COLLATE utf8mb4_bin\n"
                 "    DETERMINISTIC\n    SQL SECURITY INVOKER\n    COMMENT 'it''s'\nRETURN b"));
    // MariaDB 10.8+ functions may have OUT parameters: the mode must show.
    QCOMPARE(routineArguments({{QStringLiteral("OUT"), QStringLiteral("o"), QStringLiteral("int")}},
                              true),
             QStringLiteral("OUT o int"));
}

void TestMysqlTypes::triggerText()
{
    QCOMPARE(createTriggerStatement(QStringLiteral("t 1"), QStringLiteral("BEFORE"),
                                    QStringLiteral("UPDATE"), QStringLiteral("order lines"),
                                    QString(), QStringLiteral("SET @a = 1")),
             QStringLiteral(
                 "CREATE TRIGGER `t 1` BEFORE UPDATE ON `order lines` FOR EACH ROW SET @a = 1"));
    QCOMPARE(createTriggerStatement(QStringLiteral("t2"), QStringLiteral("AFTER"),
                                    QStringLiteral("INSERT"), QStringLiteral("x"),
                                    QStringLiteral("t1"), QStringLiteral("SET @a = 2")),
             QStringLiteral(
                 "CREATE TRIGGER `t2` AFTER INSERT ON `x` FOR EACH ROW FOLLOWS `t1` SET @a = 2"));
}

void TestMysqlTypes::partitionClause_data()
{
    QTest::addColumn<QList<PartitionRow>>("rows");
    QTest::addColumn<QString>("expected");
    const QString range = QStringLiteral("RANGE");
    const QString year = QStringLiteral("year(`taken`)");
    QTest::newRow("range")
        << QList<PartitionRow>{{QStringLiteral("p2023"),
                                {},
                                range,
                                {},
                                year,
                                {},
                                QStringLiteral("2024"),
                                {}},
                               {QStringLiteral("pmax"),
                                {},
                                range,
                                {},
                                year,
                                {},
                                QStringLiteral("MAXVALUE"),
                                QStringLiteral("rest")}}
        << QStringLiteral("RANGE (year(`taken`)) (PARTITION `p2023` VALUES LESS THAN (2024), "
                          "PARTITION `pmax` VALUES LESS THAN MAXVALUE COMMENT = 'rest')");
    QTest::newRow("list columns") << QList<PartitionRow>{
        {QStringLiteral("pa"),
         {},
         QStringLiteral("LIST COLUMNS"),
         {},
         QStringLiteral("`region`"),
         {},
         QStringLiteral("'EU','US'"),
         {}}} << QStringLiteral("LIST COLUMNS (`region`) (PARTITION `pa` VALUES IN ('EU','US'))");
    QTest::newRow("hash") << QList<PartitionRow>{
        {QStringLiteral("p0"), {}, QStringLiteral("HASH"), {}, QStringLiteral("`id`"), {}, {}, {}},
        {QStringLiteral("p1"),
         {},
         QStringLiteral("HASH"),
         {},
         QStringLiteral("`id`"),
         {},
         {},
         {}}} << QStringLiteral("HASH (`id`) (PARTITION `p0`, PARTITION `p1`)");
    QTest::newRow("subpartitions")
        << QList<PartitionRow>{{QStringLiteral("p0"),
                                QStringLiteral("p0sp0"),
                                range,
                                QStringLiteral("HASH"),
                                QStringLiteral("`user_id`"),
                                QStringLiteral("`post_id`"),
                                QStringLiteral("123"),
                                {}},
                               {QStringLiteral("p0"),
                                QStringLiteral("p0sp1"),
                                range,
                                QStringLiteral("HASH"),
                                QStringLiteral("`user_id`"),
                                QStringLiteral("`post_id`"),
                                QStringLiteral("123"),
                                {}},
                               {QStringLiteral("p1"),
                                QStringLiteral("p1sp0"),
                                range,
                                QStringLiteral("HASH"),
                                QStringLiteral("`user_id`"),
                                QStringLiteral("`post_id`"),
                                QStringLiteral("MAXVALUE"),
                                {}}}
        << QStringLiteral("RANGE (`user_id`) SUBPARTITION BY HASH (`post_id`) (PARTITION `p0` "
                          "VALUES LESS THAN (123) "
                          "(SUBPARTITION `p0sp0`, SUBPARTITION `p0sp1`), PARTITION `p1` VALUES "
                          "LESS THAN MAXVALUE "
                          "(SUBPARTITION `p1sp0`))");
    QTest::newRow("none") << QList<PartitionRow>{} << QString();
}

void TestMysqlTypes::partitionClause()
{
    QFETCH(QList<PartitionRow>, rows);
    QFETCH(QString, expected);
    QCOMPARE(mysql::partitionClause(rows), expected);
}

void TestMysqlTypes::onUpdateFromExtra_data()
{
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << "" << "";
    QTest::newRow("auto_increment") << "auto_increment" << "";
    QTest::newRow("mariadb") << "on update current_timestamp()" << "current_timestamp()";
    QTest::newRow("mariadb precision") << "on update current_timestamp(3)" << "current_timestamp(3)";
    QTest::newRow("mysql 8") << "DEFAULT_GENERATED on update CURRENT_TIMESTAMP" << "current_timestamp()";
    QTest::newRow("mysql 8 precision") << "DEFAULT_GENERATED on update CURRENT_TIMESTAMP(6)" << "current_timestamp(6)";
    QTest::newRow("with invisible") << "INVISIBLE on update current_timestamp()" << "current_timestamp()";
}

void TestMysqlTypes::onUpdateFromExtra()
{
    QFETCH(QString, extra);
    QTEST(mysql::onUpdateFromExtra(extra), "expected");
}

QTEST_GUILESS_MAIN(TestMysqlTypes)
#include "tst_mysqltypes.moc"
