// Real MySQL schemas from the shared corpora, each loaded by the `mariadb`
// client into its own scratch database and introspected: no error, a few
// known facts, and a second read equal to the first.
//
// Skeema's tengo-testdata files and whether they are here. They load into
// the scratch database because `USE x;` and CREATE/DROP DATABASE lines are
// removed first (the files assume skeema's own `testing` database), and
// with foreign_key_checks off, as skeema's harness loads them: several
// reference tables they never create.
//   loaded: colcompression-maria, coltypes-maria, default-expr-maria,
//     default-expr (MySQL's edge cases, which MariaDB accepts too),
//     generatedcols-maria, index-maria106, integration, integration-ext,
//     inviscols, maria108, pagecompression-maria, partition, rows, spatial,
//     statements-utf8bom (byte-order mark removed), uca1400, views (after
//     integration, whose tables it selects from).
//   left out, because MariaDB 10.11 rejects them:
//     check-maria (a column CHECK and a named CHECK both called foo1),
//     check, generatedcols, index-mysql8, inno-tablespace, pagecompression
//       (MySQL-only syntax: NOT NULL generated columns, functional index
//       parts, TABLESPACE, COMPRESSION=),
//     colcompression-percona (Percona Server only),
//     ft-parser (the ngram parser is MySQL's),
//     vector-maria117 (VECTOR needs MariaDB 11.7),
//   and because they are parser tests, not schemas: nodelimiter1 and
//     nodelimiter2 (routines without DELIMITER), statements-badcreate
//     (deliberately broken), statements (switches between databases that
//     do not exist, mid-line).

#include "common/jobcontext.h"
#include "connection/databasesession.h"
#include "introspection/introspector.h"
#include "schema/catalog.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QTest>

using namespace parity;

