// The comparison on real schemas from ../shared/corpora: a corpus against a
// second load of itself has no differences, and Chinook's key variants
// differ in exactly what their authors changed (the key columns' default,
// identity or auto-increment, and the sequences serial creates), nothing else.
#include "common/jobcontext.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "serverdescription.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace parity;

namespace {

/// An empty scratch database of the dialect.
Result<ConnectionSpec> scratch(Dialect dialect, const QString &name)
{
    if (dialect == Dialect::SQLite)
        return *ConnectionSpec::parse(test::scratchSqlitePath(name + QStringLiteral(".db")));
    return test::createScratchDatabase(dialect, name);
}

Result<ConnectionSpec> loadSpec(Dialect dialect, const QString &name, const QString &file)
{
    const QString path = test::corporaDir() + QStringLiteral("/samples/") + file;
    if (!QFile::exists(path))
        return fail(Error::Code::NotFound, path + QStringLiteral(" is missing from the corpora"));
    auto spec = scratch(dialect, name);
    if (!spec)
        return spec;
    if (dialect == Dialect::MySQL) {
        // A MySQL sample that makes and enters a database of its own
        // (Sakila: DROP SCHEMA, CREATE SCHEMA, USE sakila, and views that
        // name sakila.film) is loaded into the scratch database instead:
        // without those three statements, and with its names unqualified.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::Code::NotFound, path + QStringLiteral(" cannot be read"));
        static const QRegularExpression ownDatabase(
            QStringLiteral("^\\s*(DROP\\s+SCHEMA\\s+IF\\s+EXISTS|CREATE\\s+SCHEMA|USE)\\s+\\w+\\s*;\\s*$"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        QString text = QString::fromUtf8(f.readAll());
        QString own;
        if (const auto m = QRegularExpression(QStringLiteral("^\\s*USE\\s+(\\w+)\\s*;"), QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::MultilineOption).match(text); m.hasMatch())
            own = m.captured(1);
        text.remove(ownDatabase);
        if (!own.isEmpty())
            text.remove(QRegularExpression(QStringLiteral("\\b%1\\.").arg(own)));
        if (auto loaded = test::runSql(*spec, text); !loaded)
            return std::unexpected(loaded.error());
        return spec;
    }
    if (auto loaded = test::runSqlFile(*spec, path); !loaded)
        return std::unexpected(loaded.error());
    return spec;
}

Result<Catalog> read(const ConnectionSpec &spec)
{
    JobContext job;
    return inspect(spec, {}, job);
}

Result<Catalog> load(Dialect dialect, const QString &name, const QString &file)
{
    auto spec = loadSpec(dialect, name, file);
    if (!spec)
        return std::unexpected(spec.error());
    return read(*spec);
}

QString describe(const ObjectChange &c)
{
    QStringList fields;
    for (const FieldChange &f : c.fields)
        fields << QStringLiteral("%1: [%2] -> [%3]").arg(f.field, f.from, f.to);
    return QStringLiteral("%1 %2 %3 %4").arg(changeKindKey(c.change), objectKindKey(c.kind), c.path(),
                                             fields.join(QStringLiteral("; ")));
}

} // namespace

class TestDiffCorpora : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondLoadIsIdentical_data();
    void secondLoadIsIdentical();
    void chinookKeyVariants_data();
    void chinookKeyVariants();
    void ownDumpThenOneChange_data();
    void ownDumpThenOneChange();
};

void TestDiffCorpora::initTestCase()
{
    if (!QDir(test::corporaDir()).exists()) {
        qInfo("[parity-skip] tst_diffcorpora: no corpora at %s", qPrintable(test::corporaDir()));
        QSKIP("shared corpora not present");
    }
    // Pagila and Sakila dumps hand their objects to the role "postgres".
    auto server = test::serverSpec(Dialect::PostgreSQL);
    PARITY_VERIFY_RESULT(server);
    PARITY_VERIFY_RESULT(test::runSql(*server, QStringLiteral("DO $$ BEGIN CREATE ROLE postgres; EXCEPTION WHEN "
                                                              "duplicate_object OR unique_violation THEN NULL; END $$;")));
}

void TestDiffCorpora::secondLoadIsIdentical_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("file");
    QTest::newRow("pagila") << int(Dialect::PostgreSQL) << "pagila/pagila-schema.legacy-e0e35a6.sql";
    QTest::newRow("sakila-postgres") << int(Dialect::PostgreSQL) << "sakila/postgres-sakila-schema.sql";
    QTest::newRow("northwind") << int(Dialect::PostgreSQL) << "northwind/northwind_psql.schema.sql";
    QTest::newRow("chinook-mariadb") << int(Dialect::MySQL) << "chinook/Chinook_MySql.schema.sql";
    QTest::newRow("sakila-sqlite") << int(Dialect::SQLite) << "sakila/sqlite-sakila-schema.sql";
    QTest::newRow("sakila-mariadb") << int(Dialect::MySQL) << "sakila/mysql-sakila-schema.sql";
    QTest::newRow("chinook-sqlite") << int(Dialect::SQLite) << "chinook/Chinook_Sqlite.schema.sql";
}

