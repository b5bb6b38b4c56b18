// The guided apply and rollback against real PostgreSQL, MariaDB and SQLite:
// backup → apply → restore gives FROM back (schema and every row); the
// rollback script undoes a run; a connection killed in the middle of the
// apply leaves PostgreSQL unchanged and MariaDB with exactly the statements
// reported, which the script rollback undoes; wrong confirmation, an
// unwritable backup folder and a target changed since planning refuse
// before anything changes.
#include "common/jobcontext.h"
#include "connection/databasesession.h"
#include "introspection/inspector.h"
#include "migration/execution/applyrun.h"
#include "migration/execution/rollbackrun.h"
#include "migration/execution/runstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace parity;

namespace {

QString q(Dialect dialect, const QString &name)
{
    if (dialect == Dialect::MySQL)
        return QLatin1Char('`') + QString(name).replace(QLatin1Char('`'), QStringLiteral("``")) + QLatin1Char('`');
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// FROM: hostile names (space, reserved word, quote, mixed case, unicode) and rows.
QString fromSql(Dialect d)
{
    const QString serial = d == Dialect::PostgreSQL ? QStringLiteral("integer") : QStringLiteral("integer");
    return QStringLiteral("CREATE TABLE %1 (%2 %9 PRIMARY KEY, %3 varchar(40) NOT NULL, %4 varchar(40));\n"
                          "INSERT INTO %1 VALUES (1, 'a', 'x'), (2, 'b', NULL), (3, 'it''s', 'y');\n"
                          "CREATE TABLE %5 (%6 integer PRIMARY KEY, %7 varchar(20));\n"
                          "INSERT INTO %5 VALUES (10, 'ten'), (20, 'twenty');\n"
                          "CREATE TABLE %8 (id integer PRIMARY KEY);\n")
        .arg(q(d, QStringLiteral("order items")), q(d, QStringLiteral("id")), q(d, QStringLiteral("select")),
             q(d, QStringLiteral("naïve \"q\"")), q(d, QStringLiteral("Zähler Tabelle")), q(d, QStringLiteral("MixedCase")),
             q(d, QStringLiteral("label")), q(d, QStringLiteral("obsolete")))
        .arg(serial);
}

/// TO: a new table, a new nullable column, an index; "obsolete" (empty) dropped.
QString toSql(Dialect d)
{
    return QStringLiteral("CREATE TABLE %1 (%2 integer PRIMARY KEY, %3 varchar(40) NOT NULL, %4 varchar(40), %9 varchar(10));\n"
                          "CREATE TABLE %5 (%6 integer PRIMARY KEY, %7 varchar(20));\n"
                          "CREATE TABLE %8 (id integer PRIMARY KEY, note varchar(50));\n"
                          "CREATE INDEX %10 ON %5 (%7);\n")
        .arg(q(d, QStringLiteral("order items")), q(d, QStringLiteral("id")), q(d, QStringLiteral("select")),
             q(d, QStringLiteral("naïve \"q\"")), q(d, QStringLiteral("Zähler Tabelle")), q(d, QStringLiteral("MixedCase")),
             q(d, QStringLiteral("label")), q(d, QStringLiteral("new table")), q(d, QStringLiteral("Größe")))
        .arg(q(d, QStringLiteral("idx label")));
}

class QuietJob : public JobContext
{
};

} // namespace

class TestApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void applyThenRestoreBackup_data();
    void applyThenRestoreBackup();
    void applyThenScriptRollback_data();
    void applyThenScriptRollback();
    void restoreIntoNewDatabase_data();
    void restoreIntoNewDatabase();
    void postgresKilledMidApplyChangesNothing();
    void mariadbKilledMidApplyReportsExactly();
    void wrongConfirmationChangesNothing_data();
    void wrongConfirmationChangesNothing();
    void unwritableBackupFolderRefused();
    void driftRefused_data();
    void driftRefused();
    void auditTableIsOptIn();

private:
    /// A FROM and a TO database for `dialect`, named after `tag`.
    std::pair<ConnectionSpec, ConnectionSpec> makePair(Dialect dialect, const QString &tag);
    Catalog read(const ConnectionSpec &spec);
    /// A checksum of every row of every table, in key order.
    QString rowChecksum(const ConnectionSpec &spec);
    ApplyRequest request(const ConnectionSpec &from, const ConnectionSpec &to);
    /// Runs every phase of an apply; fails the test on an unexpected error.
    RunRecord applyAll(ApplyRun &run);

