// The executor says what the database holds. Every claim parity-cli makes
// about a script run ("nothing stays applied", "applied", what differs) is
// checked here against the database's own tools (sqlite3 .dump, pg_dump,
// mariadb-dump, psql queries), and a script's own transaction control is
// checked against what the dialect's client does with the same script.
#include "migration/execution/transactioncontrol.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace parity;

namespace {

QString writeScript(const QTemporaryDir &dir, const QString &text)
{
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("script%1.sql").arg(++n));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

QString specText(const ConnectionSpec &spec)
{
    if (spec.kind == ConnectionSpec::Kind::SQLite)
        return QStringLiteral("sqlite:") + spec.path;
    return QStringLiteral("%1://%2:%3@%4:%5/%6")
        .arg(spec.kind == ConnectionSpec::Kind::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("mysql"),
             spec.user, spec.password, spec.effectiveHost())
        .arg(spec.effectivePort())
        .arg(spec.database);
}

const QString kSetup = QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, v integer);\n"
                                      "INSERT INTO t VALUES (1, 10), (2, 20), (3, 30);\n");

} // namespace

class TestExecutorTruth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classify_data();
    void classify();
    void unclosed_data();
    void unclosed();
    void scriptTransactions_data();
    void scriptTransactions();
    void destructiveScriptNeedsConsent_data();
    void destructiveScriptNeedsConsent();
    void concurrentIndexLeftInvalidIsReported();
    void mariadbRollbackSaysWhatItCannotGiveBack();
    void killedRunIsInterrupted();
    void refusedBackupLeavesNoFolder();
    void invalidUtf8ScriptIsRefused();
    void invalidUtf8NameIsRefused();
    void rollbackLeavesOthersTablesAlone();
    void emptyScriptIsRefused();

private:
    /// A fresh database of `dialect` named `name`, holding kSetup.
    ConnectionSpec fresh(Dialect dialect, const QString &name);
    test::CliRun apply(const ConnectionSpec &spec, const QString &script, const QStringList &extra = {});

    QTemporaryDir m_dir;
    QMap<QString, QString> m_env;
};

void TestExecutorTruth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_env = {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg"))}};
}

ConnectionSpec TestExecutorTruth::fresh(Dialect dialect, const QString &name)
{
    ConnectionSpec spec;
    if (dialect == Dialect::SQLite) {
        spec.kind = ConnectionSpec::Kind::SQLite;
        spec.path = test::scratchSqlitePath(name + QStringLiteral(".db"));
    } else {
        auto made = test::createScratchDatabase(dialect, name);
        if (!made)
            qFatal("%s", qPrintable(made.error().message));
        spec = *made;
    }
    if (auto ok = test::runSql(spec, kSetup); !ok)
        qFatal("%s", qPrintable(ok.error().message));
    return spec;
}

test::CliRun TestExecutorTruth::apply(const ConnectionSpec &spec, const QString &script, const QStringList &extra)
{
    return test::runCli(QStringList{QStringLiteral("apply"), specText(spec), QStringLiteral("--script"),
                                    writeScript(m_dir, script), QStringLiteral("--no-backup"), QStringLiteral("--yes-i-mean"),
                                    spec.databaseName()}
                            + extra,
                        m_env);
}

