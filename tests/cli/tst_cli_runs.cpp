// parity-cli runs: the local audit log as a person and a script read it.
// The test writes records through RunStore into a temporary XDG_DATA_HOME,
// then reads them back through the command.
#include "migration/execution/runstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace parity;

namespace {

StatementRecord statement(int index, const QString &sql, qint64 ms, bool succeeded, bool committed,
                          const QString &error = {})
{
    StatementRecord s;
    s.index = index;
    s.sql = sql;
    s.object = QStringLiteral("main.t%1").arg(index);
    s.elapsedMs = ms;
    s.succeeded = succeeded;
    s.committed = committed;
    s.error = error;
    return s;
}

QDateTime utc(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 21), QTime(hour, minute, 7, 250), Qt::UTC);
}

QString local(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

class TestCliRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsNewestFirst();
    void showsOneRun();
    void json();
    void filtersAndLimits();
    void unknownRun();
    void emptyLog();
    void badOptions_data();
    void badOptions();

private:
    test::CliRun runs(const QStringList &arguments) const
    {
        return test::runCli(QStringList{QStringLiteral("runs")} + arguments,
                            {{QStringLiteral("XDG_DATA_HOME"), m_dataHome.path()}});
    }

    QTemporaryDir m_dataHome;
    QString m_root;
    QString m_targetA; // sqlite:…/a.db as ConnectionSpec::display() writes it
    RunRecord m_apply;
    RunRecord m_failed;
    RunRecord m_rollback;
};

void TestCliRuns::initTestCase()
{
    QVERIFY(m_dataHome.isValid());
    m_root = m_dataHome.path() + QStringLiteral("/parity/runs");
    RunStore store(m_root);

    const auto specA = ConnectionSpec::parse(m_dataHome.filePath(QStringLiteral("a.db")));
    PARITY_VERIFY_RESULT(specA);
    m_targetA = specA->display();

    m_apply.startedAt = utc(9, 15);
    m_apply.finishedAt = utc(9, 16);
    m_apply.user = QStringLiteral("alice");
    m_apply.host = QStringLiteral("ops-laptop");
    m_apply.parityVersion = QStringLiteral("0.9.1");
    m_apply.target = m_targetA;
    m_apply.targetName = QStringLiteral("a");
    m_apply.toSource = QStringLiteral("staging.parity.json");
    m_apply.planHash = QStringLiteral("sha256:abc123");
    m_apply.hazards = {QStringLiteral("low main.t0 rewrites the table")};
    m_apply.backupPath = m_dataHome.filePath(QStringLiteral("backups/a-before.db"));
    m_apply.backupSha256 = QStringLiteral("feedface");
    m_apply.backupVerified = true;
    m_apply.outcome = RunOutcome::Succeeded;
    m_apply.message = QStringLiteral("applied and verified");
    m_apply.statementsTotal = 2;
    m_apply.statements = {statement(0, QStringLiteral("CREATE TABLE \"t0\" (id INTEGER)"), 12, true,
                                    true),
                          statement(1, QStringLiteral("CREATE INDEX \"i1\" ON \"t0\" (id)"), 3,
                                    true, true)};
    m_apply.verified = true;
    PARITY_VERIFY_RESULT(store.create(m_apply));

    m_failed.startedAt = utc(10, 30);
    m_failed.finishedAt = utc(10, 31);
    m_failed.dialect = Dialect::PostgreSQL;
    m_failed.target = QStringLiteral("postgresql://deploy@db.example:5432/shop");
    m_failed.profile = QStringLiteral("shop-uat");
    m_failed.environment = QStringLiteral("uat");
    m_failed.outcome = RunOutcome::Failed;
    m_failed.message = QStringLiteral("statement 3 failed");
    m_failed.statementsTotal = 4;
    m_failed.statements =
        {statement(0, QStringLiteral("ALTER TABLE \"t0\" ADD COLUMN x int"), 40, true, false),
         statement(1, QStringLiteral("ALTER TABLE \"t1\"\nADD COLUMN y int"), 41, true, false),
         statement(2, QStringLiteral("CREATE UNIQUE INDEX \"u\" ON \"t2\" (email)"), 900, false,
                   false, QStringLiteral("could not create unique index \"u\""))};
    m_failed.verificationDifferences = {QStringLiteral("main.t0 lacks column x")};
    PARITY_VERIFY_RESULT(store.create(m_failed));

    m_rollback.kind = QStringLiteral("rollback");
    m_rollback.rollsBack = m_apply.id;
    m_rollback.method = QStringLiteral("script");
    m_rollback.startedAt = utc(11, 45);
    m_rollback.target = m_targetA;
    m_rollback.outcome = RunOutcome::Succeeded;
    m_rollback.statementsTotal = 1;
    m_rollback.statements = {statement(0, QStringLiteral("DROP TABLE \"t0\""), 5, true, true)};
    PARITY_VERIFY_RESULT(store.create(m_rollback));
}

