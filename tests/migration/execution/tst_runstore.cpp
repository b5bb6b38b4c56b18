// The local audit log: RunRecord's JSON (every field survives a round trip,
// a later version's fields are ignored) and RunStore's folders (owner-only,
// newest first, a broken record named rather than hiding the others).
#include "migration/execution/runstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace parity;

namespace {

QDateTime utc(int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(2026, 11, 21), QTime(hour, minute, second, ms), Qt::UTC);
}

StatementRecord statement(int index, const QString &sql, bool succeeded, bool committed,
                          const QString &error = {})
{
    StatementRecord s;
    s.index = index;
    s.sql = sql;
    s.object = QStringLiteral("public.t%1").arg(index);
    s.elapsedMs = 1000 + index;
    s.succeeded = succeeded;
    s.committed = committed;
    s.error = error;
    return s;
}

/// A record with every field set to something other than its default.
RunRecord fullRecord()
{
    RunRecord r;
    r.id = QStringLiteral("20261121-143012-3f9a");
    r.kind = QStringLiteral("rollback");
    r.rollsBack = QStringLiteral("20261120-101010-beef");
    r.method = QStringLiteral("script");
    r.user = QStringLiteral("alice");
    r.host = QStringLiteral("ops-laptop");
    r.parityVersion = QStringLiteral("0.9.1");
    r.startedAt = utc(14, 30, 12, 345);
    r.finishedAt = utc(14, 31, 2, 7);
    r.dialect = Dialect::PostgreSQL;
    r.target = QStringLiteral("postgresql://deploy@db.example:5432/shop");
    r.targetName = QStringLiteral("shop");
    r.profile = QStringLiteral("shop-uat");
    r.environment = QStringLiteral("uat");
    r.toSource = QStringLiteral("staging.parity.json");
    r.planHash = QStringLiteral("sha256:0123abcd");
    r.hazards = {QStringLiteral("high public.audit drops 49 rows"),
                 QStringLiteral("low public.x rewrites")};
    r.backupPath = QStringLiteral("/backups/shop.dump");
    r.backupSha256 = QStringLiteral("ffee");
    r.backupVerified = true;
    r.outcome = RunOutcome::VerificationFailed;
    r.message = QStringLiteral("the target still differs: see the verification differences");
    r.statementsTotal = 3;
    r.statements = {statement(0, QStringLiteral("CREATE TABLE \"t0\" (id int)"), true, true),
                    statement(1, QStringLiteral("ALTER TABLE \"t1\"\n  ADD COLUMN x int"), true,
                              false),
                    statement(2, QStringLiteral("DROP TABLE \"t2\""), false, false,
                              QStringLiteral("permission denied"))};
    r.verified = true; // contradicts the outcome on purpose: each field must travel on its own
    r.verificationDifferences = {QStringLiteral("public.t1 lacks column x")};
    r.auditTableWritten = true;
    return r;
}

void compareRecords(const RunRecord &actual, const RunRecord &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.rollsBack, expected.rollsBack);
    QCOMPARE(actual.method, expected.method);
    QCOMPARE(actual.user, expected.user);
    QCOMPARE(actual.host, expected.host);
    QCOMPARE(actual.parityVersion, expected.parityVersion);
    QCOMPARE(actual.startedAt, expected.startedAt);
    QCOMPARE(actual.startedAt.time().msec(), expected.startedAt.time().msec());
    QCOMPARE(actual.finishedAt, expected.finishedAt);
    QCOMPARE(actual.dialect, expected.dialect);
    QCOMPARE(actual.target, expected.target);
    QCOMPARE(actual.targetName, expected.targetName);
    QCOMPARE(actual.profile, expected.profile);
    QCOMPARE(actual.environment, expected.environment);
    QCOMPARE(actual.toSource, expected.toSource);
    QCOMPARE(actual.planHash, expected.planHash);
    QCOMPARE(actual.hazards, expected.hazards);
    QCOMPARE(actual.backupPath, expected.backupPath);
    QCOMPARE(actual.backupSha256, expected.backupSha256);
    QCOMPARE(actual.backupVerified, expected.backupVerified);
    QCOMPARE(actual.outcome, expected.outcome);
    QCOMPARE(actual.message, expected.message);
    QCOMPARE(actual.statementsTotal, expected.statementsTotal);
    QCOMPARE(actual.statements.size(), expected.statements.size());
    for (qsizetype i = 0; i < expected.statements.size(); ++i) {
        const StatementRecord &a = actual.statements[i];
        const StatementRecord &e = expected.statements[i];
        QCOMPARE(a.index, e.index);
        QCOMPARE(a.sql, e.sql);
        QCOMPARE(a.object, e.object);
        QCOMPARE(a.elapsedMs, e.elapsedMs);
        QCOMPARE(a.succeeded, e.succeeded);
        QCOMPARE(a.committed, e.committed);
        QCOMPARE(a.error, e.error);
    }
    QCOMPARE(actual.verified, expected.verified);
    QCOMPARE(actual.verificationDifferences, expected.verificationDifferences);
    QCOMPARE(actual.auditTableWritten, expected.auditTableWritten);
}

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

