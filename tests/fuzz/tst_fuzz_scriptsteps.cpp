// Fuzzing the script splitters: seeded mutations of the SQL in
// tests/data/fuzz/scriptsteps/ (comments, quotes, dollar quotes, DELIMITER
// lines, triggers, transaction control), read as each of the three
// dialects. Whatever the text, splitting ends, and every statement it finds
// is text of the script: non-empty, starting on a line the script has, in
// order, its first word found in the script.
#include "migration/execution/scriptsteps.h"
#include "migration/scriptcheck.h"
#include "mutator.h"

#include <QTest>

using namespace parity;

namespace {

/// What is wrong with one statement found in `script`, or nothing.
QString checkStatement(const QString &sql, int line, int previousLine, const QString &script)
{
    const int lines = int(script.count(QLatin1Char('\n'))) + 1;
    if (line < 1 || line > lines)
        return QStringLiteral("line %1 is outside 1..%2").arg(line).arg(lines);
    if (line < previousLine)
        return QStringLiteral("line %1 comes after line %2").arg(line).arg(previousLine);
    const QString text = sql.trimmed();
    if (text.isEmpty())
        return QStringLiteral("an empty statement on line %1").arg(line);
    // The first word is the script's own text (client commands blanked
    // inside a statement can only cut a later word short).
    qsizetype end = 0;
    while (end < text.size() && end < 10 && !text.at(end).isSpace())
        ++end;
    if (!script.contains(text.left(end)))
        return QStringLiteral("\"%1\" (line %2) is not in the script")
            .arg(text.left(end))
            .arg(line);
    return {};
}

} // namespace

class TestFuzzScriptSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splittersKeepToTheScript();
};

void TestFuzzScriptSteps::splittersKeepToTheScript()
{
    QList<QString> seeds;
    for (const auto &[name, bytes] : test::fuzzCorpus(QStringLiteral("scriptsteps")))
        seeds << QString::fromUtf8(bytes);
    QVERIFY2(seeds.size() >= 3, "the seed corpus tests/data/fuzz/scriptsteps is missing");

    const QStringList tokens = {QStringLiteral(";"),
                                QStringLiteral("'"),
                                QStringLiteral("\""),
                                QStringLiteral("`"),
                                QStringLiteral("$$"),
                                QStringLiteral("$body$"),
                                QStringLiteral("$1"),
                                QStringLiteral("/*"),
                                QStringLiteral("*/"),
                                QStringLiteral("--"),
                                QStringLiteral("-- "),
                                QStringLiteral("#"),
                                QStringLiteral("\n"),
                                QStringLiteral("\r\n"),
                                QStringLiteral("\\"),
                                QStringLiteral("\n\\set x 1\n"),
                                QStringLiteral("\n.bail on\n"),
                                QStringLiteral("\nDELIMITER //\n"),
                                QStringLiteral("\nDELIMITER ;\n"),
                                QStringLiteral("//"),
                                QStringLiteral("BEGIN"),
                                QStringLiteral("BEGIN;"),
                                QStringLiteral("COMMIT;"),
                                QStringLiteral("ROLLBACK;"),
                                QStringLiteral("END"),
                                QStringLiteral("END;"),
                                QStringLiteral("CASE"),
                                QStringLiteral("TRIGGER"),
                                QStringLiteral("SAVEPOINT a;"),
                                QStringLiteral("START TRANSACTION;"),
                                QStringLiteral("E'"),
                                QStringLiteral("U&'"),
                                QStringLiteral("("),
                                QStringLiteral(")"),
                                QStringLiteral("["),
                                QStringLiteral("]"),
                                QStringLiteral(" "),
                                QStringLiteral("\t"),
                                QStringLiteral("é"),
                                QStringLiteral("€"),
                                QStringLiteral("\U0001F600"),
                                QString(QChar(0)),
                                QString(QChar(0xdc00))};
    const QList<Dialect> dialects = {Dialect::PostgreSQL, Dialect::MySQL, Dialect::SQLite};

    const quint32 seed = test::fuzzSeed();
    const int iterations = test::fuzzIterations(12000);
    qInfo(
        "fuzzing stepsFromScript and splitPostgresScript: %d iterations, seed %u, %d seed scripts",
        iterations, seed, int(seeds.size()));
    test::Mutator mutator(seed);
    int statements = 0;
    for (int i = 0; i < iterations; ++i) {
        const Dialect dialect = dialects.at(i % dialects.size());
        const QString script =
            mutator.mutate({seeds.at(mutator.bounded(int(seeds.size()))), {}}, tokens).text;
        const auto where = [&] {
            return QStringLiteral(" at iteration %1 (seed %2, %3):\n%4")
                .arg(i)
                .arg(seed)
                .arg(dialectDisplayName(dialect), script);
        };

        int previous = 0;
        for (const PlanStep &step : stepsFromScript(dialect, script)) {
            if (const QString problem = checkStatement(step.sql, step.line, previous, script);
                !problem.isEmpty())
                QFAIL(qPrintable(QStringLiteral("stepsFromScript: ") + problem + where()));
            previous = step.line;
            ++statements;
        }
        if (dialect == Dialect::PostgreSQL) {
            previous = 0;
            for (const ScriptStatement &statement : splitPostgresScript(script)) {
                const QString problem =
                    checkStatement(statement.sql, statement.line, previous, script);
                if (!problem.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("splitPostgresScript: ") + problem + where()));
                previous = statement.line;
            }
        }
    }
    qInfo("%d statements checked", statements);
    QVERIFY(statements > iterations);
}

QTEST_GUILESS_MAIN(TestFuzzScriptSteps)
#include "tst_fuzz_scriptsteps.moc"
