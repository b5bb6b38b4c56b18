// Backups against the real throwaway PostgreSQL and MariaDB servers and a
// SQLite file: take one of a database with hostile names, change the
// database, restore over it and into a new database, and find the schema
// and rows as they were. Also the refusals: a folder that cannot be
// written, a client tool that is missing, a backup that was altered, and
// cancel half-way.
#include "common/jobcontext.h"
#include "connection/databasesession.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "migration/execution/backup.h"
#include "migration/sqlgenerator.h"
#include "recordingjob.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace parity;

namespace {

/// Says "cancelled" from its second question on: the first check (before
/// the tool starts) passes, the next one (while it runs) stops it.
class CancelAfterFirstCheck : public JobContext
{
public:
    bool isCancelled() const override { return ++m_calls > 1; }

private:
    mutable int m_calls = 0;
};

struct DialectCase
{
    QString setup;  ///< hostile names and rows
    QString change; ///< drops a table, adds one, changes rows
};

DialectCase casesFor(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return {
            QStringLiteral(
                "CREATE TABLE \"select\" (id int PRIMARY KEY, \"a col\" text, \"We\"\"ird\" "
                "numeric(10,2));\n"
                "CREATE SCHEMA \"Zähler \"\"S\"\"\";\n"
                "CREATE TABLE \"Zähler \"\"S\"\"\".\"Zähler Tabelle\" (nr serial PRIMARY KEY,"
                " \"select\" int REFERENCES public.\"select\"(id), note text);\n"
                "CREATE VIEW \"a view\" AS SELECT id, \"a col\" FROM \"select\";\n"
                "CREATE INDEX \"idx \"\"q\"\"\" ON \"select\" (\"a col\");\n"
                "CREATE FUNCTION \"f'n\"() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\n"
                "INSERT INTO \"select\" VALUES (1, 'it''s', 1.5), (2, NULL, -2), (3, 'ü ✓', 0);\n"
                "INSERT INTO \"Zähler \"\"S\"\"\".\"Zähler Tabelle\" (\"select\", note)"
                " VALUES (1, 'a'), (2, 'b'), (NULL, 'c');\n"
                "SELECT lo_from_bytea(424242, 'large object');\n"),
            QStringLiteral("DROP TABLE \"Zähler \"\"S\"\"\".\"Zähler Tabelle\";\n"
                           "CREATE TABLE extra_table (x int);\n"
                           "INSERT INTO extra_table VALUES (1);\n"
                           "CREATE SCHEMA extra_schema;\n"
                           "CREATE TABLE extra_schema.t (y int);\n"
                           "UPDATE \"select\" SET \"a col\" = 'changed';\n"
                           "DELETE FROM \"select\" WHERE id = 3;\n"
                           "SELECT lo_from_bytea(434343, 'another');\n")};
    case Dialect::MySQL:
        return {
            QStringLiteral(
                "CREATE TABLE `select` (id int PRIMARY KEY, `a col` text, `We``ird` "
                "decimal(10,2));\n"
                "CREATE TABLE `Zähler Tabelle` (nr int AUTO_INCREMENT PRIMARY KEY, `select` int,"
                " note varchar(20), CONSTRAINT `fk \"q\"` FOREIGN KEY (`select`) REFERENCES "
                "`select` (id));\n"
                "CREATE VIEW `a view` AS SELECT id, `a col` FROM `select`;\n"
                "CREATE PROCEDURE `p'q`() SELECT 1;\n"
                "INSERT INTO `select` VALUES (1, 'it''s', 1.5), (2, NULL, -2), (3, 'ü ✓', 0);\n"
                "INSERT INTO `Zähler Tabelle` (`select`, note) VALUES (1, 'a'), (2, 'b'), (NULL, "
                "'c');\n"
                "CREATE TRIGGER `trg``x` BEFORE INSERT ON `select` FOR EACH ROW"
                " SET NEW.`a col` = COALESCE(NEW.`a col`, 'default');\n"),
            QStringLiteral("DROP TABLE `Zähler Tabelle`;\n"
                           "CREATE TABLE extra_table (x int);\n"
                           "INSERT INTO extra_table VALUES (1);\n"
                           "CREATE VIEW extra_view AS SELECT 1 AS one;\n"
                           "CREATE FUNCTION extra_f() RETURNS int DETERMINISTIC RETURN 1;\n"
                           "UPDATE `select` SET `a col` = 'changed';\n"
                           "DELETE FROM `select` WHERE id = 3;\n")};
    case Dialect::SQLite:
        return {
            QStringLiteral(
                "CREATE TABLE \"select\" (id INTEGER PRIMARY KEY, \"a col\" TEXT, \"We\"\"ird\" "
                "REAL);\n"
                "CREATE TABLE \"Zähler Tabelle\" (nr INTEGER PRIMARY KEY,"
                " \"select\" INTEGER REFERENCES \"select\"(id), note TEXT);\n"
                "CREATE VIEW \"a view\" AS SELECT id, \"a col\" FROM \"select\";\n"
                "CREATE INDEX \"idx \"\"q\"\"\" ON \"select\" (\"a col\");\n"
                "INSERT INTO \"select\" VALUES (1, 'it''s', 1.5), (2, NULL, -2), (3, 'ü ✓', 0);\n"
                "INSERT INTO \"Zähler Tabelle\" (\"select\", note) VALUES (1, 'a'), (2, 'b'), "
                "(NULL, 'c');\n"),
            QStringLiteral("DROP TABLE \"Zähler Tabelle\";\n"
                           "CREATE TABLE extra_table (x int);\n"
                           "INSERT INTO extra_table VALUES (1);\n"
                           "UPDATE \"select\" SET \"a col\" = 'changed';\n"
                           "DELETE FROM \"select\" WHERE id = 3;\n")};
    }
    return {};
}