RunRecord recordStartedAt(const QDateTime &at)
{
    RunRecord r;
    r.startedAt = at;
    r.target = QStringLiteral("sqlite:/tmp/a.db");
    return r;
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip();
    void jsonLayout();
    void readsUnknownFields();
    void runningRecordHasNoFinish();
    void outcomeKeys_data();
    void outcomeKeys();
    void committedStatements();
    void runIdFormat();
    void defaultRootFollowsXdgDataHome();
    void createSaveLoad();
    void listNewestFirst();
    void ownerOnlyPermissions();
    void corruptRecordIsNamed();
    void refusesNamesOutsideTheStore_data();
    void refusesNamesOutsideTheStore();
    void givenIdThatExistsIsRefused();
    void unknownRunIsNotFound();
    void idsAreUnique();
};

void TestRunStore::jsonRoundTrip()
{
    const RunRecord original = fullRecord();
    // Through bytes, as the store does, not only through QJsonObject.
    const QByteArray bytes = QJsonDocument(original.toJson()).toJson();
    const RunRecord read = RunRecord::fromJson(QJsonDocument::fromJson(bytes).object());
    compareRecords(read, original);
    if (QTest::currentTestFailed())
        return;

    // And each non-default value must matter: a record read from {} differs.
    const RunRecord empty = RunRecord::fromJson(QJsonObject());
    QCOMPARE(empty.kind, QStringLiteral("apply"));
    QCOMPARE(empty.outcome, RunOutcome::Running);
    QVERIFY(!empty.startedAt.isValid());
    QVERIFY(empty.statements.isEmpty());
}

void TestRunStore::jsonLayout()
{
    const QJsonObject json = fullRecord().toJson();
    QCOMPARE(json.value(QStringLiteral("format")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("startedAt")).toString(),
             QStringLiteral("2026-11-21T14:30:12.345Z"));
    QCOMPARE(json.value(QStringLiteral("finishedAt")).toString(),
             QStringLiteral("2026-11-21T14:31:02.007Z"));
    QCOMPARE(json.value(QStringLiteral("dialect")).toString(), QStringLiteral("postgresql"));
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(),
             QStringLiteral("verification-failed"));
    const QJsonArray statements = json.value(QStringLiteral("statements")).toArray();
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(2).isObject());
    QCOMPARE(statements.at(2).toObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("permission denied"));
    QCOMPARE(statements.at(1).toObject().value(QStringLiteral("elapsedMs")).toInteger(), 1001);

    // A local start time is written as the same instant in UTC.
    RunRecord local;
    local.startedAt =
        QDateTime(QDate(2026, 11, 21), QTime(16, 30, 12, 5), Qt::OffsetFromUTC, 2 * 3600);
    QCOMPARE(local.toJson().value(QStringLiteral("startedAt")).toString(),
             QStringLiteral("2026-11-21T14:30:12.005Z"));
}

