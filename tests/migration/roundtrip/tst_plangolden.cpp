// Parity's golden plan cases, tests/data/diff/<dialect>/<case>/:
//   from.sql, to.sql     the two databases (rows included where a case needs them)
//   renames.txt          optional: one --rename argument per line
//   forward.sql          the expected forward script (hazards measured on FROM)
//   rollback.sql         the expected rollback script
//   expect.txt           optional: "forward fails: TEXT" when the case shows a
//                        hazard that makes the apply fail (TEXT is in the error)
// Each case is planned, compared with its expected scripts (the time and
// connection details in the header left out), and then run for real: the
// forward script must turn FROM into TO keeping the rows of every table both
// have, and the rollback script must turn it back.
// PARITY_UPDATE_GOLDEN=1 writes the scripts Parity produces now as the
// expected ones, for review in the diff before committing.

#include "migration/planner.h"
#include "roundtrip.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace parity;
using namespace parity::test;

namespace {

Dialect dialect()
{
    const QString key = QStringLiteral(PARITY_ROUNDTRIP_DIALECT);
    if (key == QLatin1String("postgres"))
        return Dialect::PostgreSQL;
    if (key == QLatin1String("mysql"))
        return Dialect::MySQL;
    return Dialect::SQLite;
}

QString caseRoot()
{
    return sourceDir() + QStringLiteral("/tests/data/diff/") + QStringLiteral(PARITY_ROUNDTRIP_DIALECT);
}

/// The script without what changes from run to run: the planning time and
/// the connection details of the scratch databases.
QString stable(QString script)
{
    static const QRegularExpression planned(QStringLiteral("^-- Planned: .*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression source(QStringLiteral("^(-- (?:FROM|TO):\\s+\\S+) \\(.*\\)$"),
                                           QRegularExpression::MultilineOption);
    script.replace(planned, QStringLiteral("-- Planned: (time) by Parity (version)"));
    script.replace(source, QStringLiteral("\\1"));
    return script;
}

/// The reason oracle-known.txt gives for case `name` ("name: reason"), or empty.
QString knownDisagreement(const QString &name)
{
    for (const QString &line : readTextFile(caseRoot() + QStringLiteral("/oracle-known.txt")).split(QLatin1Char('\n'))) {
        if (line.startsWith(name + QLatin1Char(':')))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

void compareOrUpdate(const QString &path, const QString &actual)
{
    if (qEnvironmentVariableIsSet("PARITY_UPDATE_GOLDEN")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual.toUtf8());
        return;
    }
    const QString expected = readTextFile(path);
    QVERIFY2(!expected.isEmpty(), qPrintable(path + QStringLiteral(" is missing: run with PARITY_UPDATE_GOLDEN=1")));
    if (expected != actual) {
        qInfo().noquote() << "---- expected" << path << "\n" << expected << "\n---- actual\n" << actual;
        QFAIL(qPrintable(path + QStringLiteral(" differs from the plan Parity makes now")));
    }
}

} // namespace

class TestPlanGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
};

void TestPlanGolden::cases_data()
{
    QTest::addColumn<QString>("dir");
    const QDir root(caseRoot());
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(QStringLiteral("no golden cases in ") + root.path()));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

void TestPlanGolden::cases()
{
    QFETCH(QString, dir);
    RoundTripCase c;
    c.name = QFileInfo(dir).fileName();
    c.fromSql = readTextFile(dir + QStringLiteral("/from.sql"));
    c.toSql = readTextFile(dir + QStringLiteral("/to.sql"));
    QVERIFY2(!c.toSql.isEmpty(), "to.sql is missing or empty");
    for (const QString &line : readTextFile(dir + QStringLiteral("/renames.txt")).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        auto rename = parseRename(line.trimmed());
        PARITY_VERIFY_RESULT(rename);
        c.options.renames.append(*rename);
    }
    const QString expect = readTextFile(dir + QStringLiteral("/expect.txt")).trimmed();
    const QString failsWith = expect.startsWith(QLatin1String("forward fails: ")) ? expect.mid(15) : QString();

    RoundTrip roundTrip(dialect(), QStringLiteral("golden_%1").arg(QStringLiteral(PARITY_ROUNDTRIP_DIALECT)));
    const RoundTripOutcome out = roundTrip.run(c);
    QVERIFY2(out.loaded, qPrintable(QStringLiteral("the case does not load: ") + out.loadError));
    QVERIFY2(!out.forwardScript.isEmpty(), qPrintable(out.forwardProblem));
    compareOrUpdate(dir + QStringLiteral("/forward.sql"), stable(out.forwardScript));
    compareOrUpdate(dir + QStringLiteral("/rollback.sql"), stable(out.rollbackScript));
    if (!failsWith.isEmpty()) {
        QVERIFY2(!out.forwardOk, "the forward script was expected to fail on the case's rows, and did not");
        QVERIFY2(out.forwardProblem.contains(failsWith), qPrintable(out.forwardProblem));
        return;
    }
    QVERIFY2(out.forwardOk, qPrintable(out.forwardProblem));
    QVERIFY2(out.rollbackOk, qPrintable(out.rollbackProblem));

    // The server's own word must agree with Parity's. A case where it does
    // not yet is listed, with its reason, in oracle-known.txt of the
    // dialect's folder (issue 14); a listed case that agrees now must leave
    // the list, so the list only shrinks.
    const QString known = knownDisagreement(c.name);
    const QString oracle = out.oracleForward.isEmpty() ? out.oracleRollback : QStringLiteral("forward: ") + out.oracleForward;
    if (known.isEmpty())
        QVERIFY2(oracle.isEmpty(), qPrintable(QStringLiteral("Parity calls it identical, the server does not: ") + oracle));
    else
        QVERIFY2(!oracle.isEmpty(), qPrintable(c.name + QStringLiteral(" now agrees with the server: remove it from oracle-known.txt")));
}

QTEST_GUILESS_MAIN(TestPlanGolden)
#include "tst_plangolden.moc"