QString describe(const SchemaDiff &diff)
{
    QStringList lines;
    for (const ObjectChange &change : diff.changes) {
        QStringList fields;
        for (const FieldChange &field : change.fields)
            fields << QStringLiteral("%1: %2 -> %3").arg(field.field, field.from, field.to);
        lines << QStringLiteral("%1 %2 (%3)")
                     .arg(int(change.change))
                     .arg(change.path(), fields.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QString backupFileName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QStringLiteral("backup.dump");
    case Dialect::MySQL:
        return QStringLiteral("backup.sql");
    case Dialect::SQLite:
        return QStringLiteral("backup.sqlite");
    }
    return {};
}

QString formatName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QStringLiteral("pg_dump-custom");
    case Dialect::MySQL:
        return QStringLiteral("mysqldump");
    case Dialect::SQLite:
        return QStringLiteral("sqlite");
    }
    return {};
}

void flipBytes(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 middle = file.size() / 2;
    QVERIFY(file.seek(middle));
    QByteArray bytes = file.read(16);
    for (char &c : bytes)
        c = char(~c);
    QVERIFY(file.seek(middle));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void backupFolder_data();
    void backupFolder();
    void notEnoughSpace();
    void estimate_data();
    void estimate();
    void infoJson();

    void roundTrip_data();
    void roundTrip();
    void missingTool_data();
    void missingTool();
    void alteredBackupRefused_data();
    void alteredBackupRefused();
    void unreadableBackup_data();
    void unreadableBackup();
    void cancelRemovesPartialFile_data();
    void cancelRemovesPartialFile();
    void postgresRestoreIsAllOrNothing();
    void postgresCancelledRestoreChangesNothing();

private:
    void addDialectRows();
    /// A fresh database (or SQLite file) named after `name`, filled by the
    /// dialect's hostile setup.
    Result<ConnectionSpec> freshDatabase(Dialect dialect, const QString &name);
    /// `spec` pointed at another database (or file).
    ConnectionSpec elsewhere(const ConnectionSpec &spec, const QString &name) const;
    void dropDatabase(Dialect dialect, const QString &name);
    /// Every table's rows as sorted text lines, by table name.
    QMap<QString, QStringList> contents(const ConnectionSpec &spec, const Catalog &catalog);
    Catalog inspected(const ConnectionSpec &spec);

    QList<QPair<Dialect, QString>> m_databases; ///< created on the servers, dropped at the end
};