void TestRunStore::readsUnknownFields()
{
    QJsonObject json = fullRecord().toJson();
    json.insert(QStringLiteral("format"), 7);
    json.insert(QStringLiteral("approvedBy"), QStringLiteral("bob"));
    json.insert(QStringLiteral("lockWaits"), QJsonArray{1, 2, 3});
    QJsonArray statements = json.value(QStringLiteral("statements")).toArray();
    QJsonObject first = statements.at(0).toObject();
    first.insert(QStringLiteral("rowsAffected"), 12);
    statements.replace(0, first);
    json.insert(QStringLiteral("statements"), statements);
    const QByteArray bytes = QJsonDocument(json).toJson();
    compareRecords(RunRecord::fromJson(QJsonDocument::fromJson(bytes).object()), fullRecord());

    // An outcome a later version added does not read as a success.
    json.insert(QStringLiteral("outcome"), QStringLiteral("paused-for-approval"));
    QCOMPARE(RunRecord::fromJson(json).outcome, RunOutcome::Running);
}

void TestRunStore::runningRecordHasNoFinish()
{
    RunRecord running;
    running.startedAt = utc(9, 0, 0, 1);
    const QJsonObject json = running.toJson();
    QVERIFY(json.value(QStringLiteral("finishedAt")).isNull());
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("running"));
    const RunRecord read = RunRecord::fromJson(json);
    QVERIFY(!read.finishedAt.isValid());
    QCOMPARE(read.startedAt, running.startedAt);
    QCOMPARE(read.dialect, Dialect::SQLite);
}

void TestRunStore::outcomeKeys_data()
{
    QTest::addColumn<RunOutcome>("outcome");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::newRow("running") << RunOutcome::Running << "running"
                             << "running";
    QTest::newRow("succeeded") << RunOutcome::Succeeded << "succeeded"
                               << "succeeded";
    QTest::newRow("failed") << RunOutcome::Failed << "failed"
                            << "failed";
    QTest::newRow("verification") << RunOutcome::VerificationFailed << "verification-failed"
                                  << "verification failed";
    QTest::newRow("cancelled") << RunOutcome::Cancelled << "cancelled"
                               << "cancelled";
    QTest::newRow("refused") << RunOutcome::Refused << "refused"
                             << "refused";
}

void TestRunStore::outcomeKeys()
{
    QFETCH(RunOutcome, outcome);
    QFETCH(QString, key);
    QFETCH(QString, text);
    QCOMPARE(runOutcomeKey(outcome), key);
    QCOMPARE(runOutcomeText(outcome), text);
    QVERIFY(runOutcomeFromKey(key) == outcome);
    QVERIFY(!runOutcomeFromKey(key.toUpper()));
}

void TestRunStore::committedStatements()
{
    const QList<StatementRecord> committed = fullRecord().committedStatements();
    QCOMPARE(committed.size(), 1);
    QCOMPARE(committed.first().index, 0);
    QVERIFY(RunRecord().committedStatements().isEmpty());
}

void TestRunStore::runIdFormat()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QString id = newRunId();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8}-\\d{6})-[0-9a-f]{4}$"));
    const QRegularExpressionMatch match = pattern.match(id);
    QVERIFY2(match.hasMatch(), qPrintable(id));
    QDateTime at = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    at.setTimeSpec(Qt::UTC);
    QVERIFY2(at >= before.addSecs(-1) && at <= after, qPrintable(id));
}

void TestRunStore::defaultRootFollowsXdgDataHome()
{
    QTemporaryDir dir;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path()));
    const QString root = RunStore::defaultRoot();
    const QString storeRoot = RunStore().root();
    qputenv("XDG_DATA_HOME", saved);
    QCOMPARE(root, dir.path() + QStringLiteral("/parity/runs"));
    QCOMPARE(storeRoot, root);
    QCOMPARE(RunStore(QStringLiteral("/elsewhere/runs")).root(), QStringLiteral("/elsewhere/runs"));
}

