// parity-cli apply and rollback as a release manager runs them, on SQLite
// files: the typed confirmation, the backup, the closing "run: ID" line, the
// audit log (parity-cli runs), the guided rollback both ways, drift and
// bad input. The servers' side is covered by tst_apply.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace parity;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool hasTable(const QString &path, const QString &table)
{
    const QString name = QUuid::createUuid().toString();
    bool found = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
            query.addBindValue(table);
            found = query.exec() && query.next() && query.value(0).toInt() == 1;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

QString lastLine(const QString &text)
{
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    return lines.isEmpty() ? QString() : lines.last();
}

} // namespace

class TestCliApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void confirmationRequired_data();
    void confirmationRequired();
    void applyRecordAndRollBack();
    void rollbackWithBackup();
    void plannedFromDrift();
    void unwritableBackupFolder();
    void badInput_data();
    void badInput();

private:
    test::CliRun cli(const QStringList &arguments) { return test::runCli(arguments, m_env); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_from;
    QString m_to;
    QString m_backups;
    QMap<QString, QString> m_env;
};

void TestCliApply::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_from = m_dir->filePath(QStringLiteral("release.db"));
    m_to = m_dir->filePath(QStringLiteral("desired.db"));
    m_backups = m_dir->filePath(QStringLiteral("backups"));
    m_env = {{QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg"))}};
    const auto from = ConnectionSpec::parse(m_from);
    const auto to = ConnectionSpec::parse(m_to);
    PARITY_VERIFY_RESULT(test::runSql(*from, QStringLiteral("CREATE TABLE customers (id integer PRIMARY KEY, name text);\n"
                                                            "INSERT INTO customers VALUES (1, 'Ada'), (2, 'Brian');\n")));
    PARITY_VERIFY_RESULT(test::runSql(*to, QStringLiteral("CREATE TABLE customers (id integer PRIMARY KEY, name text, email text);\n"
                                                          "CREATE TABLE \"audit log\" (id integer PRIMARY KEY, at text);\n")));
}

void TestCliApply::confirmationRequired_data()
{
    QTest::addColumn<QStringList>("confirmation");
    QTest::newRow("missing") << QStringList();
    QTest::newRow("wrong name") << QStringList{QStringLiteral("--yes-i-mean"), QStringLiteral("prod")};
    QTest::newRow("other case") << QStringList{QStringLiteral("--yes-i-mean"), QStringLiteral("RELEASE")};
}

void TestCliApply::confirmationRequired()
{
    QFETCH(QStringList, confirmation);
    const QByteArray before = fileHash(m_from);
    const test::CliRun run = cli(QStringList{QStringLiteral("apply"), m_from, QStringLiteral("--to"), m_to,
                                             QStringLiteral("--backup-dir"), m_backups}
                                 + confirmation);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("refused")) && run.err.contains(QLatin1String("--yes-i-mean release")),
             qPrintable(run.err));
    QCOMPARE(fileHash(m_from), before);
    QVERIFY(!QFile::exists(m_backups));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("xdg/parity/runs"))));
}

void TestCliApply::applyRecordAndRollBack()
{
    const test::CliRun run = cli({QStringLiteral("apply"), m_from, QStringLiteral("--to"), m_to, QStringLiteral("--backup-dir"),
                                  m_backups, QStringLiteral("--yes-i-mean"), QStringLiteral("release")});
    QCOMPARE(run.exitCode, 0);
    const auto match = QRegularExpression(QStringLiteral("^run: (\\d{8}-\\d{6}-[0-9a-f]{4})$")).match(lastLine(run.out));
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    const QString id = match.captured(1);
    QVERIFY2(run.out.contains(QLatin1String("Verified")), qPrintable(run.out));
    QVERIFY(hasTable(m_from, QStringLiteral("audit log")));
    QVERIFY(QFile::exists(m_backups + QLatin1Char('/') + id + QStringLiteral("/backup.sqlite")));
    QVERIFY(QFile::exists(m_backups + QLatin1Char('/') + id + QStringLiteral("/manifest.json")));

    const test::CliRun runs = cli({QStringLiteral("runs")});
    QCOMPARE(runs.exitCode, 0);
    QVERIFY2(runs.out.contains(id) && runs.out.contains(QLatin1String("succeeded")), qPrintable(runs.out));

    // Without --method the rollback shows both ways and changes nothing.
    const test::CliRun guide = cli({QStringLiteral("rollback"), m_from, QStringLiteral("--run"), id});
    QCOMPARE(guide.exitCode, 3);
    QVERIFY2(guide.out.contains(QLatin1String("--method script")) && guide.out.contains(QLatin1String("--method backup")),
             qPrintable(guide.out));
    QVERIFY(hasTable(m_from, QStringLiteral("audit log")));

    const test::CliRun back = cli({QStringLiteral("rollback"), m_from, QStringLiteral("--run"), id, QStringLiteral("--method"),
                                   QStringLiteral("script"), QStringLiteral("--yes-i-mean"), QStringLiteral("release")});
    QCOMPARE(back.exitCode, 0);
    QVERIFY2(lastLine(back.out).startsWith(QLatin1String("run: ")), qPrintable(back.out));
    QVERIFY2(back.out.contains(QLatin1String("same schema, same rows")), qPrintable(back.out));
    QVERIFY(!hasTable(m_from, QStringLiteral("audit log")));

    const test::CliRun detail = cli({QStringLiteral("runs"), id});
    QCOMPARE(detail.exitCode, 0);
    QVERIFY2(detail.out.contains(QLatin1String("ALTER TABLE")), qPrintable(detail.out));
}

