// The MySQL/MariaDB generator's statements for objects that exist, against
// the throwaway MariaDB server. Each case loads FROM and TO into two scratch
// databases, renders the steps the case names from their catalogs (as the
// planner will call the generator), runs them with the `mariadb` client on
// FROM, and demands that FROM then reads back equal to TO. The exact text of
// a few statements is checked too, where the text is the point.

#include "common/jobcontext.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "migration/mysql/mysqlsqlgenerator.h"
#include "schema/catalog.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace parity;

namespace {

QString describe(const ObjectChange &change)
{
    QString text = objectKindKey(change.kind) + QLatin1Char(' ') + changeKindKey(change.change)
                   + QLatin1Char(' ') + change.path();
    for (const FieldChange &f : change.fields)
        text += QStringLiteral("\n    %1: [%2] -> [%3]").arg(f.field, f.from, f.to);
    return text;
}

QString describe(const SchemaDiff &diff)
{
    QStringList lines;
    for (const ObjectChange &change : diff.changes)
        lines << describe(change);
    return lines.join(QLatin1Char('\n'));
}

/// A MySQL catalog keeps a UNIQUE constraint as a unique index; the
/// generator's unique functions take the constraint.
UniqueConstraint uniqueFrom(const Index &index)
{
    UniqueConstraint u;
    u.name = index.name;
    for (const IndexKey &key : index.keys)
        u.columns << key.expression;
    return u;
}

template<typename T>
const T *named(const QList<T> &list, const QString &name)
{
    for (const T &item : list) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

/// The statements one step names, from FROM's and TO's only schema. A step
/// is "verb|argument|…" ('|' because names hold spaces). Objects that go
/// away come from FROM, objects that arrive from TO, as the planner passes
/// them; nullopt when the step names something the catalogs lack.
std::optional<QStringList> render(const SqlGenerator &g, const Schema &from, const Schema &to,
                                  const QString &step)
{
    const QStringList a = step.split(QLatin1Char('|'));
    const QString &verb = a.first();
    auto arg = [&](qsizetype i) {
        return i < a.size() ? a.at(i) : QString();
    };
    const Table *ft = from.table(arg(1));
    const Table *tt = to.table(arg(1));
    const Column *fc = ft ? ft->column(arg(2)) : nullptr;
    const Column *tc = tt ? tt->column(arg(2)) : nullptr;
    const Index *fi = ft ? named(ft->indexes, arg(2)) : nullptr;
    const Index *ti = tt ? named(tt->indexes, arg(2)) : nullptr;

    if (verb == QLatin1String("addColumn") && tt && tc)
        return g.addColumn(*tt, *tc);
    if (verb == QLatin1String("dropColumn") && ft && fc)
        return g.dropColumn(*ft, *fc);
    if (verb == QLatin1String("alterColumn") && tt && tc) {
        // "alterColumn|table|name|FROM's name" after a rename.
        const Column *old = ft ? ft->column(a.size() > 3 ? arg(3) : arg(2)) : nullptr;
        if (old)
            return g.alterColumn(*tt, *old, *tc);
    }
    if (verb == QLatin1String("renameColumn") && ft)
        return g.renameColumn(*ft, arg(2), arg(3));
    if (verb == QLatin1String("renameTable") && ft)
        return g.renameTable(*ft, arg(2));
    if (verb == QLatin1String("addPrimaryKey") && tt && tt->primaryKey)
        return g.addPrimaryKey(*tt, *tt->primaryKey);
    if (verb == QLatin1String("dropPrimaryKey") && ft && ft->primaryKey)
        return g.dropPrimaryKey(*ft, *ft->primaryKey);
    if (verb == QLatin1String("addUnique") && tt && ti)
        return g.addUnique(*tt, uniqueFrom(*ti));
    if (verb == QLatin1String("dropUnique") && ft && fi)
        return g.dropUnique(*ft, uniqueFrom(*fi));
    if (verb == QLatin1String("createIndex") && tt && ti)
        return g.createIndex(to.name, tt->name, *ti);
    if (verb == QLatin1String("dropIndex") && ft && fi)
        return g.dropIndex(from.name, ft->name, *fi);
    if (verb == QLatin1String("addCheck") && tt && named(tt->checks, arg(2)))
        return g.addCheck(*tt, *named(tt->checks, arg(2)));
    if (verb == QLatin1String("dropCheck") && ft && named(ft->checks, arg(2)))
        return g.dropCheck(*ft, *named(ft->checks, arg(2)));
    if (verb == QLatin1String("dropForeignKey") && ft && named(ft->foreignKeys, arg(2)))
        return g.dropForeignKey(*ft, *named(ft->foreignKeys, arg(2)));
    if (verb == QLatin1String("alterTable") && ft && to.table(arg(2).isEmpty() ? arg(1) : arg(2)))
        return g.alterTable(*ft, *to.table(arg(2).isEmpty() ? arg(1) : arg(2)));
    if (verb == QLatin1String("dropTable") && ft)
        return g.dropTable(*ft);
    if (verb == QLatin1String("dropView") && from.view(arg(1)))
        return g.dropView(*from.view(arg(1)));
    if (verb == QLatin1String("dropRoutine") && named(from.routines, arg(1)))
        return g.dropRoutine(*named(from.routines, arg(1)));
    if (verb == QLatin1String("commentOnRoutine") && named(to.routines, arg(1)))
        return g.commentOnRoutine(*named(to.routines, arg(1)));
    if (verb == QLatin1String("dropTrigger") && named(from.triggers, arg(1)))
        return g.dropTrigger(from.name, *named(from.triggers, arg(1)));
    if (verb == QLatin1String("dropSequence") && named(from.sequences, arg(1)))
        return g.dropSequence(*named(from.sequences, arg(1)));
    if (verb == QLatin1String("alterSequence") && named(from.sequences, arg(1))
        && named(to.sequences, arg(1)))
        return g.alterSequence(*named(from.sequences, arg(1)), *named(to.sequences, arg(1)));
    if (verb == QLatin1String("commentOnSchema"))
        return g.commentOnSchema(to);
    return std::nullopt;
}

} // namespace

class TestMysqlSqlGeneratorAlter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statementText_data();
    void statementText();
    void nothingWhenNothingDiffers();