void TestRunStore::createSaveLoad()
{
    QTemporaryDir dir;
    RunStore store(dir.filePath(QStringLiteral("a/b/runs")));
    RunRecord record = fullRecord();
    record.id.clear();
    record.outcome = RunOutcome::Running;
    PARITY_VERIFY_RESULT(store.create(record));
    QVERIFY(!record.id.isEmpty());
    QVERIFY(QFileInfo(store.folder(record.id) + QStringLiteral("/run.json")).isFile());

    // Nobody holds the run: a record that says running reads as interrupted.
    auto orphan = store.load(record.id);
    PARITY_VERIFY_RESULT(orphan);
    QCOMPARE(orphan->outcome, RunOutcome::Interrupted);
    QVERIFY(!store.isHeld(record.id));

    auto lock = RunLock::acquire(store.folder(record.id));
    PARITY_VERIFY_RESULT(lock);
    QVERIFY(store.isHeld(record.id));
    QVERIFY(!RunLock::acquire(store.folder(record.id)).has_value()); // a second holder is refused
    auto loaded = store.load(record.id);
    PARITY_VERIFY_RESULT(loaded);
    compareRecords(*loaded, record);
    (*lock)->release();
    QVERIFY(!store.isHeld(record.id));
    QVERIFY(!QFileInfo::exists(store.folder(record.id) + QStringLiteral("/run.lock")));

    // A checkpoint replaces the record.
    record.outcome = RunOutcome::Succeeded;
    record.statements.append(statement(3, QStringLiteral("SELECT 1"), true, true));
    PARITY_VERIFY_RESULT(store.save(record));
    loaded = store.load(record.id);
    PARITY_VERIFY_RESULT(loaded);
    compareRecords(*loaded, record);

    auto path =
        store.writeFile(record.id, QStringLiteral("forward.sql"), "CREATE TABLE t (id int);\n");
    PARITY_VERIFY_RESULT(path);
    QCOMPARE(*path, store.folder(record.id) + QStringLiteral("/forward.sql"));
    auto data = store.readFile(record.id, QStringLiteral("forward.sql"));
    PARITY_VERIFY_RESULT(data);
    QCOMPARE(*data, QByteArray("CREATE TABLE t (id int);\n"));
    const auto missing = store.readFile(record.id, QStringLiteral("rollback.sql"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);

    // save() of a run that was never created says so instead of making a folder.
    RunRecord stray = fullRecord();
    stray.id = QStringLiteral("20000101-000000-0000");
    const auto saved = store.save(stray);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(store.folder(stray.id)),
             qPrintable(saved.error().message));
    QVERIFY(!QFileInfo::exists(store.folder(stray.id)));
}

void TestRunStore::listNewestFirst()
{
    QTemporaryDir dir;
    RunStore store(dir.path());
    QVERIFY(store.list().isEmpty());

    RunRecord oldest = recordStartedAt(utc(8, 0, 0, 0));
    RunRecord newest = recordStartedAt(utc(12, 0, 0, 0));
    RunRecord middle = recordStartedAt(utc(10, 0, 0, 0));
    // Same instant: the id decides, so the order is stable.
    RunRecord tieA = recordStartedAt(utc(11, 0, 0, 500));
    tieA.id = QStringLiteral("20261121-110000-aaaa");
    RunRecord tieB = recordStartedAt(utc(11, 0, 0, 500));
    tieB.id = QStringLiteral("20261121-110000-bbbb");
    // Milliseconds order runs of the same second.
    RunRecord sameSecondLater = recordStartedAt(utc(8, 0, 0, 1));
    for (RunRecord *r : {&oldest, &tieA, &newest, &sameSecondLater, &middle, &tieB})
        PARITY_VERIFY_RESULT(store.create(*r));

    QStringList problems;
    const QList<RunRecord> runs = store.list(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QStringList ids;
    for (const RunRecord &r : runs)
        ids.append(r.id);
    QCOMPARE(ids,
             QStringList({newest.id, tieB.id, tieA.id, middle.id, sameSecondLater.id, oldest.id}));
}

void TestRunStore::ownerOnlyPermissions()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("share/parity/runs"));
    RunStore store(root);
    RunRecord record;
    PARITY_VERIFY_RESULT(store.create(record));
    PARITY_VERIFY_RESULT(store.writeFile(record.id, QStringLiteral("from.parity.json"), "{}"));
    PARITY_VERIFY_RESULT(store.save(record));

    QCOMPARE(modeOf(root), 0700);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("share/parity"))), 0700);
    QCOMPARE(modeOf(store.folder(record.id)), 0700);
    QCOMPARE(modeOf(store.folder(record.id) + QStringLiteral("/run.json")), 0600);
    QCOMPARE(modeOf(store.folder(record.id) + QStringLiteral("/from.parity.json")), 0600);
    // Nothing else (no temporary file left behind by QSaveFile).
    QCOMPARE(QDir(store.folder(record.id)).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestRunStore::corruptRecordIsNamed()
{
    QTemporaryDir dir;
    RunStore store(dir.path());
    RunRecord good = recordStartedAt(utc(8, 0, 0, 0));
    RunRecord broken = recordStartedAt(utc(9, 0, 0, 0));
    PARITY_VERIFY_RESULT(store.create(good));
    PARITY_VERIFY_RESULT(store.create(broken));
    PARITY_VERIFY_RESULT(
        store.writeFile(broken.id, QStringLiteral("run.json"), "{\"id\": \"half a fi"));
    // A folder with no record at all (made by hand, or emptied).
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("20261121-000000-0000")));

    QStringList problems;
    const QList<RunRecord> runs = store.list(&problems);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().id, good.id);
    QCOMPARE(problems.size(), 2);
    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(store.folder(broken.id) + QStringLiteral("/run.json")), qPrintable(all));
    QVERIFY2(all.contains(store.folder(QStringLiteral("20261121-000000-0000"))), qPrintable(all));

    const auto loaded = store.load(broken.id);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, Error::Code::Corrupt);
    // Without `problems` the list is the same.
    QCOMPARE(store.list().size(), 1);
}