namespace {

/// What the corpus file needs before the `mariadb` client can load it into
/// the scratch database (see the comment at the top): statements that
/// switch, create or drop databases go, and so do qualifiers naming those
/// databases (Sakila's views say sakila.film).
QString withoutDatabaseSwitches(QString sql)
{
    if (sql.startsWith(QChar(0xFEFF)))
        sql.remove(0, 1);
    static const QRegularExpression databaseStatements(
        QStringLiteral(
            "^[ \\t]*(?:use[ \\t]+`?(\\w+)`?[^\\n;]*;?|(?:create|drop)[ \\t]+(?:database|schema)"
            "(?:[ \\t]+if(?:[ \\t]+not)?[ \\t]+exists)?[ \\t]+`?(\\w+)`?[^;]*;)[ \\t]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QSet<QString> databases;
    for (const auto &m : databaseStatements.globalMatch(sql)) {
        databases.insert(m.captured(1));
        databases.insert(m.captured(2));
    }
    databases.remove(QString());
    sql.replace(databaseStatements, QString());
    for (const QString &name : std::as_const(databases)) {
        const QRegularExpression qualifier(
            QStringLiteral("(?<![\\w.`])`?%1`?\\.(?=[`\\w])").arg(name));
        sql.replace(qualifier, QString());
    }
    return QStringLiteral("SET foreign_key_checks = 0;\n") + sql;
}

/// Checks one fact, written as "kind:object[=value]" (see corpora_data()).
/// Returns an empty string when it holds, else what is wrong.
QString checkFact(const Catalog &catalog, const QString &database, const QString &fact)
{
    const qsizetype colon = fact.indexOf(QLatin1Char(':'));
    const QString kind = fact.left(colon);
    QString object = fact.mid(colon + 1);
    QString value;
    if (const qsizetype eq = object.indexOf(QLatin1Char('=')); eq >= 0) {
        value = object.mid(eq + 1);
        object = object.left(eq);
    }
    const Schema *schema = catalog.schema(database);
    if (!schema)
        return QStringLiteral("no schema %1").arg(database);
    const QString tableName = object.section(QLatin1Char('.'), 0, 0);
    const QString member = object.section(QLatin1Char('.'), 1);
    const Table *table = schema->table(tableName);
    const Column *column = table ? table->column(member) : nullptr;
    auto index = [&]() -> const Index * {
        if (!table)
            return nullptr;
        auto it = std::ranges::find(table->indexes, member, &Index::name);
        return it == table->indexes.end() ? nullptr : &*it;
    };
    auto expect = [&](bool ok) {
        return ok ? QString() : QStringLiteral("fact does not hold: ") + fact;
    };

    if (kind == QLatin1String("table"))
        return expect(table != nullptr);
    if (kind == QLatin1String("view"))
        return expect(schema->view(object) != nullptr);
    if (kind == QLatin1String("viewcolumns"))
        return expect(schema->view(object)
                      && schema->view(object)->columns.join(QLatin1Char(',')) == value);
    if (kind == QLatin1String("trigger")) {
        return expect(std::ranges::any_of(schema->triggers, [&](const Trigger &t) {
            return t.name == object && (value.isEmpty() || t.table == value)
                   && !t.definition.isEmpty();
        }));
    }
    if (kind == QLatin1String("procedure") || kind == QLatin1String("function")) {
        const RoutineKind wanted =
            kind == QLatin1String("procedure") ? RoutineKind::Procedure : RoutineKind::Function;
        return expect(std::ranges::any_of(schema->routines, [&](const Routine &r) {
            return r.name == object && r.kind == wanted && (value.isEmpty() || r.arguments == value)
                   && r.definition.startsWith(QStringLiteral("CREATE ") + kind.toUpper());
        }));
    }
    if (kind == QLatin1String("type"))
        return expect(column && column->type == value);
    if (kind == QLatin1String("default"))
        return expect(column && column->defaultExpression == value);
    if (kind == QLatin1String("labels"))
        return expect(column && column->enumLabels.join(QLatin1Char('|')) == value);
    if (kind == QLatin1String("generated"))
        return expect(column && column->generatedExpression == value);
    if (kind == QLatin1String("autoincrement"))
        return expect(column && column->identity == IdentityKind::AutoIncrement);
    if (kind == QLatin1String("pk"))
        return expect(table && table->primaryKey
                      && table->primaryKey->columns.join(QLatin1Char(',')) == value);
    if (kind == QLatin1String("fk")) {
        return expect(table && std::ranges::any_of(table->foreignKeys, [&](const ForeignKey &k) {
                          return k.name == member
                                 && (value.isEmpty() || k.referencedTable == value);
                      }));
    }
    if (kind == QLatin1String("index"))
        return expect(index() && (value.isEmpty() || index()->method == value));
    if (kind == QLatin1String("unique"))
        return expect(index() && index()->unique);
    if (kind == QLatin1String("check")) {
        return expect(table && std::ranges::any_of(table->checks, [&](const CheckConstraint &c) {
                          return c.name == member;
                      }));
    }
    if (kind == QLatin1String("partitioned"))
        return expect(table && table->kind == TableKind::Partitioned
                      && table->partitionKey.startsWith(value));
    if (kind == QLatin1String("comment"))
        return expect(table && table->comment == value);
    if (kind == QLatin1String("count")) {
        const CatalogCounts counts = countObjects(catalog);
        const QMap<QString, int> known = {{QStringLiteral("tables"), counts.tables},
                                          {QStringLiteral("views"), counts.views},
                                          {QStringLiteral("routines"), counts.routines},
                                          {QStringLiteral("triggers"), counts.triggers},
                                          {QStringLiteral("foreignKeys"), counts.foreignKeys}};
        return known.contains(object) && known.value(object) == value.toInt()
                   ? QString()
                   : QStringLiteral("%1: expected %2, got %3")
                         .arg(fact, value)
                         .arg(known.value(object, -1));
    }
    return QStringLiteral("unknown fact kind in the test: ") + fact;
}

} // namespace

class TestMysqlCorpora : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpora_data();
    void corpora();
    void preparation_data();
    void preparation();

private:
    QString m_corpora;
};

void TestMysqlCorpora::initTestCase()
{
    m_corpora = test::corporaDir();
    if (!QDir(m_corpora).exists()) {
        qInfo("[parity-skip] tst_mysqlcorpora: no corpora at %s", qPrintable(m_corpora));
        QSKIP("The shared corpora are not present");
    }
}

void TestMysqlCorpora::corpora_data()
{
    QTest::addColumn<QStringList>("files"); // relative to the corpora folder, loaded in order
    QTest::addColumn<QStringList>("facts");

    QTest::newRow("sakila")
        << QStringList{QStringLiteral("samples/sakila/mysql-sakila-schema.sql")}
        << QStringList{
               "count:tables=16",
               "count:views=7",
               "count:routines=6",
               "count:triggers=3",
               "type:film.film_id=int(10) unsigned",
               "autoincrement:film.film_id",
               "type:film.title=varchar(255)",
               "type:film.release_year=year(4)",
               "type:film.rating=enum('G','PG','PG-13','R','NC-17')",
               "default:film.rating='G'",
               "labels:film.special_features=Trailers|Commentaries|Deleted Scenes|Behind the "
               "Scenes",
               "default:film.rental_rate=4.99",
               "default:film.description=",
               "default:film.last_update=current_timestamp()",
               "pk:film=film_id",
               "index:film.idx_title=btree",
               "fk:film.fk_film_language=language",
               "fk:film.fk_film_language_original=language",
               "pk:film_actor=actor_id,film_id",
               "table:film_text",
               "pk:film_text=film_id",
               "index:film_text.idx_title_description=fulltext",
               "view:film_list",
               "view:actor_info",
               "view:customer_list",
               "view:nicer_but_slower_film_list",
               "view:sales_by_store",
               "view:sales_by_film_category",
               "view:staff_list",
               "viewcolumns:sales_by_store=store,manager,total_sales",
               "trigger:ins_film=film",
               "trigger:upd_film=film",
               "trigger:del_film=film",
               "procedure:film_in_stock=IN p_film_id int, IN p_store_id int, OUT p_film_count int",
               "procedure:film_not_in_stock",
               "procedure:rewards_report",
               "function:get_customer_balance=p_customer_id int, p_effective_date datetime",
               "function:inventory_held_by_customer",
               "function:inventory_in_stock",
           };
    QTest::newRow("chinook") << QStringList{QStringLiteral(
        "samples/chinook/Chinook_MySql.schema.sql")}
                             << QStringList{"count:tables=11",
                                            "count:views=0",
                                            "type:Album.Title=varchar(160)",
                                            "pk:Album=AlbumId",
                                            "fk:Album.FK_AlbumArtistId=Artist",
                                            "pk:PlaylistTrack=PlaylistId,TrackId",
                                            "fk:InvoiceLine.FK_InvoiceLineTrackId=Track"};
    QTest::newRow("chinook-autoincrement")
        << QStringList{QStringLiteral("samples/chinook/Chinook_MySql_AutoIncrementPKs.schema.sql")}
        << QStringList{"count:tables=11", "autoincrement:Album.AlbumId", "pk:Album=AlbumId",
                       "fk:Track.FK_TrackAlbumId=Album"};

    const QString skeema = QStringLiteral("skeema/tengo-testdata/");
    auto row = [&](const char *name, QStringList facts, QStringList before = {}) {
        QStringList files;
        for (const QString &b : before)
            files << skeema + b + QStringLiteral(".sql");
        files << skeema + QString::fromLatin1(name) + QStringLiteral(".sql");
        const QByteArray tag = QByteArray("skeema/") + QByteArray(name);
        QTest::newRow(tag.constData()) << files << facts;
    };
    row("colcompression-maria", {"table:colcompr"});
    row("coltypes-maria", {"table:mrdb_coltypes"});
    row("default-expr-maria", {"table:testdefaults"});
    row("default-expr", {"table:testdefaults"});
    row("generatedcols-maria", {"table:staff"});
    row("index-maria106", {"table:maria106idx"});
    row("integration",
        {"table:actor", "pk:actor=actor_id", "unique:actor.idx_ssn", "autoincrement:actor.actor_id",
         "partitioned:followed_posts=RANGE (`user_id`) SUBPARTITION BY HASH (`post_id`)",
         "fk:warranties.product=products", "fk:warranties.customer_fk=customers",
         "index:grab_bag.ft_name=fulltext", "comment:grab_bag=hello"});
    row("integration-ext", {"table:no_pk", "table:bin_defaults", "table:col_overrides_aplenty"});
    row("inviscols", {"table:invistest"});
    row("maria108", {"table:maria108idx"});
    row("pagecompression-maria", {"table:actor_in_film_comp"});
    row("partition", {"count:tables=13"});
    row("rows", {"table:has_rows", "table:no_rows"});
    row("spatial", {"table:has_geo", "index:has_geo.s1=spatial"});
    row("statements-utf8bom", {"table:one", "table:two"});
    row("uca1400", {"table:mdb_uca14_1", "table:mdb_uca14_2"});
    row("views", {"view:view1", "view:view2", "viewcolumns:view1=current_date"},
        {QStringLiteral("integration")});
}

void TestMysqlCorpora::corpora()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, facts);

    QString name = QString::fromLatin1(QTest::currentDataTag()).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    const QString database = QStringLiteral("tst_mysqlcorpora_") + name;
    auto spec = test::createScratchDatabase(Dialect::MySQL, database);
    PARITY_VERIFY_RESULT(spec);
    for (const QString &file : files) {
        const QString sql = test::readTextFile(m_corpora + QLatin1Char('/') + file);
        QVERIFY2(!sql.isEmpty(), qPrintable(file));
        auto loaded = test::runSql(*spec, withoutDatabaseSwitches(sql));
        PARITY_VERIFY_RESULT(loaded);
    }

    auto read = [&]() -> Result<Catalog> {
        auto session = DatabaseSession::open(*spec, DatabaseSession::Access::ReadOnly);
        if (!session)
            return std::unexpected(session.error());
        QSqlDatabase db = (*session)->database();
        JobContext job;
        return Introspector::create(Dialect::MySQL)->introspect(db, {}, job);
    };
    auto first = read();
    PARITY_VERIFY_RESULT(first);
    QCOMPARE(first->schemas.size(), 1);
    QCOMPARE(first->schemas.first().name, database);
    QVERIFY(!first->schemas.first().tables.isEmpty() || !first->schemas.first().views.isEmpty());
    for (const Table &t : first->schemas.first().tables) {
        QVERIFY2(!t.columns.isEmpty(), qPrintable(t.name));
        for (const Column &c : t.columns)
            QVERIFY2(!c.type.isEmpty() && !c.normalizedType.isEmpty(),
                     qPrintable(t.name + QLatin1Char('.') + c.name));
    }
    for (const QString &fact : facts) {
        const QString problem = checkFact(*first, database, fact);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    auto second = read();
    PARITY_VERIFY_RESULT(second);
    QVERIFY(*second == *first);
}