void TestDiffCorpora::secondLoadIsIdentical()
{
    QFETCH(int, dialect);
    QFETCH(QString, file);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char('-'), QLatin1Char('_'));
    const auto a = load(Dialect(dialect), QStringLiteral("tst_dc_%1_a").arg(tag), file);
    PARITY_VERIFY_RESULT(a);
    const auto b = load(Dialect(dialect), QStringLiteral("tst_dc_%1_b").arg(tag), file);
    PARITY_VERIFY_RESULT(b);
    const SchemaDiff diff = compareCatalogs(*a, *b);
    QStringList lines;
    for (const ObjectChange &c : diff.changes)
        lines << describe(c);
    QVERIFY2(diff.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
}

void TestDiffCorpora::chinookKeyVariants_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("fromFile");
    QTest::addColumn<QString>("toFile");
    QTest::addColumn<QStringList>("allowedFields");
    QTest::addColumn<bool>("sequencesAllowed");
    QTest::newRow("postgres serial") << int(Dialect::PostgreSQL) << "chinook/Chinook_PostgreSql.schema.sql"
                                     << "chinook/Chinook_PostgreSql_SerialPKs.schema.sql" << QStringList{"default"} << true;
    QTest::newRow("postgres identity") << int(Dialect::PostgreSQL) << "chinook/Chinook_PostgreSql.schema.sql"
                                       << "chinook/Chinook_PostgreSql_AutoIncrementPKs.schema.sql"
                                       << QStringList{"identity"} << false;
    QTest::newRow("mariadb auto_increment") << int(Dialect::MySQL) << "chinook/Chinook_MySql.schema.sql"
                                            << "chinook/Chinook_MySql_AutoIncrementPKs.schema.sql"
                                            << QStringList{"identity"} << false;
    QTest::newRow("sqlite autoincrement") << int(Dialect::SQLite) << "chinook/Chinook_Sqlite.schema.sql"
                                          << "chinook/Chinook_Sqlite_AutoIncrementPKs.schema.sql"
                                          << QStringList{"identity", "name"} << false;
}

void TestDiffCorpora::chinookKeyVariants()
{
    QFETCH(int, dialect);
    QFETCH(QString, fromFile);
    QFETCH(QString, toFile);
    QFETCH(QStringList, allowedFields);
    QFETCH(bool, sequencesAllowed);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
    const auto from = load(Dialect(dialect), QStringLiteral("tst_dc_%1_from").arg(tag), fromFile);
    PARITY_VERIFY_RESULT(from);
    const auto to = load(Dialect(dialect), QStringLiteral("tst_dc_%1_to").arg(tag), toFile);
    PARITY_VERIFY_RESULT(to);
    const SchemaDiff diff = compareCatalogs(*from, *to);
    QVERIFY(!diff.isEmpty());
    int keyColumns = 0;
    for (const ObjectChange &c : diff.changes) {
        if (c.kind == ObjectKind::Sequence && c.change == ChangeKind::Added && sequencesAllowed)
            continue;
        // The SQLite variant writes `INTEGER PRIMARY KEY AUTOINCREMENT` on the
        // column instead of CONSTRAINT "PK_…" PRIMARY KEY (…): a difference of
        // name and place the stored SQL shows.
        if (c.kind == ObjectKind::PrimaryKey && allowedFields.contains(QStringLiteral("name"))) {
            for (const FieldChange &f : c.fields) {
                QVERIFY2(f.field == QLatin1String("name") || f.field == QLatin1String("table constraint"),
                         qPrintable(describe(c)));
            }
            continue;
        }
        QVERIFY2(c.kind == ObjectKind::Column && c.change == ChangeKind::Changed, qPrintable(describe(c)));
        for (const FieldChange &f : c.fields)
            QVERIFY2(allowedFields.contains(f.field), qPrintable(describe(c)));
        // Only primary-key columns were changed by the variant's authors.
        const Table *table = from->table(c.schema, c.table); // changes name FROM's schema
        QVERIFY2(table && table->primaryKey && table->primaryKey->columns.contains(c.name), qPrintable(describe(c)));
        ++keyColumns;
    }
    QVERIFY2(keyColumns >= 10, qPrintable(QString::number(keyColumns)));
}