    void alter_data();
    void alter();

private:
    MysqlSqlGenerator m_generator;
};

namespace {

Column column(const QString &name, int position, const QString &type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.position = position;
    c.type = type;
    c.nullable = nullable;
    return c;
}

/// `t`(id int AUTO_INCREMENT primary key, `we``ird` varchar(10), c int).
Table sampleTable()
{
    Table t;
    t.schema = QStringLiteral("shop");
    t.name = QStringLiteral("t");
    t.collation = QStringLiteral("utf8mb4_general_ci");
    Column id = column(QStringLiteral("id"), 1, QStringLiteral("int"), false);
    id.identity = IdentityKind::AutoIncrement;
    t.columns = {id, column(QStringLiteral("we`ird"), 2, QStringLiteral("varchar(10)")),
                 column(QStringLiteral("c"), 3, QStringLiteral("int"))};
    t.primaryKey = PrimaryKey{QStringLiteral("PRIMARY"), {QStringLiteral("id")}};
    return t;
}

} // namespace

void TestMysqlSqlGeneratorAlter::statementText_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QStringList>("expected");

    const Table t = sampleTable();
    const MysqlSqlGenerator g;
    QTest::newRow("add after") << g.addColumn(t, t.columns.at(2))
                               << QStringList{
                                      "ALTER TABLE `t` ADD COLUMN `c` int NULL AFTER `we``ird`"};
    {
        // A character column names the table's collation (see definitionIn).
        Table first = t;
        first.columns[1].position = 0;
        QTest::newRow("add first")
            << g.addColumn(first, first.columns.at(1))
            << QStringList{"ALTER TABLE `t` ADD COLUMN `we``ird` varchar(10) COLLATE "
                           "`utf8mb4_general_ci` NULL FIRST"};
    }
    QTest::newRow("drop auto-increment key")
        << g.dropPrimaryKey(t, *t.primaryKey)
        << QStringList{"ALTER TABLE `t` MODIFY COLUMN `id` int NOT NULL, DROP PRIMARY KEY"};
    QTest::newRow("add key gives auto-increment back")
        << g.addPrimaryKey(t, *t.primaryKey)
        << QStringList{"ALTER TABLE `t` ADD PRIMARY KEY (`id`), MODIFY COLUMN `id` int NOT NULL "
                       "AUTO_INCREMENT"};
    QTest::newRow("add auto-increment column without it")
        << g.addColumn(t, t.columns.at(0))
        << QStringList{"ALTER TABLE `t` ADD COLUMN `id` int NOT NULL FIRST"};
    {
        Table kept = t;
        kept.indexes = {Index{QStringLiteral("by id"), {IndexKey{QStringLiteral("id")}}, true}};
        QTest::newRow("drop key of an auto-increment column another key holds")
            << g.dropPrimaryKey(kept, *kept.primaryKey)
            << QStringList{"ALTER TABLE `t` DROP PRIMARY KEY"};
        kept.primaryKey.reset();
        QTest::newRow("add auto-increment column with its index")
            << g.addColumn(kept, kept.columns.at(0))
            << QStringList{"ALTER TABLE `t` ADD COLUMN `id` int NOT NULL AUTO_INCREMENT FIRST, ADD "
                           "UNIQUE INDEX `by id` (`id`)"};
    }
    QTest::newRow("alter states the place")
        << g.alterColumn(t, t.columns.at(2), t.columns.at(2))
        << QStringList{"ALTER TABLE `t` MODIFY COLUMN `c` int NULL AFTER `we``ird`"};
    QTest::newRow("rename column")
        << g.renameColumn(t, QStringLiteral("a`b"), QStringLiteral("%1 c"))
        << QStringList{"ALTER TABLE `t` RENAME COLUMN `a``b` TO `%1 c`"};
    QTest::newRow("rename table") << g.renameTable(t, QStringLiteral("u`v"))
                                  << QStringList{"RENAME TABLE `t` TO `u``v`"};
    QTest::newRow("drop index") << g.dropIndex(QStringLiteral("shop"), QStringLiteral("t"),
                                               Index{QStringLiteral("i`x")})
                                << QStringList{"DROP INDEX `i``x` ON `t`"};
    QTest::newRow("drop check") << g.dropCheck(t, CheckConstraint{QStringLiteral("ck")})
                                << QStringList{"ALTER TABLE `t` DROP CONSTRAINT `ck`"};
    QTest::newRow("no schema objects")
        << (g.dropSchema(QStringLiteral("shop")) + g.dropEnum(EnumType{})
            + g.dropExtension(Extension{})
            + g.commentOnIndex(
                QStringLiteral("shop"),
                Index{QStringLiteral("i"), {}, false, {}, {}, {}, {}, QStringLiteral("c")}))
        << QStringList{};
}

