#include "testsupport.h"

#include "common/jobcontext.h"
#include "connection/databasesession.h"
#include "introspection/sqlite/sqliteintrospector.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

using namespace parity;

// Real-world SQLite schemas from ../shared/corpora, loaded with the sqlite3
// client and read back: a few facts per schema, and every read twice-equal.

namespace {

ConnectionSpec sqliteSpec(const QString &path)
{
    ConnectionSpec spec;
    spec.kind = ConnectionSpec::Kind::SQLite;
    spec.path = path;
    return spec;
}

Result<Catalog> introspectFile(const QString &path, bool exactRowCounts = false)
{
    auto session = DatabaseSession::open(sqliteSpec(path), DatabaseSession::Access::ReadOnly);
    if (!session)
        return std::unexpected(session.error());
    QSqlDatabase db = (*session)->database();
    IntrospectionOptions options;
    options.exactRowCounts = exactRowCounts;
    JobContext job;
    SqliteIntrospector introspector;
    return introspector.introspect(db, options, job);
}

QStringList names(const auto &list)
{
    QStringList result;
    for (const auto &item : list)
        result.append(item.name);
    return result;
}

const ForeignKey *foreignKey(const Table &table, const QString &name)
{
    const auto it = std::ranges::find(table.foreignKeys, name, &ForeignKey::name);
    return it == table.foreignKeys.end() ? nullptr : &*it;
}

} // namespace

class TestSqliteCorpora : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sakila();
    void chinook();
    void chinookAutoIncrementVariant();

private:
    /// Loads a corpus file into a fresh database; the path, or empty after a QFAIL.
    QString load(const QString &relativePath, const QString &databaseName);

    QString m_corpora;
};

void TestSqliteCorpora::initTestCase()
{
    m_corpora = test::corporaDir() + QStringLiteral("/samples");
    if (!QFileInfo::exists(m_corpora)) {
        // The marker makes ctest count this as skipped, not passed.
        qInfo("[parity-skip] tst_sqlitecorpora: no corpora at %s", qPrintable(m_corpora));
        QSKIP("shared corpora not available");
    }
}

QString TestSqliteCorpora::load(const QString &relativePath, const QString &databaseName)
{
    const QString path = test::scratchSqlitePath(databaseName + QStringLiteral(".db"));
    auto loaded = test::runSqlFile(sqliteSpec(path), m_corpora + QLatin1Char('/') + relativePath);
    if (!loaded) {
        QTest::qFail(qPrintable(loaded.error().message), __FILE__, __LINE__);
        return {};
    }
    return path;
}