void TestExecutorTruth::classify_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("verb");
    QTest::addColumn<bool>("unsupported");
    using V = ScriptTransaction;
    const auto row = [](const char *name, Dialect d, const char *sql, V verb, bool unsupported = false) {
        QTest::newRow(name) << d << QString::fromUtf8(sql) << int(verb) << unsupported;
    };
    row("sqlite commit comment", Dialect::SQLite, "COMMIT/**/", V::Commit);
    row("sqlite commit line comment", Dialect::SQLite, "COMMIT--x\n", V::Commit);
    row("sqlite commit c transaction", Dialect::SQLite, "COMMIT /* c */ TRANSACTION", V::Commit);
    row("sqlite end", Dialect::SQLite, "end", V::Commit);
    row("sqlite begin immediate", Dialect::SQLite, "/* x */ Begin Immediate Transaction", V::Begin);
    row("sqlite rollback to", Dialect::SQLite, "ROLLBACK TRANSACTION TO SAVEPOINT \"a b\"", V::RollbackTo);
    row("sqlite release", Dialect::SQLite, "RELEASE a", V::Release);
    row("sqlite trigger is not", Dialect::SQLite, "CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1; END", V::None);
    row("pg commit comment", Dialect::PostgreSQL, "COMMIT/**/", V::Commit);
    row("pg end work", Dialect::PostgreSQL, "END WORK", V::Commit);
    row("pg abort", Dialect::PostgreSQL, "abort", V::Rollback);
    row("pg start transaction", Dialect::PostgreSQL, "-- c\nSTART TRANSACTION ISOLATION LEVEL SERIALIZABLE", V::Begin);
    row("pg savepoint", Dialect::PostgreSQL, "SAVEPOINT s1", V::Savepoint);
    row("pg rollback to", Dialect::PostgreSQL, "ROLLBACK TO s1", V::RollbackTo);
    row("pg commit and chain", Dialect::PostgreSQL, "COMMIT AND CHAIN", V::Commit, true);
    row("pg prepare transaction", Dialect::PostgreSQL, "PREPARE TRANSACTION 'x'", V::None, true);
    row("pg do block", Dialect::PostgreSQL, "DO $$BEGIN PERFORM 1; END$$", V::None);
    row("mysql begin work", Dialect::MySQL, "BEGIN WORK", V::Begin);
    row("mysql begin not atomic", Dialect::MySQL, "BEGIN NOT ATOMIC SELECT 1; END", V::None);
    row("mysql start transaction", Dialect::MySQL, "# c\nstart transaction with consistent snapshot", V::Begin);
    row("mysql executable comment", Dialect::MySQL, "/*!40101 COMMIT */", V::Commit);
    row("mysql commit and no chain", Dialect::MySQL, "COMMIT AND NO CHAIN", V::Commit);
    row("mysql commit release", Dialect::MySQL, "COMMIT RELEASE", V::Commit, true);
    row("mysql set autocommit", Dialect::MySQL, "SET @@autocommit = 0", V::None, true);
    row("mysql xa", Dialect::MySQL, "XA START 'x'", V::None, true);
    row("mysql rollback to", Dialect::MySQL, "ROLLBACK WORK TO SAVEPOINT `s`", V::RollbackTo);
}

void TestExecutorTruth::classify()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, sql);
    QFETCH(int, verb);
    QFETCH(bool, unsupported);
    const TransactionStatement statement = classifyTransactionStatement(dialect, sql);
    QCOMPARE(int(statement.verb), verb);
    QCOMPARE(!statement.unsupported.isEmpty(), unsupported);
}

void TestExecutorTruth::unclosed_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("line");
    QTest::newRow("sqlite comment") << Dialect::SQLite << QStringLiteral("DELETE FROM t;\n/* oops\nSELECT 1;") << 2;
    QTest::newRow("sqlite closed") << Dialect::SQLite << QStringLiteral("SELECT '/*'; /* a */ SELECT \"x\";") << 0;
    QTest::newRow("pg nested") << Dialect::PostgreSQL << QStringLiteral("/* a /* b */ still open\n") << 1;
    QTest::newRow("pg dollar") << Dialect::PostgreSQL << QStringLiteral("SELECT 1;\nDO $f$ BEGIN END $g$;") << 2;
    QTest::newRow("pg dollar closed") << Dialect::PostgreSQL << QStringLiteral("SELECT $1, $$it's$$, E'\\''") << 0;
    QTest::newRow("pg string") << Dialect::PostgreSQL << QStringLiteral("SELECT 'x;\n") << 1;
    QTest::newRow("mysql backslash") << Dialect::MySQL << QStringLiteral("SELECT 'a\\'b'; # '\nSELECT 1;") << 0;
    QTest::newRow("mysql backquote") << Dialect::MySQL << QStringLiteral("SELECT 1;\n\nSELECT `x;") << 3;
}