void TestCliApply::rollbackWithBackup()
{
    const test::CliRun run = cli({QStringLiteral("apply"), m_from, QStringLiteral("--to"), m_to, QStringLiteral("--backup-dir"),
                                  m_backups, QStringLiteral("--yes-i-mean"), QStringLiteral("release")});
    QCOMPARE(run.exitCode, 0);
    const QString id = lastLine(run.out).mid(5);
    const auto spec = ConnectionSpec::parse(m_from);
    PARITY_VERIFY_RESULT(test::runSql(*spec, QStringLiteral("INSERT INTO \"audit log\" VALUES (1, 'now');\n")));

    const test::CliRun wrong = cli({QStringLiteral("rollback"), m_from, QStringLiteral("--run"), id, QStringLiteral("--method"),
                                    QStringLiteral("backup"), QStringLiteral("--yes-i-mean"), QStringLiteral("staging")});
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(hasTable(m_from, QStringLiteral("audit log")));

    const test::CliRun back = cli({QStringLiteral("rollback"), m_from, QStringLiteral("--run"), id, QStringLiteral("--method"),
                                   QStringLiteral("backup"), QStringLiteral("--yes-i-mean"), QStringLiteral("release")});
    QCOMPARE(back.exitCode, 0);
    QVERIFY2(back.err.contains(QLatin1String("replaced by the backup")), qPrintable(back.err));
    QVERIFY(!hasTable(m_from, QStringLiteral("audit log")));
}

void TestCliApply::plannedFromDrift()
{
    const QString snapshot = m_dir->filePath(QStringLiteral("release.parity.json"));
    const QString script = m_dir->filePath(QStringLiteral("forward.sql"));
    QCOMPARE(cli({QStringLiteral("inspect"), m_from, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), snapshot}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("plan"), m_from, m_to, QStringLiteral("-o"), script}).exitCode, 0);
    const auto spec = ConnectionSpec::parse(m_from);
    PARITY_VERIFY_RESULT(test::runSql(*spec, QStringLiteral("CREATE TABLE hotfix (a integer);\n")));
    const QByteArray before = fileHash(m_from);

    const test::CliRun run = cli({QStringLiteral("apply"), m_from, QStringLiteral("--script"), script, QStringLiteral("--planned-from"),
                                  snapshot, QStringLiteral("--backup-dir"), m_backups, QStringLiteral("--yes-i-mean"),
                                  QStringLiteral("release")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QLatin1String("hotfix")) || run.err.contains(QLatin1String("hotfix")), qPrintable(run.err));
    QVERIFY(lastLine(run.out).startsWith(QLatin1String("run: ")));
    QCOMPARE(fileHash(m_from), before);

    // The same script on the unchanged target runs, verified against its rehearsal.
    PARITY_VERIFY_RESULT(test::runSql(*spec, QStringLiteral("DROP TABLE hotfix;\n")));
    const test::CliRun ok = cli({QStringLiteral("apply"), m_from, QStringLiteral("--script"), script, QStringLiteral("--planned-from"),
                                 snapshot, QStringLiteral("--no-backup"), QStringLiteral("--yes-i-mean"), QStringLiteral("release")});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.contains(QLatin1String("Verified")), qPrintable(ok.out));
    QVERIFY(hasTable(m_from, QStringLiteral("audit log")));
}

void TestCliApply::unwritableBackupFolder()
{
    const QString file = m_dir->filePath(QStringLiteral("plain-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QByteArray before = fileHash(m_from);
    const test::CliRun run = cli({QStringLiteral("apply"), m_from, QStringLiteral("--to"), m_to, QStringLiteral("--backup-dir"),
                                  file + QStringLiteral("/backups"), QStringLiteral("--yes-i-mean"), QStringLiteral("release")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(file) || run.err.contains(file), qPrintable(run.out + run.err));
    QCOMPARE(fileHash(m_from), before);
}

void TestCliApply::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --to nor --script") << QStringList{QStringLiteral("--backup-dir"), QStringLiteral("/tmp/x")} << QStringLiteral("--to TO");
    QTest::newRow("both --to and --script") << QStringList{QStringLiteral("--to"), QStringLiteral("a.db"), QStringLiteral("--script"),
                                                           QStringLiteral("x.sql"), QStringLiteral("--no-backup")}
                                            << QStringLiteral("either");
    QTest::newRow("no backup choice") << QStringList{QStringLiteral("--to"), QStringLiteral("a.db")} << QStringLiteral("--backup-dir");
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--to"), QStringLiteral("a.db"), QStringLiteral("--no-backup"),
                                                QStringLiteral("--lock-timeout"), QStringLiteral("soon")}
                                 << QStringLiteral("whole seconds");
    QTest::newRow("missing script") << QStringList{QStringLiteral("--script"), QStringLiteral("/nonexistent/forward.sql"),
                                                   QStringLiteral("--no-backup"), QStringLiteral("--yes-i-mean"), QStringLiteral("release")}
                                    << QStringLiteral("Cannot read the script");
}

void TestCliApply::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QByteArray before = fileHash(m_from);
    const test::CliRun run = cli(QStringList{QStringLiteral("apply"), m_from} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(fileHash(m_from), before);
}

QTEST_GUILESS_MAIN(TestCliApply)
#include "tst_cli_apply.moc"