void TestBackup::initTestCase()
{
    // Fails, never skips, without the servers the ctest fixtures start.
    PARITY_VERIFY_RESULT(test::serverSpec(Dialect::PostgreSQL));
    PARITY_VERIFY_RESULT(test::serverSpec(Dialect::MySQL));
}

void TestBackup::cleanupTestCase()
{
    for (const auto &[dialect, name] : std::as_const(m_databases))
        dropDatabase(dialect, name);
}

void TestBackup::addDialectRows()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("postgresql") << Dialect::PostgreSQL;
    QTest::newRow("mariadb") << Dialect::MySQL;
    QTest::newRow("sqlite") << Dialect::SQLite;
}

void TestBackup::dropDatabase(Dialect dialect, const QString &name)
{
    if (dialect == Dialect::SQLite) {
        QFile::remove(name);
        return;
    }
    auto server = test::serverSpec(dialect);
    if (!server)
        return;
    const auto generator = SqlGenerator::create(dialect);
    const QString sql =
        dialect == Dialect::PostgreSQL
            ? QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE);\n")
                  .arg(generator->quoteIdentifier(name))
            : QStringLiteral("DROP DATABASE IF EXISTS %1;\n").arg(generator->quoteIdentifier(name));
    if (auto ok = test::runSql(*server, sql); !ok)
        qWarning("%s", qPrintable(ok.error().message));
}

Result<ConnectionSpec> TestBackup::freshDatabase(Dialect dialect, const QString &name)
{
    Result<ConnectionSpec> spec = fail(Error::Code::Internal, QString());
    if (dialect == Dialect::SQLite) {
        spec = ConnectionSpec::parse(QStringLiteral("sqlite:")
                                     + test::scratchSqlitePath(name + QStringLiteral(".sqlite")));
    } else {
        spec = test::createScratchDatabase(dialect, name);
        m_databases << qMakePair(dialect, name);
    }
    if (!spec)
        return spec;
    if (auto ok = test::runSql(*spec, casesFor(dialect).setup); !ok)
        return std::unexpected(ok.error());
    return spec;
}

ConnectionSpec TestBackup::elsewhere(const ConnectionSpec &spec, const QString &name) const
{
    ConnectionSpec other = spec;
    if (spec.kind == ConnectionSpec::Kind::SQLite)
        other.path = name;
    else
        other.database = name;
    return other;
}

Catalog TestBackup::inspected(const ConnectionSpec &spec)
{
    JobContext job;
    auto catalog = inspect(spec, {}, job);
    if (!catalog) {
        qWarning("%s", qPrintable(catalog.error().message));
        return {};
    }
    return *catalog;
}

QMap<QString, QStringList> TestBackup::contents(const ConnectionSpec &spec, const Catalog &catalog)
{
    QMap<QString, QStringList> rows;
    auto session = DatabaseSession::open(spec, DatabaseSession::Access::ReadOnly);
    if (!session) {
        qWarning("%s", qPrintable(session.error().message));
        return rows;
    }
    const auto generator = SqlGenerator::create(catalog.dialect);
    for (const Schema &schema : catalog.schemas) {
        for (const Table &table : schema.tables) {
            // MySQL's schema is the database, whose name differs after a
            // restore into another one: key by the table alone there.
            const QString key = catalog.dialect == Dialect::PostgreSQL
                                    ? schema.name + QLatin1Char('.') + table.name
                                    : table.name;
            const QString from = catalog.dialect == Dialect::PostgreSQL
                                     ? generator->quoteIdentifier(schema.name) + QLatin1Char('.')
                                           + generator->quoteIdentifier(table.name)
                                     : generator->quoteIdentifier(table.name);
            QSqlQuery query((*session)->database());
            if (!query.exec(QStringLiteral("SELECT * FROM ") + from)) {
                qWarning("cannot read %s", qPrintable(key));
                continue;
            }
            QStringList lines;
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << (query.isNull(i) ? QStringLiteral("<null>")
                                               : query.value(i).toString());
                lines << values.join(QLatin1Char('|'));
            }
            lines.sort();
            rows.insert(key, lines);
        }
    }
    return rows;
}