void TestSqliteCorpora::sakila()
{
    const QString path =
        load(QStringLiteral("sakila/sqlite-sakila-schema.sql"), QStringLiteral("sakila"));
    if (path.isEmpty())
        return;
    auto catalog = introspectFile(path);
    PARITY_VERIFY_RESULT(catalog);
    QCOMPARE(catalog->database, QStringLiteral("sakila"));
    const Schema &schema = catalog->schemas.first();
    QCOMPARE(schema.tables.size(), 16);
    QCOMPARE(schema.views.size(), 5);
    QCOMPARE(schema.triggers.size(), 30);

    const Table *film = schema.table(QStringLiteral("film"));
    QVERIFY(film);
    QCOMPARE(film->primaryKey->columns, QStringList{QStringLiteral("film_id")});
    QCOMPARE(names(film->checks), (QStringList{QStringLiteral("CHECK_special_features"),
                                               QStringLiteral("CHECK_special_rating")}));
    QCOMPARE(film->checks[1].expression,
             QStringLiteral("rating in ('G','PG','PG-13','R','NC-17')"));
    QCOMPARE(names(film->foreignKeys), (QStringList{QStringLiteral("fk_film_language"),
                                                    QStringLiteral("fk_film_language_original")}));
    QCOMPARE(foreignKey(*film, QStringLiteral("fk_film_language_original"))->columns,
             QStringList{QStringLiteral("original_language_id")});
    QCOMPARE(foreignKey(*film, QStringLiteral("fk_film_language_original"))->referencedColumns,
             QStringList{QStringLiteral("language_id")});
    const Column *description = film->column(QStringLiteral("description"));
    QCOMPARE(description->type, QStringLiteral("BLOB SUB_TYPE TEXT"));
    QCOMPARE(description->normalizedType, QStringLiteral("blob sub_type text"));
    QCOMPARE(description->defaultExpression, QStringLiteral("NULL"));
    QCOMPARE(film->column(QStringLiteral("rental_rate"))->defaultExpression,
             QStringLiteral("4.99"));
    QCOMPARE(film->column(QStringLiteral("rental_rate"))->normalizedType,
             QStringLiteral("numeric(4,2)"));
    QCOMPARE(film->column(QStringLiteral("film_id"))->nullable, false);

    const Table *payment = schema.table(QStringLiteral("payment"));
    const ForeignKey *rental = foreignKey(*payment, QStringLiteral("fk_payment_rental"));
    QVERIFY(rental);
    QCOMPARE(rental->onDelete, QStringLiteral("SET NULL"));
    QCOMPARE(rental->onUpdate, QStringLiteral("CASCADE"));

    const Table *rentalTable = schema.table(QStringLiteral("rental"));
    const auto uq =
        std::ranges::find(rentalTable->indexes, QStringLiteral("idx_rental_uq"), &Index::name);
    QVERIFY(uq != rentalTable->indexes.end());
    QVERIFY(uq->unique);
    QCOMPARE(uq->keys.size(), 3);
    QCOMPARE(uq->keys.first().expression, QStringLiteral("rental_date"));

    QCOMPARE(schema.view(QStringLiteral("film_list"))->columns,
             (QStringList{QStringLiteral("FID"), QStringLiteral("title"),
                          QStringLiteral("description"), QStringLiteral("category"),
                          QStringLiteral("price"), QStringLiteral("length"),
                          QStringLiteral("rating"), QStringLiteral("actors")}));
    QVERIFY(schema.view(QStringLiteral("film_list"))
                ->definition.startsWith(QStringLiteral("SELECT film.film_id AS FID,")));

    const auto trigger =
        std::ranges::find(schema.triggers, QStringLiteral("actor_trigger_ai"), &Trigger::name);
    QVERIFY(trigger != schema.triggers.end());
    QCOMPARE(trigger->table, QStringLiteral("actor"));
    QCOMPARE(trigger->timing, QStringLiteral("AFTER"));
    QCOMPARE(trigger->events, QStringList{QStringLiteral("INSERT")});

    auto again = introspectFile(path);
    PARITY_VERIFY_RESULT(again);
    QVERIFY(*again == *catalog);
}