void TestDiffCorpora::ownDumpThenOneChange_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field"); // empty: the object is added
    QTest::newRow("pagila: renamed index")
        << int(Dialect::PostgreSQL) << "pagila/pagila-schema.legacy-e0e35a6.sql"
        << "ALTER INDEX public.idx_actor_last_name RENAME TO \"Idx Last \"\"Name\"\"\";" << int(ObjectKind::Index)
        << "Idx Last \"Name\"" << "name";
    QTest::newRow("sakila-postgres: exclusion constraint")
        << int(Dialect::PostgreSQL) << "sakila/postgres-sakila-schema.sql"
        << "ALTER TABLE actor ADD CONSTRAINT \"one per name\" EXCLUDE USING btree (last_name WITH =, first_name WITH =);"
        << int(ObjectKind::Index) << "one per name" << "";
    QTest::newRow("pagila: domain check added")
        << int(Dialect::PostgreSQL) << "pagila/pagila-schema.legacy-e0e35a6.sql"
        << "ALTER DOMAIN public.year ADD CONSTRAINT \"nicht vor 1950\" CHECK (VALUE >= 1950);"
        << int(ObjectKind::Domain) << "year" << "checks";
    QTest::newRow("sakila-postgres: policy added")
        << int(Dialect::PostgreSQL) << "sakila/postgres-sakila-schema.sql"
        << "CREATE POLICY \"nur Aktive\" ON customer AS RESTRICTIVE FOR SELECT USING (activebool);"
        << int(ObjectKind::Policy) << "nur Aktive" << "";
    QTest::newRow("northwind: added index")
        << int(Dialect::PostgreSQL) << "northwind/northwind_psql.schema.sql"
        << "CREATE INDEX orders_by_date ON orders (order_date);" << int(ObjectKind::Index) << "orders_by_date" << "";
    QTest::newRow("chinook-postgres: index comment")
        << int(Dialect::PostgreSQL) << "chinook/Chinook_PostgreSql.schema.sql"
        << "COMMENT ON INDEX album_artist_id_idx IS 'für Künstler';" << int(ObjectKind::Index) << "album_artist_id_idx"
        << "comment";
    QTest::newRow("chinook-mariadb: index comment")
        << int(Dialect::MySQL) << "chinook/Chinook_MySql.schema.sql"
        << "ALTER TABLE `Album` DROP INDEX `IFK_AlbumArtistId`, ADD INDEX `IFK_AlbumArtistId` (`ArtistId`) COMMENT 'für Künstler';"
        << int(ObjectKind::Index) << "IFK_AlbumArtistId" << "comment";
    QTest::newRow("sakila-mariadb: renamed index")
        << int(Dialect::MySQL) << "sakila/mysql-sakila-schema.sql"
        << "ALTER TABLE rental RENAME INDEX idx_fk_customer_id TO `rental by customer`;"
        << int(ObjectKind::Index) << "rental by customer" << "name";
    QTest::newRow("chinook-mariadb2: renamed index")
        << int(Dialect::MySQL) << "chinook/Chinook_MySql.schema.sql"
        << "ALTER TABLE `Invoice` RENAME INDEX `IFK_InvoiceCustomerId` TO `Invoice by ``Customer```;"
        << int(ObjectKind::Index) << "Invoice by `Customer`" << "name";
    QTest::newRow("sakila-sqlite: renamed index")
        << int(Dialect::SQLite) << "sakila/sqlite-sakila-schema.sql"
        << "DROP INDEX idx_rental_fk_customer_id; CREATE INDEX \"rental by customer\" ON rental (customer_id);"
        << int(ObjectKind::Index) << "rental by customer" << "name";
    QTest::newRow("chinook-sqlite: renamed index")
        << int(Dialect::SQLite) << "chinook/Chinook_Sqlite.schema.sql"
        << "DROP INDEX IFK_AlbumArtistId; CREATE INDEX \"Album by Artist\" ON Album (ArtistId);" << int(ObjectKind::Index)
        << "Album by Artist" << "name";
}