void TestExecutorTruth::unclosed()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, script);
    QFETCH(int, line);
    const auto found = findUnclosedText(dialect, script);
    QCOMPARE(found ? found->line : 0, line);
}

void TestExecutorTruth::scriptTransactions_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("judge"); // "client": as the dialect's client leaves it; "unchanged"
    QTest::addColumn<QString>("says");
    const QString rolledBack = QStringLiteral("BEGIN;\nDELETE FROM t;\nROLLBACK;\n");
    const QString savepoints = QStringLiteral("BEGIN;\nINSERT INTO t VALUES (4, 40);\nSAVEPOINT a;\nDELETE FROM t;\n"
                                              "ROLLBACK TO SAVEPOINT a;\nUPDATE t SET v = v + 1 WHERE id = 4;\nCOMMIT;\n");
    const QString commitComment = QStringLiteral("DELETE FROM t;\nCOMMIT/**/;\nINSERT INTO nonexist VALUES(1);\n");
    for (const Dialect d : {Dialect::SQLite, Dialect::PostgreSQL}) {
        const QString name = dialectKey(d);
        QTest::newRow(qPrintable(name + QStringLiteral(" begin delete rollback"))) << d << rolledBack << 0 << QStringLiteral("client") << QStringLiteral("Applied");
        QTest::newRow(qPrintable(name + QStringLiteral(" savepoints"))) << d << savepoints << 0 << QStringLiteral("client") << QStringLiteral("Applied");
        QTest::newRow(qPrintable(name + QStringLiteral(" commit comment"))) << d << commitComment << 3 << QStringLiteral("unchanged") << QStringLiteral("rehearsed");
        QTest::newRow(qPrintable(name + QStringLiteral(" commit line comment")))
            << d << QStringLiteral("DELETE FROM t;\nCOMMIT--x\n;\nINSERT INTO nonexist VALUES(1);\n") << 3 << QStringLiteral("unchanged") << QStringLiteral("rehearsed");
        QTest::newRow(qPrintable(name + QStringLiteral(" never committed")))
            << d << QStringLiteral("BEGIN;\nDELETE FROM t;\n") << 3 << QStringLiteral("unchanged") << QStringLiteral("never committed");
        QTest::newRow(qPrintable(name + QStringLiteral(" unclosed comment")))
            << d << QStringLiteral("UPDATE t SET v = 0;\n/* the rest\nDELETE FROM t;\n") << 3 << QStringLiteral("unchanged") << QStringLiteral("line 2");
    }
    QTest::newRow("sqlite commit c transaction")
        << Dialect::SQLite << QStringLiteral("DELETE FROM t;\nCOMMIT /* c */ TRANSACTION;\nINSERT INTO nonexist VALUES(1);\n") << 3 << QStringLiteral("unchanged") << QStringLiteral("rehearsed");
    QTest::newRow("mysql start rollback") << Dialect::MySQL << QStringLiteral("START TRANSACTION;\nDELETE FROM t;\nROLLBACK;\n")
                                          << 0 << QStringLiteral("client") << QStringLiteral("Applied");
    QTest::newRow("mysql savepoints") << Dialect::MySQL << savepoints << 0 << QStringLiteral("client") << QStringLiteral("Applied");
    QTest::newRow("mysql never committed") << Dialect::MySQL << QStringLiteral("START TRANSACTION;\nDELETE FROM t;\n") << 3
                                           << QStringLiteral("unchanged") << QStringLiteral("never committed");
}

void TestExecutorTruth::scriptTransactions()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, script);
    QFETCH(int, exitCode);
    QFETCH(QString, judge);
    QFETCH(QString, says);
    static int n = 0;
    ++n;
    const ConnectionSpec parity = fresh(dialect, QStringLiteral("truth_p%1").arg(n));
    const ConnectionSpec client = fresh(dialect, QStringLiteral("truth_c%1").arg(n));
    const QString before = test::serverDump(parity);
    QVERIFY(!before.isEmpty());

    // MariaDB's DELETE is refused by kind without consent; consent is not the point here.
    const test::CliRun run = apply(parity, script, {QStringLiteral("--allow-data-loss")});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    QVERIFY2(QString(run.out + run.err).contains(says), qPrintable(run.out + run.err));
    if (judge == QLatin1String("unchanged")) {
        QCOMPARE(test::serverDump(parity), before);
        return;
    }
    // The dialect's own client, on an identical database, is the judge.
    const test::ClientRun reference = test::runClientScript(client, script);
    QCOMPARE(reference.exitCode, 0);
    QCOMPARE(test::serverDump(parity), test::serverDump(client));
    QVERIFY(!run.out.contains(QLatin1String("Not verified")) || dialect == Dialect::MySQL);
}

