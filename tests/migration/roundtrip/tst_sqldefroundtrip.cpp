// The round trip over sqldef's own test cases (../shared/corpora/sqldef-dev):
// each case's `current` is FROM and `desired` is TO. Parity plans, applies
// the forward script with the dialect's client, compares with TO, applies
// the rollback script and compares with FROM. The pass rates are printed
// and written to build/tests/sqldef-<dialect>.txt with every failing case
// and its reason; below 97% in either direction the test fails.

#include "roundtrip.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace parity;
using namespace parity::test;

namespace {

constexpr double kRequiredRate = 97.0;

Dialect dialect()
{
    const QString key = QStringLiteral(PARITY_ROUNDTRIP_DIALECT);
    if (key == QLatin1String("postgres"))
        return Dialect::PostgreSQL;
    if (key == QLatin1String("mysql"))
        return Dialect::MySQL;
    return Dialect::SQLite;
}

// Schemas some PostgreSQL cases take for granted (see the corpus README),
// except the ones the case creates itself.
QString postgresSetup(const QString &caseSql)
{
    QString sql;
    for (const char *name : {"test", "myschema", "foo", "schema1", "s"}) {
        const QRegularExpression creates(
            QStringLiteral("CREATE\\s+SCHEMA\\s+(IF\\s+NOT\\s+EXISTS\\s+)?\"?%1\"?[\\s;]").arg(QLatin1String(name)),
            QRegularExpression::CaseInsensitiveOption);
        if (!creates.match(caseSql).hasMatch())
            sql += QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1;\n").arg(QLatin1String(name));
    }
    return sql;
}

const char *const kPostgresRoles =
    "DO $$ DECLARE r text; BEGIN\n"
    "  FOREACH r IN ARRAY ARRAY['readonly_user','app_user','admin_role','user1','user2','user3','psqldef_user','postgres',\n"
    "                          'reader','writer','app_reader','app_writer'] LOOP\n"
    "    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I', r); END IF;\n"
    "  END LOOP;\n"
    "END $$;\n";

} // namespace

class TestSqldefRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpus();

private:
    QJsonArray m_cases;
};