void TestCliRuns::listsNewestFirst()
{
    const test::CliRun run = runs({});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // a header and three runs
    QVERIFY2(lines[1].startsWith(m_rollback.id), qPrintable(run.out));
    QVERIFY2(lines[2].startsWith(m_failed.id), qPrintable(run.out));
    QVERIFY2(lines[3].startsWith(m_apply.id), qPrintable(run.out));

    QVERIFY2(lines[1].contains(QStringLiteral("rollback of ") + m_apply.id), qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(local(utc(11, 45))), qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(QStringLiteral("1/1")), qPrintable(lines[1]));
    QVERIFY2(lines[1].endsWith(QStringLiteral("no backup")), qPrintable(lines[1]));
    QVERIFY2(lines[2].contains(QStringLiteral("failed")), qPrintable(lines[2]));
    QVERIFY2(lines[2].contains(QStringLiteral("0/4")), qPrintable(lines[2]));
    QVERIFY2(lines[2].contains(QStringLiteral("postgresql://deploy@db.example:5432/shop")),
             qPrintable(lines[2]));
    QVERIFY2(lines[3].contains(QStringLiteral("2/2")), qPrintable(lines[3]));
    QVERIFY2(lines[3].endsWith(m_apply.backupPath), qPrintable(lines[3]));

    // Aligned: each column starts at the same place on every line.
    const qsizetype outcomeColumn = lines[0].indexOf(QStringLiteral("OUTCOME"));
    QVERIFY(outcomeColumn > 0);
    QCOMPARE(lines[1].mid(outcomeColumn, 9), QStringLiteral("succeeded"));
    QCOMPARE(lines[2].mid(outcomeColumn, 7), QStringLiteral("failed "));
    QCOMPARE(lines[3].mid(outcomeColumn, 9), QStringLiteral("succeeded"));
    for (const QString &line : lines)
        QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
}

void TestCliRuns::showsOneRun()
{
    const test::CliRun run = runs({m_failed.id});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QString &out = run.out;
    for (const QString &expected :
         QStringList{QString(QStringLiteral("Run ") + m_failed.id),
                     QStringLiteral("postgresql://deploy@db.example:5432/shop"),
                     QStringLiteral("shop-uat"), QStringLiteral("uat"),
                     QStringLiteral("statement 3 failed"), QStringLiteral("PostgreSQL"),
                     QStringLiteral("Statements (0 of 4 committed)"),
                     QStringLiteral("could not create unique index"),
                     QStringLiteral("main.t0 lacks column x"), QStringLiteral("900 ms"),
                     QString(m_root + QLatin1Char('/') + m_failed.id)}) {
        QVERIFY2(out.contains(expected),
                 qPrintable(expected + QStringLiteral(" missing in:\n") + out));
    }
    // Ran in the transaction that was rolled back: not ✓, and the failure ✗.
    static const QRegularExpression rolledBack(
        QStringLiteral("rolled back\\s+1\\. main\\.t0 \\(40 ms\\)"));
    QVERIFY2(rolledBack.match(out).hasMatch(), qPrintable(out));
    static const QRegularExpression failed(QStringLiteral("✗\\s+3\\. main\\.t2 \\(900 ms\\)"));
    QVERIFY2(failed.match(out).hasMatch(), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("✓")), qPrintable(out));
    // Multi-line SQL stays readable, each line indented under its statement.
    QVERIFY2(out.contains(QStringLiteral("      ALTER TABLE \"t1\"\n      ADD COLUMN y int")),
             qPrintable(out));

    const test::CliRun applied = runs({m_apply.id});
    QCOMPARE(applied.exitCode, 0);
    for (const QString &expected :
         QStringList{QStringLiteral("✓"), QStringLiteral("Statements (2 of 2 committed)"),
                     m_apply.backupPath, QStringLiteral("feedface"), QStringLiteral("alice"),
                     QStringLiteral("ops-laptop"), QStringLiteral("sha256:abc123"),
                     QStringLiteral("staging.parity.json"),
                     QStringLiteral("low main.t0 rewrites the table"), QStringLiteral("0.9.1")}) {
        QVERIFY2(applied.out.contains(expected),
                 qPrintable(expected + QStringLiteral(" missing in:\n") + applied.out));
    }
}