void TestExecutorTruth::destructiveScriptNeedsConsent_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("sqlite") << Dialect::SQLite;
    QTest::newRow("postgresql") << Dialect::PostgreSQL;
    QTest::newRow("mariadb") << Dialect::MySQL;
}

void TestExecutorTruth::destructiveScriptNeedsConsent()
{
    QFETCH(Dialect, dialect);
    const ConnectionSpec spec = fresh(dialect, QStringLiteral("truth_drop_%1").arg(dialectKey(dialect)));
    const QString before = test::serverDump(spec);
    const test::CliRun refused = apply(spec, QStringLiteral("DROP TABLE t;\n"));
    QVERIFY2(refused.exitCode == 3, qPrintable(refused.out + refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("--allow-data-loss")), qPrintable(refused.err));
    QCOMPARE(test::serverDump(spec), before);

    if (dialect != Dialect::MySQL) {
        // Rehearsed: a DELETE of every row is measured too.
        const test::CliRun deletes = apply(spec, QStringLiteral("DELETE FROM t WHERE id > 1;\n"));
        QVERIFY2(deletes.exitCode == 3, qPrintable(deletes.out + deletes.err));
        QVERIFY2(deletes.err.contains(QLatin1String("2 of 3 rows")), qPrintable(deletes.err));
        QCOMPARE(test::serverDump(spec), before);
        // An UPDATE keeps the count and overwrites the values: measured by the rows' checksum.
        const test::CliRun updates = apply(spec, QStringLiteral("UPDATE t SET v = NULL;\n"));
        QVERIFY2(updates.exitCode == 3 && updates.err.contains(QLatin1String("overwrites values")),
                 qPrintable(updates.out + updates.err));
        QCOMPARE(test::serverDump(spec), before);
        // Changing nothing is no hazard.
        const test::CliRun harmless = apply(spec, QStringLiteral("UPDATE t SET v = v;\nCREATE TABLE u (a integer);\n"));
        QVERIFY2(harmless.exitCode == 0, qPrintable(harmless.out + harmless.err));
        PARITY_VERIFY_RESULT(test::runSql(spec, QStringLiteral("DROP TABLE u;\n")));
    }

    const test::CliRun allowed = apply(spec, QStringLiteral("DROP TABLE t;\n"), {QStringLiteral("--allow-data-loss")});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.out + allowed.err));
    QVERIFY(!test::serverDump(spec).contains(QLatin1String("CREATE TABLE")));
}

void TestExecutorTruth::concurrentIndexLeftInvalidIsReported()
{
    const ConnectionSpec spec = fresh(Dialect::PostgreSQL, QStringLiteral("truth_cic"));
    PARITY_VERIFY_RESULT(test::runSql(spec, QStringLiteral("INSERT INTO t VALUES (4, 10);\n")));
    const test::CliRun run = apply(spec, QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY t_v_unique ON t (v);\n"));
    const QString said = run.out + run.err;
    QVERIFY2(run.exitCode == 2, qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("Nothing stays applied")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("t_v_unique")) && said.contains(QLatin1String("INVALID")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"t_v_unique\"")), qPrintable(said));
    QVERIFY2(!said.contains(spec.password), "the password is in the output");
    // The server agrees: the index is there, and invalid.
    const test::ClientRun server = test::runClientScript(
        spec, QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_v_unique'::regclass;\n"), true);
    QCOMPARE(server.out.trimmed(), QStringLiteral("f"));
}