void TestRunStore::refusesNamesOutsideTheStore_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("id with ..") << "../x"
                                << "run.json";
    QTest::newRow("id ..") << ".."
                           << "run.json";
    QTest::newRow("absolute id") << "/etc"
                                 << "run.json";
    QTest::newRow("name with /") << "20261121-000000-0000"
                                 << "../../escape.sql";
    QTest::newRow("empty name") << "20261121-000000-0000"
                                << "";
}

void TestRunStore::refusesNamesOutsideTheStore()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QTemporaryDir dir;
    RunStore store(dir.filePath(QStringLiteral("runs")));
    RunRecord record;
    record.id = QStringLiteral("20261121-000000-0000");
    PARITY_VERIFY_RESULT(store.create(record));
    const auto written = store.writeFile(id, name, "x");
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::InvalidInput);
    QVERIFY(!store.readFile(id, name));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("escape.sql"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x"))));
}

void TestRunStore::givenIdThatExistsIsRefused()
{
    QTemporaryDir dir;
    RunStore store(dir.path());
    RunRecord first;
    first.id = QStringLiteral("20261121-143012-3f9a");
    first.message = QStringLiteral("first");
    PARITY_VERIFY_RESULT(store.create(first));
    RunRecord second;
    second.id = first.id;
    second.message = QStringLiteral("second");
    const auto created = store.create(second);
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(store.folder(first.id)),
             qPrintable(created.error().message));
    auto loaded = store.load(first.id);
    PARITY_VERIFY_RESULT(loaded);
    QCOMPARE(loaded->message, QStringLiteral("first"));
}

void TestRunStore::unknownRunIsNotFound()
{
    QTemporaryDir dir;
    RunStore store(dir.path());
    const auto loaded = store.load(QStringLiteral("20990101-000000-dead"));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, Error::Code::NotFound);
    // A store whose folder does not exist yet lists nothing, quietly.
    QStringList problems;
    QVERIFY(RunStore(dir.filePath(QStringLiteral("nothing/here"))).list(&problems).isEmpty());
    QVERIFY(problems.isEmpty());
}

void TestRunStore::idsAreUnique()
{
    // 200 runs within a second or two: without the retry on an existing
    // folder, 4 hex digits collide about one time in four.
    QTemporaryDir dir;
    RunStore store(dir.path());
    QSet<QString> ids;
    for (int i = 0; i < 200; ++i) {
        RunRecord record;
        record.message = QString::number(i);
        PARITY_VERIFY_RESULT(store.create(record));
        ids.insert(record.id);
    }
    QCOMPARE(ids.size(), 200);
    QStringList problems;
    const QList<RunRecord> runs = store.list(&problems);
    QCOMPARE(runs.size(), 200);
    QVERIFY(problems.isEmpty());
    // Each folder holds its own record, not a neighbour's.
    QSet<QString> messages;
    for (const RunRecord &r : runs)
        messages.insert(r.message);
    QCOMPARE(messages.size(), 200);
}

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