void TestCliRuns::json()
{
    const test::CliRun list = runs({QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(list.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(list.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError && document.isArray(), qPrintable(list.out));
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("id")).toString(), m_rollback.id);
    const RunRecord failed = RunRecord::fromJson(array.at(1).toObject());
    QCOMPARE(failed.id, m_failed.id);
    QCOMPARE(failed.statements.size(), 3);
    QCOMPARE(failed.statements.at(2).error, m_failed.statements.at(2).error);
    QCOMPARE(failed.startedAt, m_failed.startedAt);

    const test::CliRun one = runs({QStringLiteral("--format"), QStringLiteral("json"), m_apply.id});
    QCOMPARE(one.exitCode, 0);
    const QJsonDocument oneDocument = QJsonDocument::fromJson(one.out.toUtf8());
    QVERIFY2(oneDocument.isObject(), qPrintable(one.out));
    const RunRecord apply = RunRecord::fromJson(oneDocument.object());
    QCOMPARE(apply.id, m_apply.id);
    QCOMPARE(apply.backupSha256, m_apply.backupSha256);
    QCOMPARE(apply.hazards, m_apply.hazards);
}

void TestCliRuns::filtersAndLimits()
{
    const test::CliRun onA =
        runs({QStringLiteral("--target"), m_dataHome.filePath(QStringLiteral("a.db"))});
    QCOMPARE(onA.exitCode, 0);
    QVERIFY2(onA.out.contains(m_apply.id) && onA.out.contains(m_rollback.id), qPrintable(onA.out));
    QVERIFY2(!onA.out.contains(m_failed.id), qPrintable(onA.out));

    // A password in the filter is ignored by the comparison, as by the record.
    const test::CliRun onShop =
        runs({QStringLiteral("--target"),
              QStringLiteral("postgresql://deploy:secret@db.example:5432/shop")});
    QCOMPARE(onShop.exitCode, 0);
    QVERIFY2(onShop.out.contains(m_failed.id) && !onShop.out.contains(m_apply.id),
             qPrintable(onShop.out));
    QVERIFY2(!onShop.out.contains(QStringLiteral("secret")), qPrintable(onShop.out));

    const test::CliRun limited = runs({QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(limited.exitCode, 0);
    QCOMPARE(limited.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);
    QVERIFY2(limited.out.contains(m_rollback.id), qPrintable(limited.out));

    const test::CliRun none =
        runs({QStringLiteral("--target"), m_dataHome.filePath(QStringLiteral("other.db"))});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.out.startsWith(QStringLiteral("No runs on ")), qPrintable(none.out));
}

void TestCliRuns::unknownRun()
{
    const test::CliRun run = runs({QStringLiteral("20990101-000000-dead")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("20990101-000000-dead")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("parity-cli runs")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

void TestCliRuns::emptyLog()
{
    QTemporaryDir empty;
    const test::CliRun run =
        test::runCli({QStringLiteral("runs")}, {{QStringLiteral("XDG_DATA_HOME"), empty.path()}});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             QStringLiteral("No runs recorded yet in %1/parity/runs.\n").arg(empty.path()));
    // Looking does not create the log.
    QVERIFY(!QFileInfo::exists(empty.filePath(QStringLiteral("parity"))));

    const test::CliRun json =
        test::runCli({QStringLiteral("runs"), QStringLiteral("--format"), QStringLiteral("json")},
                     {{QStringLiteral("XDG_DATA_HOME"), empty.path()}});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 0);
    QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).isArray());
}

void TestCliRuns::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                            << "xml";
    QTest::newRow("limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("0")}
                           << "--limit";
    QTest::newRow("target") << QStringList{QStringLiteral("--target"), QStringLiteral("ftp://x")}
                            << "ftp://x";
    QTest::newRow("two ids") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                             << "at most one";
    QTest::newRow("path id") << QStringList{QStringLiteral("../../etc")} << "../../etc";
}

void TestCliRuns::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const test::CliRun run = runs(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliRuns)
#include "tst_cli_runs.moc"