void TestSqldefRoundTrip::initTestCase()
{
    const QString dir = corporaDir() + QStringLiteral("/sqldef-dev/") + QStringLiteral(PARITY_ROUNDTRIP_DIALECT);
    if (!QDir(dir).exists())
        QSKIP(qPrintable(QStringLiteral("[parity-skip] tst_sqldefroundtrip_%1: %2 is absent")
                             .arg(QStringLiteral(PARITY_ROUNDTRIP_DIALECT), dir)));
    const QString serverMajor = dialect() == Dialect::PostgreSQL ? QStringLiteral("15")
                                : dialect() == Dialect::MySQL    ? QStringLiteral("10.11")
                                                                 : QStringLiteral("3.40");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString json = tmp.filePath(QStringLiteral("cases.json"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {sourceDir() + QStringLiteral("/tests/migration/roundtrip/sqldefcases.py"), dir, serverMajor, json});
    QVERIFY2(python.waitForFinished(60000), "sqldefcases.py did not finish");
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_cases = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(!m_cases.isEmpty());
    if (dialect() == Dialect::PostgreSQL) {
        auto server = serverSpec(Dialect::PostgreSQL);
        PARITY_VERIFY_RESULT(server);
        PARITY_VERIFY_RESULT(runSql(*server, QString::fromLatin1(kPostgresRoles)));
    }
}

void TestSqldefRoundTrip::corpus()
{
    const QString filter = qEnvironmentVariable("PARITY_SQLDEF_FILTER");
    RoundTrip roundTrip(dialect(), QStringLiteral("sqldef_") + QStringLiteral(PARITY_ROUNDTRIP_DIALECT));
    int loaded = 0;
    int forward = 0;
    int rollback = 0;
    int oracleForward = 0;
    int oracleRollback = 0;
    QStringList serverDisagrees;
    QStringList skipped;
    QStringList unloadable;
    QStringList failures;
    for (const QJsonValue &value : std::as_const(m_cases)) {
        const QJsonObject c = value.toObject();
        const QString name = c.value(QStringLiteral("file")).toString() + QLatin1Char(':') + c.value(QStringLiteral("name")).toString();
        if (!filter.isEmpty() && !name.contains(filter))
            continue;
        if (!c.value(QStringLiteral("skip")).isNull()) {
            skipped << name + QStringLiteral(": ") + c.value(QStringLiteral("skip")).toString();
            continue;
        }
        RoundTripCase rc;
        rc.name = name;
        rc.fromSql = c.value(QStringLiteral("current")).toString();
        rc.toSql = c.value(QStringLiteral("desired")).toString();
        for (const QJsonValue &r : c.value(QStringLiteral("renames")).toArray()) {
            const QJsonObject o = r.toObject();
            rc.options.renames.append(Rename{QString(), o.value(QStringLiteral("table")).toString(),
                                             o.value(QStringLiteral("column")).toString(),
                                             o.value(QStringLiteral("newName")).toString()});
        }
        if (dialect() == Dialect::PostgreSQL)
        {
            rc.fromSetupSql = postgresSetup(rc.fromSql);
            rc.toSetupSql = postgresSetup(rc.toSql);
        }
        const RoundTripOutcome out = roundTrip.run(rc);
        if (!out.loaded) {
            unloadable << name + QStringLiteral(": ") + out.loadError.simplified().left(300);
            continue;
        }
        ++loaded;
        forward += out.forwardOk ? 1 : 0;
        rollback += out.rollbackOk ? 1 : 0;
        if (!out.forwardOk)
            failures << name + QStringLiteral(" (forward): ") + out.forwardProblem.simplified().left(600);
        if (!out.rollbackOk)
            failures << name + QStringLiteral(" (rollback): ") + out.rollbackProblem.simplified().left(600);
        // The server's own word (issue 14): reported, not yet required.
        const bool serverForward = out.forwardOk && out.oracleForward.isEmpty();
        const bool serverRollback = out.rollbackOk && out.oracleRollback.isEmpty();
        oracleForward += serverForward ? 1 : 0;
        oracleRollback += serverRollback ? 1 : 0;
        if (out.forwardOk && !serverForward)
            serverDisagrees << name + QStringLiteral(" (forward): ") + out.oracleForward.simplified().left(300);
        if (out.rollbackOk && !serverRollback)
            serverDisagrees << name + QStringLiteral(" (rollback): ") + out.oracleRollback.simplified().left(300);
        if ((!out.forwardOk || !out.rollbackOk) && qEnvironmentVariableIsSet("PARITY_SQLDEF_VERBOSE"))
            qInfo().noquote() << "----" << name << "\n" << out.forwardScript << "\n-- rollback\n" << out.rollbackScript;
    }
    const double forwardRate = loaded ? 100.0 * forward / loaded : 0;
    const double rollbackRate = loaded ? 100.0 * rollback / loaded : 0;
    QStringList report;
    report << QStringLiteral("sqldef-dev/%1 on %2: %3 cases ran, %4 skipped, %5 do not load on this server")
                  .arg(QStringLiteral(PARITY_ROUNDTRIP_DIALECT), dialectDisplayName(dialect()))
                  .arg(loaded)
                  .arg(skipped.size())
                  .arg(unloadable.size())
           << QStringLiteral("forward: %1/%2 (%3%)").arg(forward).arg(loaded).arg(forwardRate, 0, 'f', 1)
           << QStringLiteral("rollback: %1/%2 (%3%)").arg(rollback).arg(loaded).arg(rollbackRate, 0, 'f', 1)
           << QStringLiteral("by the server's own description (serverDescription): forward %1/%2, rollback %3/%2")
                  .arg(oracleForward)
                  .arg(loaded)
                  .arg(oracleRollback)
           << QString() << QStringLiteral("Failures:") << failures << QString()
           << QStringLiteral("Parity calls identical, the server does not:") << serverDisagrees << QString() << QStringLiteral("Skipped:") << skipped
           << QString() << QStringLiteral("Do not load:") << unloadable;
    const QString text = report.join(QLatin1Char('\n')) + QLatin1Char('\n');
    qInfo().noquote() << text;
    // A filtered run (PARITY_SQLDEF_FILTER, for working on a few cases)
    // neither writes the report nor judges the rates.
    if (!filter.isEmpty())
        return;
    QFile out(qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/tests/sqldef-")
              + QStringLiteral(PARITY_ROUNDTRIP_DIALECT) + QStringLiteral(".txt"));
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(text.toUtf8());
    QVERIFY2(loaded > 0, "no case loaded");
    QVERIFY2(forwardRate >= kRequiredRate, qPrintable(QStringLiteral("forward pass rate %1% is below %2%")
                                                          .arg(forwardRate, 0, 'f', 1)
                                                          .arg(kRequiredRate)));
    QVERIFY2(rollbackRate >= kRequiredRate, qPrintable(QStringLiteral("rollback pass rate %1% is below %2%")
                                                           .arg(rollbackRate, 0, 'f', 1)
                                                           .arg(kRequiredRate)));
}

QTEST_GUILESS_MAIN(TestSqldefRoundTrip)
#include "tst_sqldefroundtrip.moc"