    QTemporaryDir m_dir;
    std::unique_ptr<RunStore> m_store;
};

void TestApply::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<RunStore>(m_dir.filePath(QStringLiteral("runs")));
    QVERIFY2(!qEnvironmentVariableIsEmpty("PARITY_TEST_PG_URL") && !qEnvironmentVariableIsEmpty("PARITY_TEST_MYSQL_URL"),
             "PARITY_TEST_PG_URL and PARITY_TEST_MYSQL_URL must name the test servers");
}

std::pair<ConnectionSpec, ConnectionSpec> TestApply::makePair(Dialect dialect, const QString &tag)
{
    ConnectionSpec from;
    ConnectionSpec to;
    if (dialect == Dialect::SQLite) {
        from = *ConnectionSpec::parse(test::scratchSqlitePath(tag + QStringLiteral("_from.db")));
        to = *ConnectionSpec::parse(test::scratchSqlitePath(tag + QStringLiteral("_to.db")));
        QFile::remove(from.path);
        QFile::remove(to.path);
    } else {
        auto f = test::createScratchDatabase(dialect, QStringLiteral("apply_") + tag + QStringLiteral("_from"));
        auto t = test::createScratchDatabase(dialect, QStringLiteral("apply_") + tag + QStringLiteral("_to"));
        if (!f || !t) {
            qWarning("%s", qPrintable(!f ? f.error().message : t.error().message));
            return {};
        }
        from = *f;
        to = *t;
    }
    if (auto ok = test::runSql(from, fromSql(dialect)); !ok)
        qWarning("%s", qPrintable(ok.error().message));
    if (auto ok = test::runSql(to, toSql(dialect)); !ok)
        qWarning("%s", qPrintable(ok.error().message));
    return {from, to};
}

Catalog TestApply::read(const ConnectionSpec &spec)
{
    QuietJob job;
    auto catalog = inspect(spec, IntrospectionOptions{}, job);
    if (!catalog)
        qWarning("%s", qPrintable(catalog.error().message));
    return catalog.value_or(Catalog{});
}

QString TestApply::rowChecksum(const ConnectionSpec &spec)
{
    const Catalog catalog = read(spec);
    auto session = DatabaseSession::open(spec, DatabaseSession::Access::ReadOnly);
    if (!session)
        return session.error().message;
    const auto g = [&](const QString &n) { return q(catalog.dialect, n); };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Schema &schema : catalog.schemas) {
        for (const Table &table : schema.tables) {
            QSqlQuery query((*session)->database());
            if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(g(table.name))))
                return QStringLiteral("cannot read ") + table.name;
            hash.addData(table.name.toUtf8());
            while (query.next()) {
                for (int i = 0; i < query.record().count(); ++i)
                    hash.addData(QByteArray((query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString()).toUtf8() + '|'));
                hash.addData("\n");
            }
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

ApplyRequest TestApply::request(const ConnectionSpec &from, const ConnectionSpec &to)
{
    ApplyRequest r;
    r.target = from;
    r.to = read(to);
    r.backupFolder = m_dir.filePath(QStringLiteral("backups"));
    r.allowDataLoss = false;
    return r;
}