void TestMysqlCorpora::preparation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString prefix = QStringLiteral("SET foreign_key_checks = 0;\n");
    QTest::newRow("use") << "use testing;\nCREATE TABLE t (a int);\n"
                         << prefix + "\nCREATE TABLE t (a int);\n";
    QTest::newRow("USE without semicolon") << "USE testcharcoll\nSELECT 1;\n"
                                           << prefix + "\nSELECT 1;\n";
    QTest::newRow("create and drop schema")
        << "DROP SCHEMA IF EXISTS sakila;\nCREATE SCHEMA sakila;\nCREATE TABLE x (a int);\n"
        << prefix + "\n\nCREATE TABLE x (a int);\n";
    QTest::newRow("create database with options")
        << "CREATE DATABASE p DEFAULT CHARSET=latin1;\nx;\n"
        << prefix + "\nx;\n";
    QTest::newRow("column named use kept") << "  `use` int,\n" << prefix + "  `use` int,\n";
    QTest::newRow("qualifier of a used database")
        << "USE sakila;\nSELECT f.x FROM sakila.film f JOIN `sakila`.`actor` a JOIN other.t;\n"
        << prefix + "\nSELECT f.x FROM film f JOIN `actor` a JOIN other.t;\n";
    QTest::newRow("bom") << QString(QChar(0xFEFF)) + "SELECT 1;" << prefix + "SELECT 1;";
}

void TestMysqlCorpora::preparation()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(withoutDatabaseSwitches(input), expected);
}

QTEST_GUILESS_MAIN(TestMysqlCorpora)
#include "tst_mysqlcorpora.moc"