void TestBackup::backupFolder_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("ok");
    QTest::newRow("existing folder") << QStringLiteral("existing") << true;
    QTest::newRow("missing folders are made") << QStringLiteral("nested") << true;
    QTest::newRow("under a regular file") << QStringLiteral("under-file") << false;
    QTest::newRow("a file, not a folder") << QStringLiteral("file") << false;
    QTest::newRow("in /proc") << QStringLiteral("proc") << false;
    QTest::newRow("empty") << QStringLiteral("empty") << false;
}

void TestBackup::backupFolder()
{
    QFETCH(QString, kind);
    QFETCH(bool, ok);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    QString folder;
    if (kind == QLatin1String("existing"))
        folder = dir.path();
    else if (kind == QLatin1String("nested"))
        folder = dir.filePath(QStringLiteral("a/b c/d"));
    else if (kind == QLatin1String("under-file"))
        folder = file + QStringLiteral("/sub");
    else if (kind == QLatin1String("file"))
        folder = file;
    else if (kind == QLatin1String("proc"))
        folder = QStringLiteral("/proc/parity-backup-test");

    const auto entries = [&] {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    };
    const QStringList before = entries();
    const auto result = checkBackupFolder(folder, 1024);
    QCOMPARE(bool(result), ok);
    if (ok) {
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(entries(), before); // the probe file is gone again
        return;
    }
    if (kind == QLatin1String("empty")) {
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        return;
    }
    QCOMPARE(result.error().code, Error::Code::Io);
    QVERIFY2(result.error().message.contains(folder), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QLatin1String("--backup-dir")),
             qPrintable(result.error().message));
}

void TestBackup::notEnoughSpace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto result = checkBackupFolder(dir.path(), qint64(1) << 60);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Io);
    QVERIFY2(result.error().message.contains(QLatin1String("free space")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(dir.path()), qPrintable(result.error().message));
    // 0: do not check space.
    PARITY_VERIFY_RESULT(checkBackupFolder(dir.path(), 0));
}

void TestBackup::estimate_data()
{
    QTest::addColumn<QList<qint64>>("rowCounts");
    QTest::addColumn<QList<qint64>>("rowEstimates");
    QTest::addColumn<qint64>("bytes");
    const qint64 mib = 1024 * 1024;
    QTest::newRow("no tables: the floor") << QList<qint64>{} << QList<qint64>{} << mib;
    QTest::newRow("few rows: the floor") << QList<qint64>{10} << QList<qint64>{-1} << mib;
    QTest::newRow("counted rows") << QList<qint64>{1000000} << QList<qint64>{5}
                                  << qint64(200000000);
    QTest::newRow("estimated rows")
        << QList<qint64>{-1} << QList<qint64>{500000} << qint64(100000000);
    QTest::newRow("unknown: 1 MiB each")
        << QList<qint64>{-1, -1, -1} << QList<qint64>{-1, -1, -1} << 3 * mib;
    QTest::newRow("mixed") << QList<qint64>{-1, 100000} << QList<qint64>{-1, -1} << mib + 20000000;
}

void TestBackup::estimate()
{
    QFETCH(QList<qint64>, rowCounts);
    QFETCH(QList<qint64>, rowEstimates);
    QFETCH(qint64, bytes);
    Catalog catalog;
    Schema schema;
    schema.name = QStringLiteral("main");
    for (qsizetype i = 0; i < rowCounts.size(); ++i) {
        Table table;
        table.schema = schema.name;
        table.name = QStringLiteral("t%1").arg(i);
        table.rowCount = rowCounts[i];
        table.rowEstimate = rowEstimates[i];
        schema.tables << table;
    }
    catalog.schemas << schema;
    QCOMPARE(estimateBackupBytes(catalog), bytes);
}