RunRecord TestApply::applyAll(ApplyRun &run)
{
    QuietJob job;
    if (auto ok = run.preflight(job); !ok) {
        qWarning("preflight: %s", qPrintable(ok.error().message));
        return run.record();
    }
    if (auto ok = run.backup(job); !ok) {
        qWarning("backup: %s", qPrintable(ok.error().message));
        return run.record();
    }
    if (auto ok = run.confirm(run.confirmationName()); !ok)
        qWarning("confirm: %s", qPrintable(ok.error().message));
    if (auto ok = run.apply(job); !ok)
        qWarning("apply: %s", qPrintable(ok.error().message));
    if (auto ok = run.verify(job); !ok)
        qWarning("verify: %s", qPrintable(ok.error().message));
    if (auto ok = run.finish(); !ok)
        qWarning("finish: %s", qPrintable(ok.error().message));
    return run.record();
}

static void dialectRows()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("sqlite") << Dialect::SQLite;
    QTest::newRow("postgresql") << Dialect::PostgreSQL;
    QTest::newRow("mariadb") << Dialect::MySQL;
}

void TestApply::applyThenRestoreBackup_data()
{
    dialectRows();
}

void TestApply::applyThenRestoreBackup()
{
    QFETCH(Dialect, dialect);
    const auto [from, to] = makePair(dialect, QStringLiteral("restore"));
    QVERIFY(!from.display().isEmpty());
    const Catalog before = read(from);
    const QString rowsBefore = rowChecksum(from);

    ApplyRun run(request(from, to), *m_store);
    const RunRecord applied = applyAll(run);
    QCOMPARE(runOutcomeKey(applied.outcome), QStringLiteral("succeeded"));
    QVERIFY(applied.verified);
    QVERIFY(applied.backupVerified);
    QVERIFY(QFile::exists(applied.backupPath));
    QVERIFY(read(from).table(before.schemas.first().name, QStringLiteral("new table")));
    // Every statement ran and stays, but a connection setting (SQLite's PRAGMA) is no change.
    QVERIFY(std::ranges::all_of(applied.statements, &StatementRecord::succeeded));
    const auto changes = std::ranges::count_if(applied.statements, [](const StatementRecord &s) {
        return !s.sql.startsWith(QLatin1String("PRAGMA"));
    });
    QCOMPARE(applied.committedStatements().size(), changes);

    // The record on disk is the same as the one in memory.
    auto stored = m_store->load(applied.id);
    PARITY_VERIFY_RESULT(stored);
    QCOMPARE(stored->statements.size(), applied.statements.size());
    QCOMPARE(runOutcomeKey(stored->outcome), QStringLiteral("succeeded"));

    // Rows written after the run are replaced by the backup's.
    PARITY_VERIFY_RESULT(test::runSql(from, QStringLiteral("INSERT INTO %1 (id) VALUES (99);\n").arg(q(dialect, QStringLiteral("new table")))));

    RollbackRequest back;
    back.target = from;
    back.runId = applied.id;
    back.method = RollbackMethod::Backup;
    RollbackRun rollback(back, *m_store);
    QuietJob job;
    PARITY_VERIFY_RESULT(rollback.preflight(job));
    QVERIFY(!rollback.warnings().isEmpty());
    PARITY_VERIFY_RESULT(rollback.confirm(rollback.confirmationName()));
    PARITY_VERIFY_RESULT(rollback.execute(job));
    PARITY_VERIFY_RESULT(rollback.verify(job));
    PARITY_VERIFY_RESULT(rollback.finish());
    QVERIFY2(rollback.record().verificationDifferences.isEmpty(),
             qPrintable(rollback.record().verificationDifferences.join(QLatin1Char('\n'))));
    QCOMPARE(runOutcomeKey(rollback.record().outcome), QStringLiteral("succeeded"));
    QCOMPARE(rollback.record().rollsBack, applied.id);

    QVERIFY(differenceLines(before, read(from), DiffOptions{}).isEmpty());
    QCOMPARE(rowChecksum(from), rowsBefore);
}

void TestApply::applyThenScriptRollback_data()
{
    dialectRows();
}