void TestExecutorTruth::mariadbRollbackSaysWhatItCannotGiveBack()
{
    const ConnectionSpec spec = fresh(Dialect::MySQL, QStringLiteral("truth_update"));
    QString rows = QStringLiteral("INSERT INTO t VALUES ");
    for (int i = 10; i < 1010; ++i)
        rows += QStringLiteral("(%1, %1)%2").arg(i).arg(i + 1 < 1010 ? QStringLiteral(", ") : QStringLiteral(";\n"));
    PARITY_VERIFY_RESULT(test::runSql(spec, rows));
    const QString before = test::serverDump(spec);
    const test::CliRun applied = apply(spec, QStringLiteral("UPDATE t SET v = v + 1;\nALTER TABLE t ADD COLUMN note text;\n"),
                                       {QStringLiteral("--allow-data-loss")});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.out + applied.err));
    const QString runId = applied.out.trimmed().split(QLatin1Char('\n')).last().section(QLatin1Char(' '), 1);
    const test::CliRun rollback = test::runCli({QStringLiteral("rollback"), specText(spec), QStringLiteral("--run"), runId,
                                                QStringLiteral("--method"), QStringLiteral("script"),
                                                QStringLiteral("--yes-i-mean"), spec.database},
                                               m_env);
    const QString said = rollback.out + rollback.err;
    // The column goes, the values stay changed: the rollback says so.
    QVERIFY2(said.contains(QLatin1String("overwrites values")), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("same rows")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("values changed")), qPrintable(said));
    QVERIFY2(rollback.exitCode == 1, qPrintable(said));
    const QString after = test::serverDump(spec);
    QVERIFY(after != before);
    QVERIFY(!after.contains(QLatin1String("`note`")));
}