void TestBackup::infoJson()
{
    BackupInfo info;
    info.path = QStringLiteral("/runs/x/backup.dump");
    info.format = QStringLiteral("pg_dump-custom");
    info.bytes = qint64(5) << 32;
    info.sha256 = QString(64, QLatin1Char('a'));
    info.tool = QStringLiteral("pg_dump (PostgreSQL) 15.18");
    info.serverVersion = QStringLiteral("PostgreSQL 15.18");
    info.tablesFound = 7;
    info.verified = true;
    const QByteArray text = QJsonDocument(info.toJson()).toJson();
    const BackupInfo back = BackupInfo::fromJson(QJsonDocument::fromJson(text).object());
    QCOMPARE(back.path, info.path);
    QCOMPARE(back.format, info.format);
    QCOMPARE(back.bytes, info.bytes);
    QCOMPARE(back.sha256, info.sha256);
    QCOMPARE(back.tool, info.tool);
    QCOMPARE(back.serverVersion, info.serverVersion);
    QCOMPARE(back.tablesFound, info.tablesFound);
    QCOMPARE(back.verified, info.verified);
}

void TestBackup::roundTrip_data()
{
    addDialectRows();
}

void TestBackup::roundTrip()
{
    QFETCH(Dialect, dialect);
    auto spec = freshDatabase(dialect, QStringLiteral("parity_backup_roundtrip"));
    PARITY_VERIFY_RESULT(spec);
    const Catalog original = inspected(*spec);
    QCOMPARE(countObjects(original).tables, 2);
    const auto originalRows = contents(*spec, original);
    QCOMPARE(originalRows.size(), 2);
    QCOMPARE(originalRows.first().size(), 3);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::RecordingJob job;
    const auto info = takeBackup(*spec, dir.path(), original, job);
    PARITY_VERIFY_RESULT(info);
    QCOMPARE(info->path, dir.filePath(backupFileName(dialect)));
    QCOMPARE(info->format, formatName(dialect));
    QVERIFY(info->verified);
    QCOMPARE(info->sha256.size(), 64);
    QVERIFY(info->bytes > 0);
    QCOMPARE(info->bytes, QFileInfo(info->path).size());
    QCOMPARE(info->tablesFound, 2);
    QVERIFY2(!info->tool.isEmpty(), qPrintable(info->tool));
    QVERIFY(!info->serverVersion.isEmpty());
    QVERIFY(!job.steps.isEmpty());
    {
        QFile file(info->path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("parity-test-pw"));
    }
    PARITY_VERIFY_RESULT(checkBackup(*info));
    PARITY_VERIFY_RESULT(checkBackup(BackupInfo::fromJson(info->toJson())));

    // Change the database, and make sure the change shows.
    PARITY_VERIFY_RESULT(test::runSql(*spec, casesFor(dialect).change));
    const Catalog changed = inspected(*spec);
    QVERIFY(!compareCatalogs(original, changed).isEmpty());
    QVERIFY(contents(*spec, changed) != originalRows);

    // Restore over it: exactly what the backup holds, and nothing else.
    test::RecordingJob restoreJob;
    PARITY_VERIFY_RESULT(restoreBackup(*spec, *info, QString(), restoreJob));
    const Catalog restored = inspected(*spec);
    const SchemaDiff diff = compareCatalogs(original, restored);
    QVERIFY2(diff.isEmpty(), qPrintable(describe(diff)));
    QCOMPARE(contents(*spec, restored), originalRows);
    if (dialect == Dialect::PostgreSQL) {
        auto session = DatabaseSession::open(*spec, DatabaseSession::Access::ReadOnly);
        PARITY_VERIFY_RESULT(session);
        QSqlQuery query((*session)->database());
        QVERIFY(query.exec(
            QStringLiteral("SELECT string_agg(oid::text, ',') FROM pg_largeobject_metadata")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("424242"));
    }

    // Restore into a new database, which must not exist yet.
    const QString newName =
        dialect == Dialect::SQLite
            ? test::scratchSqlitePath(QStringLiteral("restored \"copy\".sqlite"))
            : QStringLiteral("parity_backup \"into\"");
    dropDatabase(dialect, newName);
    if (dialect != Dialect::SQLite)
        m_databases << qMakePair(dialect, newName);
    PARITY_VERIFY_RESULT(restoreBackup(*spec, *info, newName, restoreJob));
    const ConnectionSpec copy = elsewhere(*spec, newName);
    const Catalog copied = inspected(copy);
    const SchemaDiff copyDiff = compareCatalogs(original, copied);
    QVERIFY2(copyDiff.isEmpty(), qPrintable(describe(copyDiff)));
    QCOMPARE(contents(copy, copied), originalRows);

    const auto again = restoreBackup(*spec, *info, newName, restoreJob);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::InvalidInput);
    QVERIFY2(again.error().message.contains(QLatin1String("already exists")),
             qPrintable(again.error().message));
    dropDatabase(dialect, newName);
}