void TestApply::applyThenScriptRollback()
{
    QFETCH(Dialect, dialect);
    const auto [from, to] = makePair(dialect, QStringLiteral("script"));
    const Catalog before = read(from);
    const QString rowsBefore = rowChecksum(from);

    ApplyRequest r = request(from, to);
    r.noBackup = true;
    ApplyRun run(r, *m_store);
    const RunRecord applied = applyAll(run);
    QCOMPARE(runOutcomeKey(applied.outcome), QStringLiteral("succeeded"));
    QVERIFY(applied.backupPath.isEmpty());
    // Without a backup, the plan says so as its first, high hazard.
    QVERIFY(!run.plan().forward.hazards.isEmpty());
    QCOMPARE(run.plan().forward.hazards.first().kind, HazardKind::NoBackup);

    RollbackRequest back;
    back.target = from;
    back.runId = applied.id;
    back.method = RollbackMethod::Script;
    RollbackRun rollback(back, *m_store);
    QuietJob job;
    PARITY_VERIFY_RESULT(rollback.preflight(job));
    QVERIFY(!rollback.plan().steps.isEmpty());
    // "obsolete" was dropped while empty: nothing is lost, nothing to warn about.
    QVERIFY2(rollback.warnings().isEmpty(), qPrintable(rollback.warnings().join(QLatin1Char('\n'))));
    PARITY_VERIFY_RESULT(rollback.confirm(rollback.confirmationName()));
    PARITY_VERIFY_RESULT(rollback.execute(job));
    PARITY_VERIFY_RESULT(rollback.verify(job));
    PARITY_VERIFY_RESULT(rollback.finish());
    QVERIFY2(rollback.record().verificationDifferences.isEmpty(),
             qPrintable(rollback.record().verificationDifferences.join(QLatin1Char('\n'))));
    QCOMPARE(runOutcomeKey(rollback.record().outcome), QStringLiteral("succeeded"));
    QVERIFY(differenceLines(before, read(from), DiffOptions{}).isEmpty());
    QCOMPARE(rowChecksum(from), rowsBefore);
}

void TestApply::restoreIntoNewDatabase_data()
{
    dialectRows();
}

void TestApply::restoreIntoNewDatabase()
{
    QFETCH(Dialect, dialect);
    const auto [from, to] = makePair(dialect, QStringLiteral("into"));
    const Catalog before = read(from);
    const QString rowsBefore = rowChecksum(from);
    ApplyRun run(request(from, to), *m_store);
    const RunRecord applied = applyAll(run);
    QCOMPARE(runOutcomeKey(applied.outcome), QStringLiteral("succeeded"));

    RollbackRequest back;
    back.target = from;
    back.runId = applied.id;
    back.method = RollbackMethod::Backup;
    if (dialect == Dialect::SQLite) {
        back.intoDatabase = test::scratchSqlitePath(QStringLiteral("restored_into.db"));
        QFile::remove(back.intoDatabase);
    } else {
        back.intoDatabase = QStringLiteral("apply_into_restored");
        auto dropped = test::createScratchDatabase(dialect, back.intoDatabase); // makes sure of a clean name …
        PARITY_VERIFY_RESULT(dropped);
        auto admin = DatabaseSession::open(from, DatabaseSession::Access::ReadWrite); // … then drops it again
        PARITY_VERIFY_RESULT(admin);
        PARITY_VERIFY_RESULT((*admin)->exec(QStringLiteral("DROP DATABASE %1").arg(q(dialect, back.intoDatabase))));
    }
    RollbackRun rollback(back, *m_store);
    QuietJob job;
    PARITY_VERIFY_RESULT(rollback.preflight(job));
    PARITY_VERIFY_RESULT(rollback.confirm(rollback.confirmationName()));
    PARITY_VERIFY_RESULT(rollback.execute(job));
    PARITY_VERIFY_RESULT(rollback.verify(job));
    PARITY_VERIFY_RESULT(rollback.finish());
    QVERIFY2(rollback.record().verificationDifferences.isEmpty(),
             qPrintable(rollback.record().verificationDifferences.join(QLatin1Char('\n'))));
    // The new database holds FROM as it was; the target keeps the run's changes.
    QCOMPARE(rowChecksum(rollback.restoredSpec()), rowsBefore);
    QVERIFY(read(from).table(before.schemas.first().name, QStringLiteral("new table")));
}

