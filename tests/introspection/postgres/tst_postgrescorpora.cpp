#include "common/jobcontext.h"
#include "connection/databasesession.h"
#include "introspection/postgres/postgresintrospector.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <algorithm>

using namespace parity;

namespace {

// The expected figures below were counted with psql straight from
// pg_catalog after loading each file, independently of the introspector.
struct Expected
{
    int tables = 0; ///< not counting partitions
    int partitions = 0;
    int views = 0;
    int materializedViews = 0;
    int primaryKeys = 0; ///< partitions inherit theirs from the parent
    int foreignKeys = 0;
    int indexes = 0; ///< not backing a constraint, matview indexes included
    int routines = 0;
    int triggers = 0;
    int sequences = 0; ///< identity sequences excluded
    int enums = 0;
};

QStringList labels(const Schema &schema, const QString &enumName)
{
    auto it = std::ranges::find(schema.enums, enumName, &EnumType::name);
    return it == schema.enums.end() ? QStringList{} : it->labels;
}

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestPostgresCorpora : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpus_data();
    void corpus();

private:
    void checkPagila(const Catalog &catalog);
    void checkSakila(const Catalog &catalog);
    void checkChinook(const Catalog &catalog, const QString &variant);
    void checkNorthwind(const Catalog &catalog);
};

void TestPostgresCorpora::initTestCase()
{
    if (!QDir(test::corporaDir()).exists()) {
        qInfo("[parity-skip] tst_postgrescorpora: no corpora at %s",
              qPrintable(test::corporaDir()));
        QSKIP("shared corpora not present");
    }
    // pagila and sakila are pg_dump output that hands every object to the
    // role "postgres"; the test cluster's superuser has another name.
    auto server = test::serverSpec(Dialect::PostgreSQL);
    PARITY_VERIFY_RESULT(server);
    PARITY_VERIFY_RESULT(test::runSql(
        *server,
        QStringLiteral("DO $$ BEGIN CREATE ROLE postgres; "
                       "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;")));
}

void TestPostgresCorpora::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Expected>("expected");

    // clang-format off
    QTest::newRow("pagila") << "pagila/pagila-schema.legacy-e0e35a6.sql" << Expected{15, 7, 7, 1, 15, 36, 34, 10, 15, 13, 1};
    QTest::newRow("sakila") << "sakila/postgres-sakila-schema.sql" << Expected{21, 0, 7, 0, 15, 40, 29, 10, 15, 13, 1};
    QTest::newRow("chinook") << "chinook/Chinook_PostgreSql.schema.sql" << Expected{11, 0, 0, 0, 11, 11, 11, 0, 0, 0, 0};
    QTest::newRow("chinook-serial") << "chinook/Chinook_PostgreSql_SerialPKs.schema.sql" << Expected{11, 0, 0, 0, 11, 11, 11, 0, 0, 10, 0};
    QTest::newRow("chinook-identity") << "chinook/Chinook_PostgreSql_AutoIncrementPKs.schema.sql" << Expected{11, 0, 0, 0, 11, 11, 11, 0, 0, 0, 0};
    QTest::newRow("northwind") << "northwind/northwind_psql.schema.sql" << Expected{14, 0, 0, 0, 14, 13, 0, 0, 0, 0, 0};
    // clang-format on
}