void TestMysqlSqlGeneratorAlter::statementText()
{
    QFETCH(QStringList, statements);
    QFETCH(QStringList, expected);
    QCOMPARE(statements, expected);
}

void TestMysqlSqlGeneratorAlter::nothingWhenNothingDiffers()
{
    Table t = sampleTable();
    t.engine = QStringLiteral("InnoDB");
    t.options = QStringLiteral("row_format=DYNAMIC stats_persistent=0");
    t.comment = QStringLiteral("c");
    QCOMPARE(m_generator.alterTable(t, t), QStringList{});
    Table reordered = t;
    reordered.options = QStringLiteral("stats_persistent=0 row_format=DYNAMIC");
    QCOMPARE(m_generator.alterTable(t, reordered), QStringList{});
    Sequence s;
    s.name = QStringLiteral("s");
    QCOMPARE(m_generator.alterSequence(s, s), QStringList{});
}

void TestMysqlSqlGeneratorAlter::alter_data()
{
    QTest::addColumn<QString>("fromSql");
    QTest::addColumn<QString>("toSql");
    QTest::addColumn<QStringList>("steps");

    auto row = [](const char *tag, const QString &from, const QString &to,
                  const QStringList &steps) {
        QTest::newRow(tag) << from << to << steps;
    };

    // Columns.
    row("add column after", "CREATE TABLE t (a INT, c INT);",
        "CREATE TABLE t (a INT, b VARCHAR(20) NOT NULL DEFAULT 'x' COMMENT 'it''s b', c INT);",
        {"addColumn|t|b"});
    row("add column first", "CREATE TABLE t (a INT, c INT);",
        "CREATE TABLE t (z TEXT, a INT, c INT);", {"addColumn|t|z"});
    row("add two columns together", "CREATE TABLE t (a INT, d INT);",
        "CREATE TABLE t (a INT, b INT, c DATE, d INT);", {"addColumn|t|b", "addColumn|t|c"});
    row("add column last", "CREATE TABLE t (a INT);",
        "CREATE TABLE t (a INT, made DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE "
        "CURRENT_TIMESTAMP);",
        {"addColumn|t|made"});
    row("drop column", "CREATE TABLE t (a INT, b INT, c INT); INSERT INTO t VALUES (1, 2, 3);",
        "CREATE TABLE t (a INT, c INT);", {"dropColumn|t|b"});
    row("change type", "CREATE TABLE t (a INT, b VARCHAR(10), c INT);",
        "CREATE TABLE t (a BIGINT UNSIGNED, b VARCHAR(50), c DECIMAL(10,2));",
        {"alterColumn|t|a", "alterColumn|t|b", "alterColumn|t|c"});
    row("set not null", "CREATE TABLE t (a INT NULL, b VARCHAR(5));",
        "CREATE TABLE t (a INT NOT NULL, b VARCHAR(5));", {"alterColumn|t|a"});
    row("drop not null", "CREATE TABLE t (a INT NOT NULL, b VARCHAR(5) NOT NULL);",
        "CREATE TABLE t (a INT NULL, b VARCHAR(5) NOT NULL);", {"alterColumn|t|a"});
    row("change default", "CREATE TABLE t (a INT DEFAULT 1, b VARCHAR(5) DEFAULT 'x', c INT);",
        "CREATE TABLE t (a INT DEFAULT 2, b VARCHAR(5), c INT DEFAULT (1 + 2));",
        {"alterColumn|t|a", "alterColumn|t|b", "alterColumn|t|c"});
    row("change comments", "CREATE TABLE t (a INT COMMENT 'old') COMMENT 'old';",
        "CREATE TABLE t (a INT COMMENT 'new \\\\ it''s') COMMENT 'new ✓';",
        {"alterColumn|t|a", "alterTable|t"});
    row("drop comments", "CREATE TABLE t (a INT COMMENT 'old') COMMENT 'old';",
        "CREATE TABLE t (a INT);", {"alterColumn|t|a", "alterTable|t"});
    row("move column", "CREATE TABLE t (a INT, b INT, c INT, d INT);",
        "CREATE TABLE t (a INT, c INT, b INT, d INT);", {"alterColumn|t|c", "alterColumn|t|b"});
    row("move column first", "CREATE TABLE t (a INT, b INT, c INT);",
        "CREATE TABLE t (c INT, a INT, b INT);", {"alterColumn|t|c"});
    row("change and move", "CREATE TABLE t (a INT, b INT, c INT);",
        "CREATE TABLE t (b INT, c BIGINT NOT NULL, a VARCHAR(3));",
        {"alterColumn|t|b", "alterColumn|t|c", "alterColumn|t|a"});
    // The order addColumn documents: drops first, then TO's columns in order.
    row("add, move and drop together", "CREATE TABLE t (c0 INT, c1 INT, c2 INT, c3 INT);",
        "CREATE TABLE t (c3 INT, n1 INT, c2 INT, c0 INT, n0 INT, n2 INT);",
        {"dropColumn|t|c1", "alterColumn|t|c3", "addColumn|t|n1", "alterColumn|t|c2",
         "alterColumn|t|c0", "addColumn|t|n0", "addColumn|t|n2"});
    row("rename column", "CREATE TABLE t (a INT, b INT NOT NULL DEFAULT 4 COMMENT 'keep');",
        "CREATE TABLE t (a INT, bb INT NOT NULL DEFAULT 4 COMMENT 'keep');",
        {"renameColumn|t|b|bb"});
    row("invisible and generated", "CREATE TABLE t (a INT, b INT, g INT AS (a + 1) VIRTUAL);",
        "CREATE TABLE t (a INT, b INT INVISIBLE, g INT AS (a * 2) VIRTUAL);",
        {"alterColumn|t|b", "alterColumn|t|g"});
    row("enum labels", "CREATE TABLE t (e ENUM('a','b'), s SET('x'));",
        "CREATE TABLE t (e ENUM('a','b','it''s'), s SET('x','y'));",
        {"alterColumn|t|e", "alterColumn|t|s"});

    // Tables.
    row("rename table", "CREATE TABLE t (a INT PRIMARY KEY);",
        "CREATE TABLE u (a INT PRIMARY KEY);", {"renameTable|t|u"});
    row("drop table", "CREATE TABLE t (a INT); CREATE TABLE gone (b INT);",
        "CREATE TABLE t (a INT);", {"dropTable|gone"});
    row("engine and options",
        "CREATE TABLE t (a INT) ENGINE=InnoDB ROW_FORMAT=COMPACT STATS_PERSISTENT=0;"
        "CREATE TABLE m (a INT) ENGINE=MyISAM CHECKSUM=1 MAX_ROWS=100;",
        "CREATE TABLE t (a INT) ENGINE=MyISAM;"
        "CREATE TABLE m (a INT) ENGINE=InnoDB ROW_FORMAT=REDUNDANT STATS_AUTO_RECALC=0;",
        {"alterTable|t", "alterTable|m"});
    row("collation",
        "CREATE TABLE t (a VARCHAR(10), b TEXT COLLATE utf8mb4_bin, c INT, e ENUM('x')) "
        "DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;",
        "CREATE TABLE t (a VARCHAR(10), b TEXT COLLATE utf8mb4_bin, c INT, e ENUM('x')) "
        "DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;",
        {"alterTable|t"});
    row("character set",
        "CREATE TABLE t (a VARCHAR(10), b CHAR(2)) DEFAULT CHARSET=latin1;"
        "INSERT INTO t VALUES ('größe', 'ä');",
        "CREATE TABLE t (a VARCHAR(10), b CHAR(2)) DEFAULT CHARSET=utf8mb4 "
        "COLLATE=utf8mb4_unicode_ci;",
        {"alterTable|t"});
    row("collation and column type",
        "CREATE TABLE t (a VARCHAR(10), b INT) COLLATE=utf8mb4_general_ci;",
        "CREATE TABLE t (a VARCHAR(40) NOT NULL, b VARCHAR(5)) COLLATE=utf8mb4_unicode_ci;",
        {"alterTable|t", "alterColumn|t|a", "alterColumn|t|b"});
    // The column's own change may run before or after the table's.
    row("collation to the table's before",
        "CREATE TABLE t (a VARCHAR(10) COLLATE utf8mb4_unicode_ci) COLLATE=utf8mb4_general_ci;",
        "CREATE TABLE t (a VARCHAR(10)) COLLATE=utf8mb4_unicode_ci;",
        {"alterColumn|t|a", "alterTable|t"});
    row("collation to the table's after",
        "CREATE TABLE t (a VARCHAR(10) COLLATE utf8mb4_unicode_ci) COLLATE=utf8mb4_general_ci;",
        "CREATE TABLE t (a VARCHAR(10)) COLLATE=utf8mb4_unicode_ci;",
        {"alterTable|t", "alterColumn|t|a"});
    row("partitioning",
        "CREATE TABLE p (id INT NOT NULL, PRIMARY KEY (id));"
        "CREATE TABLE q (id INT NOT NULL, PRIMARY KEY (id)) PARTITION BY HASH (id) PARTITIONS 2;",
        "CREATE TABLE p (id INT NOT NULL, PRIMARY KEY (id)) PARTITION BY RANGE (id) "
        "(PARTITION low VALUES LESS THAN (10) COMMENT 'it''s', PARTITION high VALUES LESS THAN "
        "MAXVALUE);"
        "CREATE TABLE q (id INT NOT NULL, PRIMARY KEY (id));",
        {"alterTable|p", "alterTable|q"});

    // Keys and constraints.
    row("add auto-increment primary key",
        "CREATE TABLE t (a VARCHAR(5)); INSERT INTO t VALUES ('x'), ('y'), ('z');",
        "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT, a VARCHAR(5), PRIMARY KEY (id));",
        {"addColumn|t|id", "addPrimaryKey|t"});
    row("make a column the auto-increment key",
        "CREATE TABLE t (id INT NOT NULL, a INT); INSERT INTO t VALUES (5, 1), (7, 2);",
        "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, a INT);",
        {"addPrimaryKey|t", "alterColumn|t|id"});
    row("drop auto-increment primary key",
        "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, a INT); INSERT INTO t (a) "
        "VALUES (1);",
        "CREATE TABLE t (id INT NOT NULL, a INT);", {"dropPrimaryKey|t", "alterColumn|t|id"});
    row("widen auto-increment primary key",
        "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT, x INT NOT NULL, PRIMARY KEY (id));",
        "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT, x INT NOT NULL, PRIMARY KEY (id, x));",
        {"dropPrimaryKey|t", "addPrimaryKey|t"});
    row("drop primary key another key keeps",
        "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, UNIQUE KEY u (id));",
        "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT, UNIQUE KEY u (id));",
        {"dropPrimaryKey|t"});
    row("add auto-increment column with an index",
        "CREATE TABLE t (a INT); INSERT INTO t VALUES (1), (2);",
        "CREATE TABLE t (a INT, n BIGINT NOT NULL AUTO_INCREMENT, KEY `by n` (n));",
        {"addColumn|t|n"});
    row("drop unique of an auto-increment column",
        "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT, a INT, CONSTRAINT u UNIQUE (id));",
        "CREATE TABLE t (id INT NOT NULL, a INT);", {"dropUnique|t|u", "alterColumn|t|id"});
    row("add unique", "CREATE TABLE t (a INT, b VARCHAR(5));",
        "CREATE TABLE t (a INT, b VARCHAR(5), CONSTRAINT `a b` UNIQUE (a, b));",
        {"addUnique|t|a b"});
    row("drop unique", "CREATE TABLE t (a INT, CONSTRAINT u UNIQUE (a));",
        "CREATE TABLE t (a INT);", {"dropUnique|t|u"});
    row("add check", "CREATE TABLE t (a INT, b INT);",
        "CREATE TABLE t (a INT, b INT, CONSTRAINT `a ok` CHECK (a > 0 AND b <> a));",
        {"addCheck|t|a ok"});
    row("drop check", "CREATE TABLE t (a INT, CONSTRAINT ck CHECK (a > 0));",
        "CREATE TABLE t (a INT);", {"dropCheck|t|ck"});
    row("drop foreign key",
        "CREATE TABLE p (id INT PRIMARY KEY);"
        "CREATE TABLE c (pid INT, CONSTRAINT fk_p FOREIGN KEY (pid) REFERENCES p (id));",
        "CREATE TABLE p (id INT PRIMARY KEY); CREATE TABLE c (pid INT, KEY fk_p (pid));",
        {"dropForeignKey|c|fk_p"});
    row("drop foreign key and its index",
        "CREATE TABLE p (id INT PRIMARY KEY);"
        "CREATE TABLE c (pid INT, CONSTRAINT fk_p FOREIGN KEY (pid) REFERENCES p (id));",
        "CREATE TABLE p (id INT PRIMARY KEY); CREATE TABLE c (pid INT);",
        {"dropForeignKey|c|fk_p", "dropIndex|c|fk_p"});
    row("drop index", "CREATE TABLE t (a INT, KEY ix (a));", "CREATE TABLE t (a INT);",
        {"dropIndex|t|ix"});

    // Other objects.
    row("drop view, routine, trigger",
        "CREATE TABLE t (a INT); CREATE VIEW v AS SELECT a FROM t;"
        "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = NEW.a + 1;"
        "CREATE FUNCTION f() RETURNS INT DETERMINISTIC RETURN 1;\n"
        "DELIMITER $$\nCREATE PROCEDURE pr() BEGIN SELECT 1; END$$\nDELIMITER ;",
        "CREATE TABLE t (a INT);",
        {"dropView|v", "dropTrigger|tr", "dropRoutine|f", "dropRoutine|pr"});
    row("routine comment", "CREATE PROCEDURE pr() COMMENT 'old' SELECT 1;",
        "CREATE PROCEDURE pr() COMMENT 'new it''s ✓' SELECT 1;", {"commentOnRoutine|pr"});
    row("database comment", "ALTER DATABASE COMMENT = 'old';",
        "ALTER DATABASE COMMENT = 'new \\\\ it''s';", {"commentOnSchema"});
    row("sequences",
        "CREATE SEQUENCE s START WITH 5 INCREMENT BY 1 MINVALUE 1 NO MAXVALUE CACHE 10 NOCYCLE;"
        "CREATE SEQUENCE gone;",
        "CREATE SEQUENCE s START WITH 10 INCREMENT BY 3 MINVALUE 2 MAXVALUE 1000 NOCACHE CYCLE;",
        {"alterSequence|s", "dropSequence|gone"});
    row("sequence back to defaults",
        "CREATE SEQUENCE s START WITH 10 INCREMENT BY 3 MINVALUE 2 MAXVALUE 1000 NOCACHE CYCLE;",
        "CREATE SEQUENCE s START WITH 5 INCREMENT BY 1 MINVALUE 1 NO MAXVALUE CACHE 10 NOCYCLE;",
        {"alterSequence|s"});

    // Hostile names: backquotes, spaces, reserved words, mixed case, %1,
    // characters beyond ASCII (within utf8mb3, which MariaDB keeps names in).
    const QString hostileFrom = QStringLiteral(
        "CREATE TABLE `Or``der %1` (`select` INT NOT NULL AUTO_INCREMENT, `Mixed Case` INT,"
        " `größe ✓` VARCHAR(10) COMMENT 'ä', `from` INT, PRIMARY KEY (`select`),"
        " CONSTRAINT `ck ``x``` CHECK (`from` > 0), CONSTRAINT `u ``1``` UNIQUE (`Mixed Case`));"
        "CREATE TABLE `key` (`Group` INT PRIMARY KEY);"
        "CREATE TABLE `child ✓` (`p id` INT,"
        " CONSTRAINT `fk ``k``` FOREIGN KEY (`p id`) REFERENCES `key` (`Group`));");
    row("hostile changes", hostileFrom,
        QStringLiteral(
            "CREATE TABLE `Or``der %1` (`new ``col``` INT DEFAULT 7, `select` BIGINT NOT NULL"
            " AUTO_INCREMENT, `Größe ✓` VARCHAR(20) NOT NULL DEFAULT 'it''s' COMMENT 'ö',"
            " `Mixed Case` INT, PRIMARY KEY (`select`), CONSTRAINT `ck ``y``` CHECK (`Mixed Case` "
            "< 9),"
            " CONSTRAINT `u ``2``` UNIQUE (`Größe ✓`, `Mixed Case`)) COMMENT 'Ö';"
            "CREATE TABLE `key` (`Group` INT PRIMARY KEY);"
            "CREATE TABLE `child ✓` (`p id` INT, KEY `fk ``k``` (`p id`));"),
        {"dropCheck|Or`der %1|ck `x`", "dropUnique|Or`der %1|u `1`", "dropColumn|Or`der %1|from",
         "renameColumn|Or`der %1|größe ✓|Größe ✓", "addColumn|Or`der %1|new `col`",
         "alterColumn|Or`der %1|select", "alterColumn|Or`der %1|Größe ✓|größe ✓",
         "alterColumn|Or`der %1|Mixed Case", "addCheck|Or`der %1|ck `y`",
         "addUnique|Or`der %1|u `2`", "alterTable|Or`der %1", "dropForeignKey|child ✓|fk `k`"});
    row("hostile primary key", hostileFrom.section(QLatin1Char(';'), 0, 0) + QLatin1Char(';'),
        QStringLiteral("CREATE TABLE `Or``der %1` (`select` INT NOT NULL, `Mixed Case` INT,"
                       " `größe ✓` VARCHAR(10) COMMENT 'ä', `from` INT,"
                       " CONSTRAINT `ck ``x``` CHECK (`from` > 0), CONSTRAINT `u ``1``` UNIQUE "
                       "(`Mixed Case`));"),
        {"dropPrimaryKey|Or`der %1", "alterColumn|Or`der %1|select"});
    row("hostile renames", "CREATE TABLE `Select` (`Where` INT); CREATE TABLE `ä b` (x INT);",
        "CREATE TABLE `sel``ect ✓` (`Where` INT); CREATE TABLE `ä b` (`x ``y``` INT);",
        {"renameTable|Select|sel`ect ✓", "renameColumn|ä b|x|x `y`"});
}