void TestApply::postgresKilledMidApplyChangesNothing()
{
    const auto [from, to] = makePair(Dialect::PostgreSQL, QStringLiteral("kill"));
    Q_UNUSED(to)
    const Catalog before = read(from);
    const QString rowsBefore = rowChecksum(from);

    ApplyRequest r;
    r.target = from;
    r.script = QStringLiteral("BEGIN;\nCREATE TABLE killed_first (a int);\nALTER TABLE \"order items\" ADD COLUMN "
                              "extra int;\nSELECT pg_sleep(4);\nCREATE TABLE killed_last (a int);\nCOMMIT;\n");
    r.backupFolder = m_dir.filePath(QStringLiteral("backups"));
    ApplyRun run(r, *m_store);
    QuietJob job;
    PARITY_VERIFY_RESULT(run.preflight(job));
    PARITY_VERIFY_RESULT(run.backup(job));
    PARITY_VERIFY_RESULT(run.confirm(run.confirmationName()));
    QFuture<bool> applying = QtConcurrent::run([&run] {
        QuietJob inner;
        return run.apply(inner).has_value();
    });

    // Wait for the apply to reach the sleep, then kill its connection.
    auto admin = DatabaseSession::open(from, DatabaseSession::Access::ReadWrite);
    PARITY_VERIFY_RESULT(admin);
    bool killed = false;
    QElapsedTimer timer;
    timer.start();
    while (!killed && timer.elapsed() < 20000 && !applying.isFinished()) {
        QSqlQuery query((*admin)->database());
        QVERIFY(query.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name "
                                          "LIKE 'parity run %' AND query LIKE 'SELECT pg_sleep%' AND pid <> pg_backend_pid()")));
        killed = query.next() && query.value(0).toBool();
        if (!killed)
            QTest::qWait(50);
    }
    QVERIFY2(killed, "the apply never reached pg_sleep");
    applying.waitForFinished();
    QVERIFY(applying.result());
    (void)run.finish();

    const RunRecord &record = run.record();
    QCOMPARE(runOutcomeKey(record.outcome), QStringLiteral("failed"));
    QVERIFY2(record.message.contains(QLatin1String("connection")), qPrintable(record.message));
    QVERIFY(record.committedStatements().isEmpty());
    // The script's BEGIN, two statements inside its transaction, the third killed.
    QCOMPARE(record.statements.size(), 4);
    QCOMPARE(record.statements.first().sql, QStringLiteral("BEGIN"));
    // The database's own word, read again after the kill: nothing stays.
    QVERIFY2(record.stateMeasured && record.stateDifferences.isEmpty(), qPrintable(record.stateDifferences.join(QLatin1Char('\n'))));
    auto stored = m_store->load(record.id);
    PARITY_VERIFY_RESULT(stored);
    QCOMPARE(runOutcomeKey(stored->outcome), QStringLiteral("failed"));

    // Unchanged: the transaction died with the connection.
    QVERIFY(differenceLines(before, read(from), DiffOptions{}).isEmpty());
    QCOMPARE(rowChecksum(from), rowsBefore);

    // The backup is intact and restorable.
    QVERIFY(run.backupInfo());
    PARITY_VERIFY_RESULT(checkBackup(*run.backupInfo()));
    RollbackRequest back;
    back.target = from;
    back.runId = record.id;
    back.method = RollbackMethod::Backup;
    RollbackRun rollback(back, *m_store);
    PARITY_VERIFY_RESULT(rollback.preflight(job));
    PARITY_VERIFY_RESULT(rollback.confirm(rollback.confirmationName()));
    PARITY_VERIFY_RESULT(rollback.execute(job));
    PARITY_VERIFY_RESULT(rollback.verify(job));
    QVERIFY2(rollback.record().verified, qPrintable(rollback.record().verificationDifferences.join(QLatin1Char('\n'))));
    QCOMPARE(rowChecksum(from), rowsBefore);
}

