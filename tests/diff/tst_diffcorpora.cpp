// The comparison on real schemas from ../shared/corpora: a corpus against a
// second load of itself has no differences, and Chinook's key variants
// differ in exactly what their authors changed (the key columns' default,
// identity or auto-increment, and the sequences serial creates), nothing else.
#include "common/jobcontext.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace parity;

namespace {

Result<Catalog> load(Dialect dialect, const QString &name, const QString &file)
{
    const QString path = test::corporaDir() + QStringLiteral("/samples/") + file;
    if (!QFile::exists(path))
        return fail(Error::Code::NotFound, path + QStringLiteral(" is missing from the corpora"));
    ConnectionSpec spec;
    if (dialect == Dialect::SQLite) {
        spec = *ConnectionSpec::parse(test::scratchSqlitePath(name + QStringLiteral(".db")));
    } else {
        auto created = test::createScratchDatabase(dialect, name);
        if (!created)
            return std::unexpected(created.error());
        spec = *created;
    }
    if (auto loaded = test::runSqlFile(spec, path); !loaded)
        return std::unexpected(loaded.error());
    JobContext job;
    return inspect(spec, {}, job);
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

QTEST_GUILESS_MAIN(TestDiffCorpora)
#include "tst_diffcorpora.moc"