void TestExecutorTruth::killedRunIsInterrupted()
{
    const ConnectionSpec spec = fresh(Dialect::PostgreSQL, QStringLiteral("truth_kill"));
    // A transaction of ours that may write t makes CREATE INDEX CONCURRENTLY wait for it.
    const QString connection = QStringLiteral("truth_blocker");
    {
        QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        blocker.setHostName(spec.effectiveHost());
        blocker.setPort(spec.effectivePort());
        blocker.setUserName(spec.user);
        blocker.setPassword(spec.password);
        blocker.setDatabaseName(spec.database);
        QVERIFY(blocker.open());
        QSqlQuery(blocker).exec(QStringLiteral("BEGIN"));
        QVERIFY(QSqlQuery(blocker).exec(QStringLiteral("LOCK TABLE t IN ROW EXCLUSIVE MODE")));

        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_env.value(QStringLiteral("XDG_DATA_HOME")));
        cli.setProcessEnvironment(environment);
        cli.start(qEnvironmentVariable("PARITY_CLI"),
                  {QStringLiteral("apply"), specText(spec), QStringLiteral("--script"),
                   writeScript(m_dir, QStringLiteral("CREATE INDEX CONCURRENTLY t_v ON t (v);\n")), QStringLiteral("--no-backup"),
                   QStringLiteral("--yes-i-mean"), spec.database});
        QVERIFY(cli.waitForStarted());
        QString runId;
        for (int i = 0; i < 300 && runId.isEmpty(); ++i) {
            QThread::msleep(100);
            QSqlQuery query(blocker);
            // Inside a transaction the statistics views keep their first snapshot.
            QSqlQuery(blocker).exec(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
            query.exec(QStringLiteral("SELECT application_name FROM pg_stat_activity WHERE application_name LIKE 'parity run %' "
                                      "AND query LIKE 'CREATE INDEX%'"));
            if (query.next())
                runId = query.value(0).toString().mid(QStringLiteral("parity run ").size());
        }
        if (runId.isEmpty()) {
            QSqlQuery all(blocker);
            all.exec(QStringLiteral("SELECT application_name, state || coalesce(wait_event_type, '-') || coalesce(wait_event, '-'), left(query, 60) FROM pg_stat_activity"));
            QString seen;
            while (all.next())
                seen += all.value(0).toString() + QStringLiteral(" | ") + all.value(1).toString() + QStringLiteral(" | ")
                        + all.value(2).toString() + QLatin1Char('\n');
            cli.kill();
            cli.waitForFinished();
            QFAIL(qPrintable(QStringLiteral("the apply never reached its CREATE INDEX:\n") + seen
                             + QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError())));
        }
        cli.kill();
        cli.waitForFinished();

        const test::CliRun shown = test::runCli({QStringLiteral("runs"), runId}, m_env);
        QVERIFY2(shown.out.contains(QLatin1String("interrupted")), qPrintable(shown.out));
        const test::CliRun listed = test::runCli({QStringLiteral("runs")}, m_env);
        QVERIFY2(listed.out.contains(runId) && listed.out.contains(QLatin1String("interrupted")), qPrintable(listed.out));

        // The server session it left goes on waiting: runs --check finds it and ends it.
        const QMap<QString, QString> withPassword{{QStringLiteral("XDG_DATA_HOME"), m_env.value(QStringLiteral("XDG_DATA_HOME"))},
                                                  {QStringLiteral("PGPASSWORD"), spec.password}};
        const test::CliRun waiting = test::runCli({QStringLiteral("runs"), runId, QStringLiteral("--check")}, withPassword);
        QVERIFY2(waiting.exitCode == 1 && waiting.out.contains(QLatin1String("not measured now")),
                 qPrintable(waiting.out + waiting.err));
        const test::CliRun check = test::runCli({QStringLiteral("runs"), runId, QStringLiteral("--check"), QStringLiteral("--end-sessions")},
                                                withPassword);
        QVERIFY2(check.out.contains(QLatin1String("Sessions run")) && check.out.contains(QLatin1String("Ended 1 session")),
                 qPrintable(check.out + check.err));
        QSqlQuery(blocker).exec(QStringLiteral("ROLLBACK"));
        QSqlQuery left(blocker);
        QSqlQuery(blocker).exec(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
        QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'parity run %1'").arg(runId)));
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);

        // What it left (an INVALID index, measured) is in the record, and rollback works on it.
        const test::CliRun recheck = test::runCli({QStringLiteral("runs"), runId, QStringLiteral("--check")}, withPassword);
        QVERIFY2(recheck.exitCode == 1 && recheck.out.contains(QLatin1String("INVALID")), qPrintable(recheck.out + recheck.err));
        const test::CliRun rollback = test::runCli({QStringLiteral("rollback"), specText(spec), QStringLiteral("--run"), runId,
                                                    QStringLiteral("--method"), QStringLiteral("script"),
                                                    QStringLiteral("--yes-i-mean"), spec.database},
                                                   m_env);
        QVERIFY2(rollback.exitCode == 0, qPrintable(rollback.out + rollback.err));
        const test::ClientRun server = test::runClientScript(
            spec, QStringLiteral("SELECT count(*) FROM pg_index WHERE indexrelid::regclass::text = 't_v';\n"), true);
        QCOMPARE(server.out.trimmed(), QStringLiteral("0"));
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestExecutorTruth::refusedBackupLeavesNoFolder()
{
    const ConnectionSpec spec = fresh(Dialect::PostgreSQL, QStringLiteral("truth_nodump"));
    const QString backups = m_dir.filePath(QStringLiteral("refused-backups"));
    QMap<QString, QString> env = m_env;
    env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("no-tools-here")));
    const test::CliRun run = test::runCli({QStringLiteral("apply"), specText(spec), QStringLiteral("--script"),
                                           writeScript(m_dir, QStringLiteral("ALTER TABLE t ADD COLUMN note text;\n")),
                                           QStringLiteral("--backup-dir"), backups, QStringLiteral("--yes-i-mean"), spec.database},
                                          env);
    QVERIFY2(run.exitCode == 3 && run.err.contains(QLatin1String("pg_dump")), qPrintable(run.out + run.err));
    QVERIFY2(!QDir(backups).exists() || QDir(backups).isEmpty(), qPrintable(QDir(backups).entryList().join(QLatin1Char(' '))));
}