void TestPostgresCorpora::corpus()
{
    QFETCH(QString, file);
    QFETCH(Expected, expected);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString path = test::corporaDir() + QStringLiteral("/samples/") + file;
    QVERIFY2(QFileInfo::exists(path),
             qPrintable(path + QStringLiteral(" is missing from the corpora")));

    auto spec =
        test::createScratchDatabase(Dialect::PostgreSQL,
                                    QStringLiteral("tst_pg_corpus_")
                                        + QString(tag).replace(QLatin1Char('-'), QLatin1Char('_')));
    PARITY_VERIFY_RESULT(spec);
    PARITY_VERIFY_RESULT(test::runSqlFile(*spec, path));
    auto session = DatabaseSession::open(*spec, DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(session);
    QSqlDatabase db = (*session)->database();

    JobContext job;
    PostgresIntrospector introspector;
    auto catalog = introspector.introspect(db, {}, job);
    PARITY_VERIFY_RESULT(catalog);
    auto again = introspector.introspect(db, {}, job);
    PARITY_VERIFY_RESULT(again);
    QVERIFY2(*again == *catalog, "two reads of an unchanged database differ");

    const CatalogCounts counts = countObjects(*catalog);
    QCOMPARE(counts.schemas, 1);
    QCOMPARE(counts.tables, expected.tables);
    QCOMPARE(counts.partitions, expected.partitions);
    QCOMPARE(counts.views, expected.views);
    QCOMPARE(counts.materializedViews, expected.materializedViews);
    QCOMPARE(counts.foreignKeys, expected.foreignKeys);
    QCOMPARE(counts.indexes, expected.indexes);
    QCOMPARE(counts.routines, expected.routines);
    QCOMPARE(counts.triggers, expected.triggers);
    QCOMPARE(counts.sequences, expected.sequences);
    QCOMPARE(counts.enums, expected.enums);
    QCOMPARE(counts.primaryKeys, expected.primaryKeys);

    if (tag == QLatin1String("pagila"))
        checkPagila(*catalog);
    else if (tag == QLatin1String("sakila"))
        checkSakila(*catalog);
    else if (tag.startsWith(QLatin1String("chinook")))
        checkChinook(*catalog, tag);
    else if (tag == QLatin1String("northwind"))
        checkNorthwind(*catalog);
}

void TestPostgresCorpora::checkPagila(const Catalog &catalog)
{
    const Schema *pub = catalog.schema(QStringLiteral("public"));
    QVERIFY(pub);
    const Table *payment = pub->table(QStringLiteral("payment"));
    QVERIFY(payment);
    QCOMPARE(payment->kind, TableKind::Partitioned);
    QCOMPARE(payment->partitionKey, QStringLiteral("RANGE (payment_date)"));
    QStringList partitions;
    for (const Table &table : pub->tables) {
        if (table.kind == TableKind::Partition) {
            QCOMPARE(table.parentTable, QStringLiteral("payment"));
            QVERIFY2(table.partitionBound.startsWith(QStringLiteral("FOR VALUES FROM ('2022-")),
                     qPrintable(table.partitionBound));
            partitions.append(table.name);
        }
    }
    QCOMPARE(partitions.size(), 7);
    QCOMPARE(partitions.first(), QStringLiteral("payment_p2022_01"));
    QCOMPARE(partitions.last(), QStringLiteral("payment_p2022_07"));

    const View *rentals = pub->view(QStringLiteral("rental_by_category"));
    QVERIFY(rentals);
    QVERIFY(rentals->materialized);
    QCOMPARE(rentals->columns,
             (QStringList{QStringLiteral("category"), QStringLiteral("total_sales")}));
    QCOMPARE(rentals->indexes.size(), 1);
    QCOMPARE(rentals->indexes.first().name, QStringLiteral("rental_category"));

    QCOMPARE(labels(*pub, QStringLiteral("mpaa_rating")),
             (QStringList{QStringLiteral("G"), QStringLiteral("PG"), QStringLiteral("PG-13"),
                          QStringLiteral("R"), QStringLiteral("NC-17")}));
    const Column *rating = pub->table(QStringLiteral("film"))->column(QStringLiteral("rating"));
    QVERIFY(rating);
    QCOMPARE(rating->type, QStringLiteral("mpaa_rating"));
    QCOMPARE(rating->defaultExpression, QStringLiteral("'G'::mpaa_rating"));
    // A domain keeps its own name as the type.
    const Column *year = pub->table(QStringLiteral("film"))->column(QStringLiteral("release_year"));
    QVERIFY(year);
    QCOMPARE(year->normalizedType, QStringLiteral("year"));
}

void TestPostgresCorpora::checkSakila(const Catalog &catalog)
{
    const Schema *pub = catalog.schema(QStringLiteral("public"));
    QVERIFY(pub);
    const Table *film = pub->table(QStringLiteral("film"));
    QVERIFY(film);
    QCOMPARE(film->columns.size(), 14);
    QCOMPARE(film->columns.first().name, QStringLiteral("film_id"));
    QCOMPARE(film->columns.first().defaultExpression,
             QStringLiteral("nextval('film_film_id_seq'::regclass)"));
    QCOMPARE(film->column(QStringLiteral("title"))->normalizedType, QStringLiteral("varchar(255)"));
    QCOMPARE(film->column(QStringLiteral("last_update"))->normalizedType,
             QStringLiteral("timestamp"));
    QCOMPARE(film->column(QStringLiteral("special_features"))->normalizedType,
             QStringLiteral("text[]"));

    auto aggregate =
        std::ranges::find(pub->routines, QStringLiteral("group_concat"), &Routine::name);
    QVERIFY(aggregate != pub->routines.end());
    QCOMPARE(aggregate->kind, RoutineKind::Aggregate);
    QVERIFY2(aggregate->definition.contains(QStringLiteral("SFUNC = _group_concat")),
             qPrintable(aggregate->definition));

    auto sequence =
        std::ranges::find(pub->sequences, QStringLiteral("film_film_id_seq"), &Sequence::name);
    QVERIFY(sequence != pub->sequences.end());
    QCOMPARE(sequence->dataType, QStringLiteral("bigint"));
    QCOMPARE(sequence->maxValue, 0);
}

void TestPostgresCorpora::checkChinook(const Catalog &catalog, const QString &variant)
{
    const Schema *pub = catalog.schema(QStringLiteral("public"));
    QVERIFY(pub);
    QCOMPARE(pub->tables.size(), 11);
    const Table *album = pub->table(QStringLiteral("album"));
    QVERIFY(album);
    QCOMPARE(album->primaryKey->columns, QStringList{QStringLiteral("album_id")});
    const Column *id = album->column(QStringLiteral("album_id"));
    QVERIFY(id);
    QCOMPARE(id->normalizedType, QStringLiteral("integer"));
    if (variant == QLatin1String("chinook-serial")) {
        QCOMPARE(id->defaultExpression, QStringLiteral("nextval('album_album_id_seq'::regclass)"));
        auto sequence = std::ranges::find(pub->sequences, QStringLiteral("album_album_id_seq"),
                                          &Sequence::name);
        QVERIFY(sequence != pub->sequences.end());
        QCOMPARE(sequence->ownedBy, QStringLiteral("album.album_id"));
    } else if (variant == QLatin1String("chinook-identity")) {
        QCOMPARE(id->identity, IdentityKind::Always);
        QCOMPARE(id->defaultExpression, QString());
    } else {
        QCOMPARE(id->identity, IdentityKind::None);
        QCOMPARE(id->defaultExpression, QString());
    }
    QCOMPARE(album->foreignKeys.size(), 1);
    QCOMPARE(album->foreignKeys.first().referencedTable, QStringLiteral("artist"));
}

void TestPostgresCorpora::checkNorthwind(const Catalog &catalog)
{
    const Table *orders = catalog.table(QStringLiteral("public"), QStringLiteral("orders"));
    QVERIFY(orders);
    auto toCustomers = std::ranges::find(orders->foreignKeys, QStringLiteral("fk_orders_customers"),
                                         &ForeignKey::name);
    QVERIFY(toCustomers != orders->foreignKeys.end());
    QCOMPARE(toCustomers->columns, QStringList{QStringLiteral("customer_id")});
    QCOMPARE(toCustomers->referencedTable, QStringLiteral("customers"));
    QCOMPARE(toCustomers->referencedColumns, QStringList{QStringLiteral("customer_id")});
}

QTEST_GUILESS_MAIN(TestPostgresCorpora)
#include "tst_postgrescorpora.moc"