void TestSqliteCorpora::chinook()
{
    // The full script: schema plus data, for the row counts.
    const QString path =
        load(QStringLiteral("chinook/Chinook_Sqlite.full.sql"), QStringLiteral("chinook"));
    if (path.isEmpty())
        return;
    auto catalog = introspectFile(path, true);
    PARITY_VERIFY_RESULT(catalog);
    const Schema &schema = catalog->schemas.first();
    QCOMPARE(schema.tables.size(), 11);

    const Table *album = schema.table(QStringLiteral("Album"));
    QVERIFY(album);
    QCOMPARE(album->primaryKey->name, QStringLiteral("PK_Album"));
    QCOMPARE(album->rowCount, qint64(347));
    QCOMPARE(schema.table(QStringLiteral("Track"))->rowCount, qint64(3503));
    QCOMPARE(schema.table(QStringLiteral("Artist"))->rowCount, qint64(275));
    QCOMPARE(album->foreignKeys.size(), 1);
    QCOMPARE(album->foreignKeys.first().name, QStringLiteral("Album_ArtistId_fkey"));
    QCOMPARE(album->foreignKeys.first().referencedTable, QStringLiteral("Artist"));
    QCOMPARE(album->foreignKeys.first().referencedColumns, QStringList{QStringLiteral("ArtistId")});
    QCOMPARE(names(album->indexes), QStringList{QStringLiteral("IFK_AlbumArtistId")});
    QCOMPARE(identityKindKey(album->column(QStringLiteral("AlbumId"))->identity),
             QStringLiteral("none"));

    const Table *playlistTrack = schema.table(QStringLiteral("PlaylistTrack"));
    QCOMPARE(playlistTrack->primaryKey->name, QStringLiteral("PK_PlaylistTrack"));
    QCOMPARE(playlistTrack->primaryKey->columns,
             (QStringList{QStringLiteral("PlaylistId"), QStringLiteral("TrackId")}));
    QCOMPARE(playlistTrack->indexes.size(), 2); // the PK's own index is not listed

    const Table *track = schema.table(QStringLiteral("Track"));
    QCOMPARE(track->column(QStringLiteral("Name"))->type, QStringLiteral("NVARCHAR(200)"));
    QCOMPARE(track->column(QStringLiteral("Name"))->normalizedType, QStringLiteral("varchar(200)"));
    QCOMPARE(track->column(QStringLiteral("UnitPrice"))->normalizedType,
             QStringLiteral("numeric(10,2)"));
    QCOMPARE(track->foreignKeys.size(), 3);

    const Table *employee = schema.table(QStringLiteral("Employee"));
    QCOMPARE(employee->foreignKeys.first().referencedTable,
             QStringLiteral("Employee")); // self-reference

    auto again = introspectFile(path, true);
    PARITY_VERIFY_RESULT(again);
    QVERIFY(*again == *catalog);
}

void TestSqliteCorpora::chinookAutoIncrementVariant()
{
    const QString plainPath =
        load(QStringLiteral("chinook/Chinook_Sqlite.schema.sql"), QStringLiteral("chinook_plain"));
    const QString autoPath =
        load(QStringLiteral("chinook/Chinook_Sqlite_AutoIncrementPKs.schema.sql"),
             QStringLiteral("chinook_autoinc"));
    if (plainPath.isEmpty() || autoPath.isEmpty())
        return;
    auto plain = introspectFile(plainPath);
    PARITY_VERIFY_RESULT(plain);
    auto autoinc = introspectFile(autoPath);
    PARITY_VERIFY_RESULT(autoinc);

    const Table *album = autoinc->table(QStringLiteral("main"), QStringLiteral("Album"));
    QCOMPARE(identityKindKey(album->column(QStringLiteral("AlbumId"))->identity),
             QStringLiteral("auto-increment"));
    QCOMPARE(album->primaryKey->name, QString());         // column-level, unnamed
    QCOMPARE(autoinc->schemas.first().tables.size(), 11); // sqlite_sequence is not a user table

    // The variants differ in exactly the key columns' AUTOINCREMENT and the
    // key constraints' names and place (table constraint or on the column):
    // with those set aside the catalogs are equal.
    auto setAside = [](Catalog c) {
        c.database.clear();
        for (Table &t : c.schemas.first().tables) {
            if (t.primaryKey && t.primaryKey->columns.size() == 1) {
                t.primaryKey->name.clear();
                t.primaryKey->tableLevel = false;
            }
            for (Column &col : t.columns)
                col.identity = IdentityKind::None;
        }
        return c;
    };
    int differingTables = 0;
    for (const Table &t : plain->schemas.first().tables) {
        const Table *other = autoinc->table(QStringLiteral("main"), t.name);
        QVERIFY2(other, qPrintable(t.name));
        differingTables += *other == t ? 0 : 1;
    }
    QCOMPARE(differingTables,
             10); // all but PlaylistTrack, whose composite key has no AUTOINCREMENT
    QVERIFY(setAside(*plain) == setAside(*autoinc));
}

QTEST_GUILESS_MAIN(TestSqliteCorpora)
#include "tst_sqlitecorpora.moc"