void TestExecutorTruth::invalidUtf8ScriptIsRefused()
{
    const ConnectionSpec spec = fresh(Dialect::SQLite, QStringLiteral("truth_utf8"));
    const QString before = test::serverDump(spec);
    const QString path = m_dir.filePath(QStringLiteral("latin1.sql"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("UPDATE t SET v = 1;\nINSERT INTO t VALUES (9, 'caf\xe9');\n");
    file.close();
    const test::CliRun run = test::runCli({QStringLiteral("apply"), specText(spec), QStringLiteral("--script"), path,
                                           QStringLiteral("--no-backup"), QStringLiteral("--yes-i-mean"), spec.databaseName()},
                                          m_env);
    QVERIFY2(run.exitCode == 2 && run.err.contains(QLatin1String("line 2 is not valid UTF-8")), qPrintable(run.err));
    QCOMPARE(test::serverDump(spec), before);
}

void TestExecutorTruth::invalidUtf8NameIsRefused()
{
    // sqlite3 stores the bytes it is given: a Latin-1 table name.
    const QString path = test::scratchSqlitePath(QStringLiteral("latin1-name.db"));
    QProcess client;
    client.start(QStringLiteral("sqlite3"), {path});
    QVERIFY(client.waitForStarted());
    client.write("CREATE TABLE \"caf\xe9\" (a);\nCREATE TABLE ok (a);\n");
    client.closeWriteChannel();
    QVERIFY(client.waitForFinished());
    const test::CliRun run = test::runCli({QStringLiteral("inspect"), path}, m_env);
    QVERIFY2(run.exitCode == 2 && run.err.contains(QLatin1String("x'636166E9'"))
                 && run.err.contains(QLatin1String("not valid UTF-8")),
             qPrintable(run.err));
}

void TestExecutorTruth::rollbackLeavesOthersTablesAlone()
{
    for (const Dialect dialect : {Dialect::SQLite, Dialect::PostgreSQL}) {
        const ConnectionSpec spec = fresh(dialect, QStringLiteral("truth_others_%1").arg(dialectKey(dialect)));
        const test::CliRun applied = apply(spec, QStringLiteral("CREATE TABLE x (b integer);\n"));
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.out + applied.err));
        const QString runId = applied.out.trimmed().split(QLatin1Char('\n')).last().section(QLatin1Char(' '), 1);
        // Someone else's table, with rows, made after the run.
        PARITY_VERIFY_RESULT(test::runSql(spec, QStringLiteral("CREATE TABLE later (v text);\nINSERT INTO later VALUES ('important'), ('data');\n")));
        const test::CliRun back = test::runCli({QStringLiteral("rollback"), specText(spec), QStringLiteral("--run"), runId,
                                                QStringLiteral("--method"), QStringLiteral("script"),
                                                QStringLiteral("--yes-i-mean"), spec.databaseName()},
                                               m_env);
        QVERIFY2(back.exitCode == 0, qPrintable(back.out + back.err));
        QVERIFY2(QString(back.out + back.err).contains(QLatin1String("leaves it as it is")), qPrintable(back.out + back.err));
        const QString dump = test::serverDump(spec);
        QVERIFY2(dump.contains(QLatin1String("important")), qPrintable(dump));
        QVERIFY2(!dump.contains(QLatin1String("CREATE TABLE x")) && !dump.contains(QLatin1String("CREATE TABLE public.x")),
                 qPrintable(dump));
    }
}

void TestExecutorTruth::emptyScriptIsRefused()
{
    const ConnectionSpec spec = fresh(Dialect::SQLite, QStringLiteral("truth_empty"));
    const test::CliRun blank = apply(spec, QStringLiteral("\n  \n"));
    QVERIFY2(blank.exitCode == 2 && blank.err.contains(QLatin1String("is empty")), qPrintable(blank.err));
    const test::CliRun comments = apply(spec, QStringLiteral("-- only a note\nBEGIN;\nCOMMIT;\n"));
    QVERIFY2(comments.exitCode == 3 && comments.err.contains(QLatin1String("no statement to run")), qPrintable(comments.err));
}

QTEST_GUILESS_MAIN(TestExecutorTruth)
#include "tst_executortruth.moc"