void TestBackup::missingTool_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("package");
    QTest::newRow("postgresql") << Dialect::PostgreSQL << QStringLiteral("postgresql-client");
    QTest::newRow("mariadb") << Dialect::MySQL << QStringLiteral("mariadb-client");
}

void TestBackup::missingTool()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, package);
    auto spec = test::serverSpec(dialect);
    PARITY_VERIFY_RESULT(spec);
    QTemporaryDir dir;
    QTemporaryDir emptyBin;
    QVERIFY(dir.isValid() && emptyBin.isValid());

    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", emptyBin.path().toLocal8Bit());
    JobContext job;
    const auto taken = takeBackup(*spec, dir.path(), Catalog{}, job);
    // A backup file that passes the checks that need no client tool: the
    // restore must then look for its tool.
    BackupInfo fake;
    fake.path = dir.filePath(QStringLiteral("fake"));
    fake.format = formatName(dialect);
    {
        QFile file(fake.path);
        if (file.open(QIODevice::WriteOnly))
            file.write(dialect == Dialect::PostgreSQL ? "PGDMP"
                                                      : "-- Dump completed on 2026-01-01\n");
    }
    const auto restored = restoreBackup(*spec, fake, QString(), job);
    qputenv("PATH", path);

    QVERIFY(!taken);
    QCOMPARE(taken.error().code, Error::Code::NotFound);
    QVERIFY2(taken.error().message.contains(package), qPrintable(taken.error().message));
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, Error::Code::NotFound);
    QVERIFY2(restored.error().message.contains(package), qPrintable(restored.error().message));
}

void TestBackup::alteredBackupRefused_data()
{
    addDialectRows();
}

void TestBackup::alteredBackupRefused()
{
    QFETCH(Dialect, dialect);
    auto spec = freshDatabase(dialect, QStringLiteral("parity_backup_altered"));
    PARITY_VERIFY_RESULT(spec);
    const Catalog original = inspected(*spec);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    JobContext job;
    const auto info = takeBackup(*spec, dir.path(), original, job);
    PARITY_VERIFY_RESULT(info);
    flipBytes(info->path);

    const auto checked = checkBackup(*info);
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, Error::Code::Corrupt);
    QVERIFY2(checked.error().message.contains(info->path), qPrintable(checked.error().message));

    // The restore refuses before it touches the database.
    PARITY_VERIFY_RESULT(test::runSql(*spec, casesFor(dialect).change));
    const Catalog changed = inspected(*spec);
    const auto restored = restoreBackup(*spec, *info, QString(), job);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, Error::Code::Corrupt);
    QVERIFY(compareCatalogs(changed, inspected(*spec)).isEmpty());

    QFile::remove(info->path);
    const auto gone = checkBackup(*info);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, Error::Code::NotFound);
}

void TestBackup::unreadableBackup_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("pg_dump: not a dump")
        << QStringLiteral("pg_dump-custom") << QByteArray("PGDMP but then garbage\n");
    QTest::newRow("pg_dump: empty") << QStringLiteral("pg_dump-custom") << QByteArray();
    QTest::newRow("mysqldump: cut short")
        << QStringLiteral("mysqldump")
        << QByteArray(
               "-- MariaDB dump\nCREATE TABLE `t` (\n  `a` int\n);\nINSERT INTO `t` VALUES (1");
    QTest::newRow("mysqldump: empty") << QStringLiteral("mysqldump") << QByteArray();
    QTest::newRow("sqlite: not a database")
        << QStringLiteral("sqlite")
        << QByteArray("this is not an SQLite file, not at all, really").repeated(100);
    QTest::newRow("unknown format") << QStringLiteral("zip") << QByteArray("PK");
}