void TestApply::mariadbKilledMidApplyReportsExactly()
{
    const auto [from, to] = makePair(Dialect::MySQL, QStringLiteral("kill"));
    Q_UNUSED(to)
    const Catalog before = read(from);
    const QString rowsBefore = rowChecksum(from);

    ApplyRequest r;
    r.target = from;
    r.script = QStringLiteral("CREATE TABLE killed_first (a int);\nALTER TABLE `order items` ADD COLUMN extra int;\n"
                              "SELECT SLEEP(30);\nCREATE TABLE killed_last (a int);\n");
    r.backupFolder = m_dir.filePath(QStringLiteral("backups"));
    ApplyRun run(r, *m_store);
    QuietJob job;
    PARITY_VERIFY_RESULT(run.preflight(job));
    PARITY_VERIFY_RESULT(run.backup(job));
    PARITY_VERIFY_RESULT(run.confirm(run.confirmationName()));
    QFuture<bool> applying = QtConcurrent::run([&run] {
        QuietJob inner;
        return run.apply(inner).has_value();
    });

    auto admin = DatabaseSession::open(from, DatabaseSession::Access::ReadWrite);
    PARITY_VERIFY_RESULT(admin);
    bool killed = false;
    QElapsedTimer timer;
    timer.start();
    while (!killed && timer.elapsed() < 20000 && !applying.isFinished()) {
        QSqlQuery query((*admin)->database());
        QVERIFY(query.exec(QStringLiteral("SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT SLEEP%' "
                                          "AND ID <> CONNECTION_ID()")));
        if (query.next()) {
            QVERIFY((*admin)->exec(QStringLiteral("KILL %1").arg(query.value(0).toLongLong())).has_value());
            killed = true;
        } else {
            QTest::qWait(50);
        }
    }
    QVERIFY2(killed, "the apply never reached SLEEP");
    applying.waitForFinished();
    QVERIFY(applying.result());
    (void)run.finish();

    // Exactly the two statements before the kill stay applied, and the record says so.
    const RunRecord &record = run.record();
    QCOMPARE(runOutcomeKey(record.outcome), QStringLiteral("failed"));
    const QList<StatementRecord> kept = record.committedStatements();
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(0).index, 0);
    QCOMPARE(kept.at(1).index, 1);
    QVERIFY(kept.at(0).sql.startsWith(QLatin1String("CREATE TABLE killed_first")));
    QCOMPARE(record.statements.size(), 3);
    QVERIFY(!record.statements.at(2).succeeded);
    const Catalog after = read(from);
    QVERIFY(after.table(after.schemas.first().name, QStringLiteral("killed_first")));
    QVERIFY(!after.table(after.schemas.first().name, QStringLiteral("killed_last")));

    // The script rollback undoes exactly those two, and FROM is back.
    RollbackRequest back;
    back.target = from;
    back.runId = record.id;
    back.method = RollbackMethod::Script;
    RollbackRun rollback(back, *m_store);
    PARITY_VERIFY_RESULT(rollback.preflight(job));
    QCOMPARE(rollback.plan().steps.size(), 2);
    PARITY_VERIFY_RESULT(rollback.confirm(rollback.confirmationName()));
    PARITY_VERIFY_RESULT(rollback.execute(job));
    PARITY_VERIFY_RESULT(rollback.verify(job));
    PARITY_VERIFY_RESULT(rollback.finish());
    QVERIFY2(rollback.record().verified, qPrintable(rollback.record().verificationDifferences.join(QLatin1Char('\n'))));
    QVERIFY(differenceLines(before, read(from), DiffOptions{}).isEmpty());
    QCOMPARE(rowChecksum(from), rowsBefore);
}

void TestApply::wrongConfirmationChangesNothing_data()
{
    dialectRows();
}