void TestDiffCorpora::ownDumpThenOneChange()
{
    // A corpus against a fresh load of its own server's dump (pg_dump -s,
    // mariadb-dump --no-data, sqlite3 .schema) has no differences, by
    // Parity's comparison and by the server's description; one change to the
    // copy is exactly one difference to both.
    QFETCH(int, dialect);
    QFETCH(QString, file);
    QFETCH(QString, change);
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, field);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(':'), 0, 0).replace(QLatin1Char('-'), QLatin1Char('_'));
    const auto original = loadSpec(Dialect(dialect), QStringLiteral("tst_dd_%1_a").arg(tag), file);
    if (!original && original.error().code == Error::Code::NotFound)
        QSKIP(qPrintable(original.error().message));
    PARITY_VERIFY_RESULT(original);
    QStringList options;
    switch (Dialect(dialect)) {
    case Dialect::PostgreSQL: options = {QStringLiteral("-s")}; break; // owners too: the corpora set them
    // mariadb-dump writes routines only when asked (triggers it writes anyway).
    case Dialect::MySQL: options = {QStringLiteral("--no-data"), QStringLiteral("--routines")}; break;
    case Dialect::SQLite: options = {QStringLiteral(".schema")}; break;
    }
    const QString dump = test::dumpTool(*original, options);
    QVERIFY(!dump.isEmpty());
    const auto copy = scratch(Dialect(dialect), QStringLiteral("tst_dd_%1_b").arg(tag));
    PARITY_VERIFY_RESULT(copy);
    PARITY_VERIFY_RESULT(test::runSql(*copy, dump));

    const auto a = read(*original);
    const auto b = read(*copy);
    PARITY_VERIFY_RESULT(a);
    PARITY_VERIFY_RESULT(b);
    SchemaDiff diff = compareCatalogs(*a, *b);
    QStringList lines;
    for (const ObjectChange &c : diff.changes)
        lines << describe(c);
    QVERIFY2(diff.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    const auto describedA = test::serverDescription(*original);
    const auto describedB = test::serverDescription(*copy);
    PARITY_VERIFY_RESULT(describedA);
    PARITY_VERIFY_RESULT(describedB);
    QCOMPARE(*describedB, *describedA);

    PARITY_VERIFY_RESULT(test::runSql(*copy, change));
    const auto changed = read(*copy);
    PARITY_VERIFY_RESULT(changed);
    diff = compareCatalogs(*a, *changed);
    lines.clear();
    for (const ObjectChange &c : diff.changes)
        lines << describe(c);
    QVERIFY2(diff.changes.size() == 1, qPrintable(lines.join(QLatin1Char('\n'))));
    const ObjectChange &c = diff.changes.first();
    QCOMPARE(int(c.kind), kind);
    QCOMPARE(c.name, name);
    if (field.isEmpty()) {
        QCOMPARE(c.change, ChangeKind::Added);
    } else {
        QCOMPARE(c.change, ChangeKind::Changed);
        QVERIFY2(std::ranges::any_of(c.fields, [&](const FieldChange &f) { return f.field == field; }), qPrintable(lines.first()));
    }
    const auto describedChanged = test::serverDescription(*copy);
    PARITY_VERIFY_RESULT(describedChanged);
    QVERIFY(*describedChanged != *describedA);
}

QTEST_GUILESS_MAIN(TestDiffCorpora)
#include "tst_diffcorpora.moc"