void TestBackup::unreadableBackup()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    BackupInfo info;
    info.path = dir.filePath(QStringLiteral("backup.x"));
    info.format = format;
    {
        QFile file(info.path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const auto checked = checkBackup(info);
    QVERIFY(!checked);
    QCOMPARE(checked.error().code,
             format == QLatin1String("zip") ? Error::Code::InvalidInput : Error::Code::Corrupt);
}

void TestBackup::cancelRemovesPartialFile_data()
{
    addDialectRows();
}

void TestBackup::cancelRemovesPartialFile()
{
    QFETCH(Dialect, dialect);
    auto spec = freshDatabase(dialect, QStringLiteral("parity_backup_cancel"));
    PARITY_VERIFY_RESULT(spec);
    const Catalog original = inspected(*spec);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CancelAfterFirstCheck job;
    const auto info = takeBackup(*spec, dir.path(), original, job);
    QVERIFY(!info);
    QCOMPARE(info.error().code, Error::Code::Cancelled);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestBackup::postgresRestoreIsAllOrNothing()
{
    // The backup gives a table to a role that is gone by restore time: the
    // restore fails at that ALTER … OWNER, after the drops and most of the
    // dump ran, and everything must roll back.
    auto server = test::serverSpec(Dialect::PostgreSQL);
    PARITY_VERIFY_RESULT(server);
    const QString role = QStringLiteral("parity_backup_gone_owner");
    // The database first: one left by an earlier failed run may hold the role's table.
    auto spec = freshDatabase(Dialect::PostgreSQL, QStringLiteral("parity_backup_all_or_nothing"));
    PARITY_VERIFY_RESULT(spec);
    PARITY_VERIFY_RESULT(
        test::runSql(*server,
                     QStringLiteral("DROP ROLE IF EXISTS %1;\nCREATE ROLE %1;\n").arg(role)));
    PARITY_VERIFY_RESULT(
        test::runSql(*spec,
                     QStringLiteral("CREATE TABLE owned (x int);\nALTER TABLE owned OWNER TO %1;\n")
                         .arg(role)));
    const Catalog original = inspected(*spec);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    JobContext job;
    const auto info = takeBackup(*spec, dir.path(), original, job);
    PARITY_VERIFY_RESULT(info);

    PARITY_VERIFY_RESULT(
        test::runSql(*spec,
                     casesFor(Dialect::PostgreSQL).change
                         + QStringLiteral("REASSIGN OWNED BY %1 TO CURRENT_USER;\n").arg(role)));
    PARITY_VERIFY_RESULT(test::runSql(*server, QStringLiteral("DROP ROLE %1;\n").arg(role)));
    const Catalog changed = inspected(*spec);
    const auto changedRows = contents(*spec, changed);

    const auto restored = restoreBackup(*spec, *info, QString(), job);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, Error::Code::QueryFailed);
    QVERIFY2(restored.error().message.contains(role), qPrintable(restored.error().message));
    QVERIFY2(restored.error().message.contains(QLatin1String("was not changed")),
             qPrintable(restored.error().message));
    QVERIFY2(!restored.error().message.contains(QLatin1String("parity-test-pw")),
             qPrintable(restored.error().message));
    const Catalog after = inspected(*spec);
    const SchemaDiff diff = compareCatalogs(changed, after);
    QVERIFY2(diff.isEmpty(), qPrintable(describe(diff)));
    QCOMPARE(contents(*spec, after), changedRows);
}

void TestBackup::postgresCancelledRestoreChangesNothing()
{
    auto spec = freshDatabase(Dialect::PostgreSQL, QStringLiteral("parity_backup_cancel_restore"));
    PARITY_VERIFY_RESULT(spec);
    const Catalog original = inspected(*spec);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    JobContext job;
    const auto info = takeBackup(*spec, dir.path(), original, job);
    PARITY_VERIFY_RESULT(info);
    PARITY_VERIFY_RESULT(test::runSql(*spec, casesFor(Dialect::PostgreSQL).change));
    const Catalog changed = inspected(*spec);

    CancelAfterFirstCheck cancelling;
    const auto restored = restoreBackup(*spec, *info, QString(), cancelling);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, Error::Code::Cancelled);
    const SchemaDiff diff = compareCatalogs(changed, inspected(*spec));
    QVERIFY2(diff.isEmpty(), qPrintable(describe(diff)));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