void TestApply::wrongConfirmationChangesNothing()
{
    QFETCH(Dialect, dialect);
    const auto [from, to] = makePair(dialect, QStringLiteral("confirm"));
    const Catalog before = read(from);
    ApplyRun run(request(from, to), *m_store);
    QuietJob job;
    PARITY_VERIFY_RESULT(run.preflight(job));
    PARITY_VERIFY_RESULT(run.backup(job));
    for (const QString &typed : QStringList{QString(), QStringLiteral("prod"), QString(run.confirmationName().toUpper() + QLatin1Char(' '))}) {
        const auto confirmed = run.confirm(typed);
        QVERIFY(!confirmed);
        QCOMPARE(confirmed.error().code, Error::Code::Refused);
    }
    const auto applied = run.apply(job);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, Error::Code::Refused);
    QVERIFY(run.record().statements.isEmpty());
    QCOMPARE(runOutcomeKey(run.record().outcome), QStringLiteral("refused"));
    QVERIFY(differenceLines(before, read(from), DiffOptions{}).isEmpty());
}

void TestApply::unwritableBackupFolderRefused()
{
    const auto [from, to] = makePair(Dialect::SQLite, QStringLiteral("unwritable"));
    const Catalog before = read(from);
    // Under a regular file no folder can be made, whoever runs the test (root too).
    const QString file = m_dir.filePath(QStringLiteral("a-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    ApplyRequest r = request(from, to);
    r.backupFolder = file + QStringLiteral("/backups");
    ApplyRun run(r, *m_store);
    QuietJob job;
    const auto ok = run.preflight(job);
    QVERIFY(!ok);
    QCOMPARE(ok.error().code, Error::Code::Refused);
    QVERIFY2(ok.error().message.contains(file), qPrintable(ok.error().message));
    QCOMPARE(runOutcomeKey(run.record().outcome), QStringLiteral("refused"));
    QVERIFY(differenceLines(before, read(from), DiffOptions{}).isEmpty());
}

void TestApply::driftRefused_data()
{
    dialectRows();
}

void TestApply::driftRefused()
{
    QFETCH(Dialect, dialect);
    const auto [from, to] = makePair(dialect, QStringLiteral("drift"));
    ApplyRequest r = request(from, to);
    r.plannedFrom = read(from);
    // Someone changes the target after the plan was made.
    PARITY_VERIFY_RESULT(test::runSql(from, QStringLiteral("CREATE TABLE sneaked_in (a integer);\n")));
    const Catalog changed = read(from);
    ApplyRun run(r, *m_store);
    QuietJob job;
    const auto ok = run.preflight(job);
    QVERIFY(!ok);
    QCOMPARE(ok.error().code, Error::Code::Refused);
    QVERIFY2(ok.error().message.contains(QLatin1String("sneaked_in")), qPrintable(ok.error().message));
    QVERIFY(differenceLines(changed, read(from), DiffOptions{}).isEmpty());
    QCOMPARE(runOutcomeKey(run.record().outcome), QStringLiteral("refused"));
}

void TestApply::auditTableIsOptIn()
{
    const auto [from, to] = makePair(Dialect::PostgreSQL, QStringLiteral("audit"));
    ApplyRequest r = request(from, to);
    r.noBackup = true;
    r.auditTable = true;
    ApplyRun run(r, *m_store);
    const RunRecord applied = applyAll(run);
    QCOMPARE(runOutcomeKey(applied.outcome), QStringLiteral("succeeded"));
    QVERIFY(applied.auditTableWritten);
    auto session = DatabaseSession::open(from, DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(session);
    QSqlQuery query((*session)->database());
    QVERIFY(query.exec(QStringLiteral("SELECT run_id, outcome, statements_committed FROM parity_audit_log")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), applied.id);
    QCOMPARE(query.value(1).toString(), QStringLiteral("succeeded"));
    QCOMPARE(query.value(2).toInt(), int(applied.statements.size()));

    // The audit's own table is no drift for the next run.
    ApplyRequest again = request(from, to);
    again.noBackup = true;
    again.plannedFrom = read(from);
    ApplyRun second(again, *m_store);
    QuietJob job;
    PARITY_VERIFY_RESULT(second.preflight(job));
    QVERIFY(second.steps().isEmpty());
}

QTEST_GUILESS_MAIN(TestApply)
#include "tst_apply.moc"