void TestMysqlSqlGeneratorAlter::alter()
{
    QFETCH(QString, fromSql);
    QFETCH(QString, toSql);
    QFETCH(QStringList, steps);
    static int count = 0;
    const QString suffix = QString::number(++count); // the tags are not names

    auto fromSpec =
        test::createScratchDatabase(Dialect::MySQL, QStringLiteral("tst_my_alter_f") + suffix);
    PARITY_VERIFY_RESULT(fromSpec);
    auto toSpec =
        test::createScratchDatabase(Dialect::MySQL, QStringLiteral("tst_my_alter_t") + suffix);
    PARITY_VERIFY_RESULT(toSpec);
    const QString names = QStringLiteral("SET NAMES utf8mb4;\n");
    auto loadedFrom = test::runSql(*fromSpec, names + fromSql + QLatin1Char('\n'));
    PARITY_VERIFY_RESULT(loadedFrom);
    auto loadedTo = test::runSql(*toSpec, names + toSql + QLatin1Char('\n'));
    PARITY_VERIFY_RESULT(loadedTo);

    JobContext job;
    auto from = inspect(*fromSpec, {}, job);
    PARITY_VERIFY_RESULT(from);
    auto to = inspect(*toSpec, {}, job);
    PARITY_VERIFY_RESULT(to);
    QCOMPARE(from->schemas.size(), 1);
    QCOMPARE(to->schemas.size(), 1);
    DiffOptions options;
    options.ignoreOwner = true;
    // A case whose FROM already equals TO would prove nothing.
    QVERIFY(!compareCatalogs(*from, *to, options).isEmpty());

    QStringList script{m_generator.scriptStatement(QStringLiteral("SET NAMES utf8mb4"))};
    for (const QString &step : steps) {
        const auto statements =
            render(m_generator, from->schemas.first(), to->schemas.first(), step);
        QVERIFY2(statements,
                 qPrintable(QStringLiteral("the catalogs lack what step %1 names").arg(step)));
        QVERIFY2(!statements->isEmpty(), qPrintable(step));
        for (const QString &statement : *statements)
            script << m_generator.scriptStatement(statement);
    }
    const QString text = script.join(QLatin1Char('\n')) + QLatin1Char('\n');
    auto ran = test::runSql(*fromSpec, text);
    if (!ran)
        QFAIL(
            qPrintable(QStringLiteral("the script failed: %1\n%2").arg(ran.error().message, text)));

    auto changed = inspect(*fromSpec, {}, job);
    PARITY_VERIFY_RESULT(changed);
    const SchemaDiff diff = compareCatalogs(*changed, *to, options);
    QVERIFY2(diff.isEmpty(),
             qPrintable(QString::number(diff.changes.size())
                        + QStringLiteral(" differences after\n") + text + describe(diff)));
}

QTEST_GUILESS_MAIN(TestMysqlSqlGeneratorAlter)
#include "tst_mysqlsqlgeneratoralter.moc"
