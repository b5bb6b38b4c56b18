// A database compared with itself, with a second load of the same SQL, or
// with a fresh load of its own dump has no differences, in every dialect.
// This is the false-positive guard: anything reported here is noise a DBA
// would have to learn to ignore.
#include "common/jobcontext.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "testsupport.h"

#include <QProcess>
#include <QTest>

using namespace parity;

namespace {

Result<Catalog> read(const ConnectionSpec &spec)
{
    JobContext job;
    return inspect(spec, {}, job);
}

/// Dumps `from` with the dialect's own dump tool and loads it into `to`.
Result<void> dumpAndLoad(const ConnectionSpec &from, const ConnectionSpec &to)
{
    QProcess dump;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString program;
    QStringList args;
    switch (from.kind) {
    case ConnectionSpec::Kind::PostgreSQL:
        env.insert(QStringLiteral("PGPASSWORD"), from.password);
        program = QStringLiteral("pg_dump");
        args = {QStringLiteral("-h"), from.effectiveHost(), QStringLiteral("-p"), QString::number(from.effectivePort()),
                QStringLiteral("-U"), from.user, QStringLiteral("--no-owner"), from.database};
        break;
    case ConnectionSpec::Kind::MySQL:
        env.insert(QStringLiteral("MYSQL_PWD"), from.password);
        program = QStringLiteral("mariadb-dump");
        args = {QStringLiteral("--no-defaults"), QStringLiteral("--protocol=TCP"), QStringLiteral("-h"), from.effectiveHost(),
                QStringLiteral("-P"), QString::number(from.effectivePort()), QStringLiteral("-u"), from.user,
                QStringLiteral("--routines"), QStringLiteral("--triggers"), from.database};
        break;
    default:
        program = QStringLiteral("sqlite3");
        args = {from.path, QStringLiteral(".dump")};
        break;
    }
    dump.setProcessEnvironment(env);
    dump.start(program, args);
    if (!dump.waitForFinished(120000) || dump.exitCode() != 0)
        return fail(Error::Code::Io, QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(dump.readAllStandardError())));
    return test::runSql(to, QString::fromUtf8(dump.readAllStandardOutput()));
}

QString describe(const SchemaDiff &diff)
{
    QStringList lines;
    for (const ObjectChange &c : diff.changes) {
        QStringList fields;
        for (const FieldChange &f : c.fields)
            fields << QStringLiteral("%1: [%2] -> [%3]").arg(f.field, f.from, f.to);
        lines << QStringLiteral("%1 %2 %3 %4").arg(changeKindKey(c.change), objectKindKey(c.kind), c.path(),
                                                   fields.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSameDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noDifferences_data();
    void noDifferences();
};

void TestSameDatabase::noDifferences_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("fixture");
    const QString data = test::sourceDir() + QStringLiteral("/tests/data/introspection/");
    QTest::newRow("postgresql") << int(Dialect::PostgreSQL) << data + QStringLiteral("postgres/fixture.sql");
    QTest::newRow("mariadb") << int(Dialect::MySQL) << data + QStringLiteral("mysql/fixture.sql");
    QTest::newRow("sqlite") << int(Dialect::SQLite) << data + QStringLiteral("sqlite/everything.sql");
}

void TestSameDatabase::noDifferences()
{
    QFETCH(int, dialect);
    QFETCH(QString, fixture);
    QList<ConnectionSpec> specs;
    for (const char *suffix : {"a", "b", "dump"}) {
        const QString name = QStringLiteral("tst_same_%1").arg(QLatin1String(suffix));
        if (Dialect(dialect) == Dialect::SQLite) {
            specs << *ConnectionSpec::parse(test::scratchSqlitePath(name + QStringLiteral(".db")));
        } else {
            auto spec = test::createScratchDatabase(Dialect(dialect), name);
            PARITY_VERIFY_RESULT(spec);
            specs << *spec;
        }
    }
    PARITY_VERIFY_RESULT(test::runSqlFile(specs[0], fixture));
    PARITY_VERIFY_RESULT(test::runSqlFile(specs[1], fixture));
    PARITY_VERIFY_RESULT(dumpAndLoad(specs[0], specs[2]));
    if (Dialect(dialect) == Dialect::MySQL) {
        // mariadb-dump writes a database's tables, not the database itself:
        // its comment only travels with --databases, which would reload
        // into the original name. Put it back as a DBA restoring would.
        PARITY_VERIFY_RESULT(test::runSql(specs[2], QStringLiteral("ALTER DATABASE COMMENT = 'Parity fixture';")));
    }

    const auto a = read(specs[0]);
    const auto b = read(specs[1]);
    const auto dumped = read(specs[2]);
    PARITY_VERIFY_RESULT(a);
    PARITY_VERIFY_RESULT(b);
    PARITY_VERIFY_RESULT(dumped);
    QVERIFY(!a->schemas.isEmpty());

    const SchemaDiff self = compareCatalogs(*a, *a);
    QVERIFY2(self.isEmpty(), qPrintable(describe(self)));
    const SchemaDiff twice = compareCatalogs(*a, *b);
    QVERIFY2(twice.isEmpty(), qPrintable(describe(twice)));
    const SchemaDiff reloaded = compareCatalogs(*a, *dumped);
    QVERIFY2(reloaded.isEmpty(), qPrintable(describe(reloaded)));
}

QTEST_GUILESS_MAIN(TestSameDatabase)
#include "tst_samedatabase.moc"
