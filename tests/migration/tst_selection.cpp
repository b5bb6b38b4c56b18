// Selective sync: the person ticks some changes of a diff, applySelection
// builds the TO that makes exactly those (and what they need).
//
// Properties over real SQLite pairs (the demo, every SQLite golden case, a
// few pairs of this test's own and sqldef's SQLite corpus, both ways): all
// ticked gives TO's diff back, none ticked gives no diff, and for each
// change alone and each change left out the diff of the selected TO is
// exactly the included changes, with a note for every change decided
// against the ticks. Each of those selections is also planned and its
// forward script run by sqlite3 on FROM's structure: the result must be the
// selected TO, and its views and foreign keys must work. Hand-built
// catalogs check the dependency rules and the words of their notes.

#include "common/jobcontext.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "migration/planner.h"
#include "migration/selection.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace parity;
using namespace parity::test;

namespace {

// ---- catalogs from SQLite files --------------------------------------------

Result<Catalog> read(const QString &path)
{
    auto spec = ConnectionSpec::parse(QStringLiteral("sqlite:") + path);
    if (!spec)
        return std::unexpected(spec.error());
    JobContext quiet;
    return inspect(*spec, {}, quiet);
}

/// A scratch SQLite file holding `sql` (empty: an empty database).
Result<QString> load(const QString &name, const QString &sql)
{
    const QString path = scratchSqlitePath(name + QStringLiteral(".db"));
    ConnectionSpec spec;
    spec.kind = ConnectionSpec::Kind::SQLite;
    spec.path = path;
    if (auto made = runSql(spec, QStringLiteral("PRAGMA user_version = 0;\n") + sql); !made)
        return std::unexpected(made.error());
    return path;
}

/// The CREATE statements of a SQLite file, as sqlite3 prints them.
Result<QString> schemaOf(const QString &path)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral(".schema")});
    if (!sqlite.waitForFinished(60000) || sqlite.exitCode() != 0)
        return fail(Error::Code::Io, QStringLiteral("sqlite3 .schema failed on ") + path);
    QStringList statements;
    // SQLite makes its own tables (sqlite_sequence) when it needs them.
    for (const QString &line :
         QString::fromUtf8(sqlite.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("CREATE TABLE sqlite_")))
            statements << line;
    }
    return statements.join(QLatin1Char('\n'));
}

QString demoPath(const QString &file)
{
    return qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/demo/") + file;
}

/// Pairs of this test's own, for what the golden cases do not show.
QList<std::tuple<QString, QString, QString>> ownCases()
{
    return {
        // SQLite keeps SELECT * as written: the view's columns follow its table's.
        {QStringLiteral("select-star view"),
         QStringLiteral("CREATE TABLE t (a INTEGER PRIMARY KEY, c TEXT);\nCREATE VIEW v AS SELECT "
                        "* FROM t;\n"),
         QStringLiteral("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT);\nCREATE VIEW v AS SELECT "
                        "* FROM t;\n")},
        // A table's own property (STRICT) changes along with a column.
        {QStringLiteral("table options"),
         QStringLiteral("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT);\n"),
         QStringLiteral("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT, c INTEGER) STRICT;\n")},
        // A kept table refers to a dropped one; an index on a new column; a
        // trigger on a new table writing to a table that goes.
        {QStringLiteral("references"),
         QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);\n"
                        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER "
                        "REFERENCES customers (id));\n"
                        "CREATE TABLE log (id INTEGER PRIMARY KEY, what TEXT);\n"),
         QStringLiteral(
             "CREATE TABLE orders (id INTEGER PRIMARY KEY, total NUMERIC, customer TEXT);\n"
             "CREATE INDEX orders_total ON orders (total);\n"
             "CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, order_id INTEGER "
             "REFERENCES orders (id));\n"
             "CREATE TRIGGER orders_audit AFTER INSERT ON orders BEGIN INSERT INTO audit "
             "(order_id) VALUES (NEW.id); END;\n"
             "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;\n")},
    };
}

QString goldenRoot()
{
    return sourceDir() + QStringLiteral("/tests/data/diff/sqlite");
}

/// A FROM/TO pair of one data row: the SQL to load (golden cases) or the
/// files to read (the demo).
struct Pair
{
    QString fromSql;
    QString toSql;
    QString fromFile;
    QString toFile;
};

Result<std::pair<Catalog, Catalog>> catalogs(const QString &tag, const Pair &p)
{
    QString fromPath = p.fromFile;
    QString toPath = p.toFile;
    if (fromPath.isEmpty()) {
        auto f = load(tag + QStringLiteral("_from"), p.fromSql);
        if (!f)
            return std::unexpected(f.error());
        fromPath = *f;
    }
    if (toPath.isEmpty()) {
        auto t = load(tag + QStringLiteral("_to"), p.toSql);
        if (!t)
            return std::unexpected(t.error());
        toPath = *t;
    }
    auto from = read(fromPath);
    if (!from)
        return std::unexpected(from.error());
    auto to = read(toPath);
    if (!to)
        return std::unexpected(to.error());
    return std::pair(*from, *to);
}

// ---- comparing selections ---------------------------------------------------

QString changeKey(const ObjectChange &c)
{
    return changeKindKey(c.change) + QLatin1Char(' ') + objectKindKey(c.kind) + QLatin1Char(' ')
           + c.path();
}

QStringList keysOf(const QList<ObjectChange> &changes)
{
    QStringList keys;
    for (const ObjectChange &c : changes)
        keys << changeKey(c);
    keys.sort();
    return keys;
}

QStringList keysOf(const SchemaDiff &diff, const QSet<int> &indices)
{
    QStringList keys;
    for (int i : indices)
        keys << changeKey(diff.changes[i]);
    keys.sort();
    return keys;
}

QSet<int> allOf(const SchemaDiff &diff)
{
    QSet<int> all;
    for (int i = 0; i < diff.changes.size(); ++i)
        all.insert(i);
    return all;
}

bool hasNote(const SelectionOutcome &out, int change)
{
    return std::ranges::any_of(out.notes,
                               [&](const SelectionNote &n) { return n.change == change; });
}

QString notesText(const SelectionOutcome &out)
{
    QStringList lines;
    for (const SelectionNote &n : out.notes)
        lines << QStringLiteral("  [%1 because %2] %3").arg(n.change).arg(n.because).arg(n.text);
    return lines.join(QLatin1Char('\n'));
}

/// What is wrong with one selection's outcome; empty when nothing is.
QString problems(const Catalog &from, const SchemaDiff &diff, const QSet<int> &chosen,
                 const SelectionOutcome &out)
{
    QStringList found;
    const QStringList expected = keysOf(diff, out.included);
    const QStringList actual = keysOf(compareCatalogs(from, out.to).changes);
    if (expected != actual)
        found << QStringLiteral("the selected TO differs from FROM by\n    %1\n  but the included "
                                "changes are\n    %2")
                     .arg(actual.join(QStringLiteral("\n    ")),
                          expected.join(QStringLiteral("\n    ")));
    // Every change decided against the ticks says why.
    for (int i = 0; i < diff.changes.size(); ++i) {
        if (chosen.contains(i) != out.included.contains(i) && !hasNote(out, i))
            found << QStringLiteral("no note says why %1 is %2")
                         .arg(changeKey(diff.changes[i]), out.included.contains(i)
                                                              ? QStringLiteral("included")
                                                              : QStringLiteral("left out"));
    }
    for (const SelectionNote &n : out.notes) {
        if (n.text.isEmpty() || n.change < 0 || n.change >= diff.changes.size() || n.because < -1
            || n.because >= diff.changes.size())
            found << QStringLiteral("malformed note: [%1 because %2] %3")
                         .arg(n.change)
                         .arg(n.because)
                         .arg(n.text);
    }
    return found.join(QLatin1Char('\n'));
}

QString describe(const SchemaDiff &diff, const QSet<int> &chosen)
{
    QStringList keys = keysOf(diff, chosen);
    return keys.isEmpty() ? QStringLiteral("(nothing)") : keys.join(QStringLiteral(", "));
}

// ---- hand-built catalogs ----------------------------------------------------

Column col(const QString &name, int position, const QString &type = QStringLiteral("integer"))
{
    Column c;
    c.name = name;
    c.position = position;
    c.type = type;
    c.normalizedType = type;
    return c;
}

Table table(const QString &name, const QStringList &columns,
            const QString &schema = QStringLiteral("public"))
{
    Table t;
    t.schema = schema;
    t.name = name;
    for (const QString &c : columns)
        t.columns << col(c, int(t.columns.size() + 1));
    t.primaryKey = PrimaryKey{name + QStringLiteral("_pkey"), {columns.first()}};
    return t;
}

ForeignKey foreignKey(const QString &name, const QStringList &columns, const QString &table,
                      const QStringList &referenced)
{
    ForeignKey fk;
    fk.name = name;
    fk.columns = columns;
    fk.referencedTable = table;
    fk.referencedColumns = referenced;
    return fk;
}

View view(const QString &name, const QString &definition, const QStringList &columns)
{
    View v;
    v.schema = QStringLiteral("public");
    v.name = name;
    v.definition = definition;
    v.columns = columns;
    return v;
}

Catalog catalog(QList<Table> tables, QList<View> views = {}, Dialect dialect = Dialect::PostgreSQL)
{
    Catalog c;
    c.dialect = dialect;
    c.database = QStringLiteral("db");
    Schema s;
    s.name = QStringLiteral("public");
    s.tables = std::move(tables);
    s.views = std::move(views);
    c.schemas = {s};
    c.normalize();
    return c;
}

/// For each change: everything but it ticked, and it alone ticked; what is
/// wrong with each outcome.
QStringList singleChangeProblems(const Catalog &from, const Catalog &to, const SchemaDiff &diff)
{
    const QSet<int> all = allOf(diff);
    QStringList failures;
    for (int i = 0; i < diff.changes.size(); ++i) {
        for (const bool alone : {false, true}) {
            const QSet<int> chosen = alone ? QSet<int>{i} : all - QSet<int>{i};
            const SelectionOutcome out = applySelection(from, to, diff, chosen);
            const QString found = problems(from, diff, chosen, out);
            if (!found.isEmpty())
                failures << QStringLiteral("ticked %1:\n%2\n%3")
                                .arg(alone
                                         ? describe(diff, chosen)
                                         : QStringLiteral("all but ") + changeKey(diff.changes[i]),
                                     found, notesText(out));
            if (alone && !out.included.contains(i) && !hasNote(out, i))
                failures << QStringLiteral("%1 alone was left out without a note")
                                .arg(changeKey(diff.changes[i]));
        }
    }
    return failures;
}

/// For each change alone and everything but it: plans FROM -> selected TO,
/// runs the forward script with sqlite3 on a database made of `structure`
/// (FROM's CREATE statements) and compares the result with the selected TO.
QStringList applyProblems(const Catalog &from, const Catalog &to, const QString &structure,
                          int *planned)
{
    const SchemaDiff diff = compareCatalogs(from, to);
    const QSet<int> all = allOf(diff);
    QStringList failures;
    for (int i = 0; i < diff.changes.size(); ++i) {
        for (const QSet<int> &chosen : {QSet<int>{i}, all - QSet<int>{i}}) {
            const SelectionOutcome out = applySelection(from, to, diff, chosen);
            const QString what = QStringLiteral("ticked %1").arg(describe(diff, chosen));
            auto plans = planMigration(from, out.to, PlanOptions{});
            if (!plans) {
                failures << what + QStringLiteral(": planning failed: ") + plans.error().message;
                continue;
            }
            auto copy = load(QStringLiteral("applied"), structure);
            if (!copy) {
                failures << what + QStringLiteral(": FROM does not load: ") + copy.error().message;
                continue;
            }
            ConnectionSpec spec;
            spec.kind = ConnectionSpec::Kind::SQLite;
            spec.path = *copy;
            if (auto applied = runSql(spec, planScript(plans->forward)); !applied) {
                failures << what + QStringLiteral(": the forward script failed: ")
                                + applied.error().message;
                continue;
            }
            auto after = read(*copy);
            if (!after) {
                failures << what + QStringLiteral(": reading the result failed: ")
                                + after.error().message;
                continue;
            }
            QStringList left;
            for (const ObjectChange &c : compareCatalogs(*after, out.to).changes) {
                QString line = changeKey(c);
                for (const FieldChange &f : c.fields)
                    line += QStringLiteral(" [%1: %2 -> %3]").arg(f.field, f.from, f.to);
                left << line;
            }
            if (!left.isEmpty())
                failures << what
                                + QStringLiteral(
                                    ": after the script, still differs from the selected TO by ")
                                + left.join(QStringLiteral(", ")) + QLatin1Char('\n')
                                + notesText(out);
            // SQLite takes a view or a foreign key that cannot work and
            // complains only when it is used: use them.
            QString use = QStringLiteral("PRAGMA foreign_key_check;\n");
            for (const Schema &s : after->schemas) {
                for (const View &v : s.views)
                    use +=
                        QStringLiteral("SELECT * FROM \"%1\" LIMIT 0;\n")
                            .arg(QString(v.name).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
            }
            if (auto used = runSql(spec, use); !used)
                failures << what + QStringLiteral(": the result does not work: ")
                                + used.error().message + QLatin1Char('\n') + notesText(out);
            ++*planned;
        }
    }
    return failures;
}

int indexOf(const SchemaDiff &diff, const QString &key)
{
    for (int i = 0; i < diff.changes.size(); ++i) {
        if (changeKey(diff.changes[i]) == key)
            return i;
    }
    return -1;
}

} // namespace

Q_DECLARE_METATYPE(Pair)
Q_DECLARE_METATYPE(parity::Catalog)

class TestSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void properties_data();
    void properties();
    void appliesWithSqlite_data();
    void appliesWithSqlite();
    void sqldefCorpus();

    void rules_data();
    void rules();
    void keepsFromSpellingAndOrder();
    void removedColumnKeepsItsPlaceAmongMoves();
    void schemaObjectsNeedTheirSchema();
    void triggerNeedsItsRoutineAndEnumColumnItsType();
    void unchangedKeyNeedsTheNewUniqueKey();
};

void TestSelection::properties_data()
{
    QTest::addColumn<Pair>("pair");
    QVERIFY2(QFile::exists(demoPath(QStringLiteral("staging.db"))),
             "the demo databases are missing: build the demo target (PARITY_BINARY_DIR/demo)");
    QTest::newRow("demo uat->staging")
        << Pair{{}, {}, demoPath(QStringLiteral("uat.db")), demoPath(QStringLiteral("staging.db"))};
    QTest::newRow("demo staging->uat")
        << Pair{{}, {}, demoPath(QStringLiteral("staging.db")), demoPath(QStringLiteral("uat.db"))};
    for (const auto &[name, fromSql, toSql] : ownCases()) {
        QTest::newRow(qPrintable(name + QStringLiteral(" forward")))
            << Pair{fromSql, toSql, {}, {}};
        QTest::newRow(qPrintable(name + QStringLiteral(" backward")))
            << Pair{toSql, fromSql, {}, {}};
    }
    const QDir root(goldenRoot());
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(QStringLiteral("no golden cases in ") + root.path()));
    for (const QString &name : names) {
        const QString fromSql = readTextFile(root.filePath(name + QStringLiteral("/from.sql")));
        const QString toSql = readTextFile(root.filePath(name + QStringLiteral("/to.sql")));
        QTest::newRow(qPrintable(name + QStringLiteral(" forward")))
            << Pair{fromSql, toSql, {}, {}};
        QTest::newRow(qPrintable(name + QStringLiteral(" backward")))
            << Pair{toSql, fromSql, {}, {}};
    }
}

void TestSelection::properties()
{
    QFETCH(Pair, pair);
    auto loaded = catalogs(QStringLiteral("properties"), pair);
    PARITY_VERIFY_RESULT(loaded);
    const auto &[from, to] = *loaded;
    const SchemaDiff diff = compareCatalogs(from, to);
    QVERIFY2(!diff.isEmpty(), "the pair does not differ: the case proves nothing");
    const QSet<int> all = allOf(diff);

    // Everything ticked: TO's own diff, and nothing to say.
    const SelectionOutcome everything = applySelection(from, to, diff, all);
    QCOMPARE(everything.included, all);
    QCOMPARE(keysOf(compareCatalogs(from, everything.to).changes), keysOf(diff.changes));
    QVERIFY2(everything.notes.isEmpty(), qPrintable(notesText(everything)));

    // Nothing ticked: FROM as it is.
    const SelectionOutcome nothing = applySelection(from, to, diff, {});
    QVERIFY(nothing.included.isEmpty());
    QCOMPARE(keysOf(compareCatalogs(from, nothing.to).changes), QStringList());
    QVERIFY2(nothing.notes.isEmpty(), qPrintable(notesText(nothing)));

    const QStringList failures = singleChangeProblems(from, to, diff);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n\n"))));
}

void TestSelection::appliesWithSqlite_data()
{
    QTest::addColumn<Pair>("pair");
    QTest::newRow("demo uat->staging")
        << Pair{{}, {}, demoPath(QStringLiteral("uat.db")), demoPath(QStringLiteral("staging.db"))};
    QTest::newRow("demo staging->uat")
        << Pair{{}, {}, demoPath(QStringLiteral("staging.db")), demoPath(QStringLiteral("uat.db"))};
    for (const auto &[name, fromSql, toSql] : ownCases()) {
        QTest::newRow(qPrintable(name + QStringLiteral(" forward")))
            << Pair{fromSql, toSql, {}, {}};
        QTest::newRow(qPrintable(name + QStringLiteral(" backward")))
            << Pair{toSql, fromSql, {}, {}};
    }
    const QDir root(goldenRoot());
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString fromSql = readTextFile(root.filePath(name + QStringLiteral("/from.sql")));
        const QString toSql = readTextFile(root.filePath(name + QStringLiteral("/to.sql")));
        QTest::newRow(qPrintable(name + QStringLiteral(" forward")))
            << Pair{fromSql, toSql, {}, {}};
        QTest::newRow(qPrintable(name + QStringLiteral(" backward")))
            << Pair{toSql, fromSql, {}, {}};
    }
}

void TestSelection::appliesWithSqlite()
{
    QFETCH(Pair, pair);
    auto loaded = catalogs(QStringLiteral("applies"), pair);
    PARITY_VERIFY_RESULT(loaded);
    const auto &[from, to] = *loaded;
    // The scripts run on FROM's structure without its rows: the demo and
    // the hazard cases hold rows made to break a full apply, which is the
    // planner's business, not the selection's.
    QString fromPath = pair.fromFile;
    if (fromPath.isEmpty()) {
        auto loadedFrom = load(QStringLiteral("applies_source"), pair.fromSql);
        PARITY_VERIFY_RESULT(loadedFrom);
        fromPath = *loadedFrom;
    }
    auto structure = schemaOf(fromPath);
    PARITY_VERIFY_RESULT(structure);
    int planned = 0;
    const QStringList failures = applyProblems(from, to, *structure, &planned);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
    QVERIFY(planned > 0);
}

void TestSelection::sqldefCorpus()
{
    // sqldef's SQLite cases (../shared/corpora/sqldef-dev), read as the
    // round-trip test reads them: every property above, on each of them.
    const QString dir = corporaDir() + QStringLiteral("/sqldef-dev/sqlite3");
    if (!QDir(dir).exists())
        QSKIP(qPrintable(QStringLiteral("[parity-skip] tst_selection: %1 is absent").arg(dir)));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString json = tmp.filePath(QStringLiteral("cases.json"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {sourceDir() + QStringLiteral("/tests/migration/roundtrip/sqldefcases.py"), dir,
                  QStringLiteral("3.40"), json});
    QVERIFY2(python.waitForFinished(60000), "sqldefcases.py did not finish");
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(!cases.isEmpty());
    QStringList failures;
    int checked = 0;
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        if (!c.value(QStringLiteral("skip")).isNull())
            continue;
        const QString name = c.value(QStringLiteral("file")).toString() + QLatin1Char(':')
                             + c.value(QStringLiteral("name")).toString();
        const QString fromSql = c.value(QStringLiteral("current")).toString();
        const QString toSql = c.value(QStringLiteral("desired")).toString();
        for (const auto &[a, b, way] :
             {std::tuple(fromSql, toSql, "forward"), std::tuple(toSql, fromSql, "backward")}) {
            // A case whose SQL SQLite does not take says nothing here.
            auto loaded = catalogs(QStringLiteral("sqldef"), Pair{a, b, {}, {}});
            if (!loaded)
                continue;
            const auto &[from, to] = *loaded;
            const SchemaDiff diff = compareCatalogs(from, to);
            if (diff.isEmpty())
                continue;
            ++checked;
            const QString label = name + QLatin1Char(' ') + QLatin1String(way);
            const SelectionOutcome everything = applySelection(from, to, diff, allOf(diff));
            if (keysOf(compareCatalogs(from, everything.to).changes) != keysOf(diff.changes)
                || !everything.notes.isEmpty())
                failures << label + QStringLiteral(": everything ticked is not TO");
            if (!compareCatalogs(from, applySelection(from, to, diff, {}).to).isEmpty())
                failures << label + QStringLiteral(": nothing ticked is not FROM");
            for (const QString &f : singleChangeProblems(from, to, diff))
                failures << label + QStringLiteral(": ") + f;
            auto source = load(QStringLiteral("sqldef_source"), a);
            PARITY_VERIFY_RESULT(source);
            auto structure = schemaOf(*source);
            PARITY_VERIFY_RESULT(structure);
            int planned = 0;
            for (const QString &f : applyProblems(from, to, *structure, &planned))
                failures << label + QStringLiteral(": ") + f;
        }
    }
    QVERIFY(checked > 0);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n\n"))));
}

void TestSelection::rules_data()
{
    QTest::addColumn<Catalog>("from");
    QTest::addColumn<Catalog>("to");
    QTest::addColumn<QStringList>("chosen");
    QTest::addColumn<QStringList>("included");
    QTest::addColumn<QStringList>("notes"); ///< one line per note: "change|text fragment"

    {
        Table customers =
            table(QStringLiteral("customers"), {QStringLiteral("id"), QStringLiteral("name")});
        Table orders =
            table(QStringLiteral("orders"), {QStringLiteral("id"), QStringLiteral("customer_id")});
        Table withKey = orders;
        withKey.foreignKeys << foreignKey(QStringLiteral("fk_customer"),
                                          {QStringLiteral("customer_id")},
                                          QStringLiteral("customers"), {QStringLiteral("id")});
        QTest::newRow("foreign key to an added table")
            << catalog({orders}) << catalog({customers, withKey})
            << QStringList{QStringLiteral("added foreign-key public.orders.fk_customer")}
            << QStringList{QStringLiteral("added foreign-key public.orders.fk_customer"),
                           QStringLiteral("added table public.customers")}
            << QStringList{QStringLiteral("added table public.customers|foreign key "
                                          "orders.fk_customer needs table customers, "
                                          "so adding table customers is included.")};
        QTest::newRow("kept table referencing a dropped table")
            << catalog({customers, withKey}) << catalog({})
            << QStringList{QStringLiteral("removed table public.customers")} << QStringList{}
            << QStringList{QStringLiteral(
                   "removed table public.customers|foreign key orders.fk_customer is left as it is "
                   "and needs table customers, so dropping table customers is left out.")};
        Table slimOrders = table(QStringLiteral("orders"), {QStringLiteral("id")});
        QTest::newRow("dropped column takes its key along and its table may go")
            << catalog({customers, withKey}) << catalog({slimOrders})
            << QStringList{QStringLiteral("removed table public.customers"),
                           QStringLiteral("removed column public.orders.customer_id")}
            << QStringList{QStringLiteral("removed table public.customers"),
                           QStringLiteral("removed column public.orders.customer_id"),
                           QStringLiteral("removed foreign-key public.orders.fk_customer")}
            << QStringList{QStringLiteral("removed foreign-key public.orders.fk_customer|dropping "
                                          "column orders.customer_id takes "
                                          "foreign key orders.fk_customer with it, so dropping "
                                          "foreign key orders.fk_customer is included.")};
        QTest::newRow("dropped table with a table that references it dropped too")
            << catalog({customers, withKey}) << catalog({})
            << QStringList{QStringLiteral("removed table public.customers"),
                           QStringLiteral("removed table public.orders")}
            << QStringList{QStringLiteral("removed table public.customers"),
                           QStringLiteral("removed table public.orders")}
            << QStringList{};
    }
    {
        Table before = table(QStringLiteral("users"), {QStringLiteral("id")});
        Table after =
            table(QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("email")});
        Index byEmail;
        byEmail.name = QStringLiteral("users_email_idx");
        byEmail.keys = {IndexKey{QStringLiteral("email")}};
        byEmail.method = QStringLiteral("btree");
        after.indexes << byEmail;
        QTest::newRow("index on an added column")
            << catalog({before}) << catalog({after})
            << QStringList{QStringLiteral("added index public.users.users_email_idx")}
            << QStringList{QStringLiteral("added index public.users.users_email_idx"),
                           QStringLiteral("added column public.users.email")}
            << QStringList{QStringLiteral("added column public.users.email|index "
                                          "users.users_email_idx needs column users.email, "
                                          "so adding column users.email is included.")};
        QTest::newRow("dropped column takes its index along")
            << catalog({after}) << catalog({before})
            << QStringList{QStringLiteral("removed column public.users.email")}
            << QStringList{QStringLiteral("removed column public.users.email"),
                           QStringLiteral("removed index public.users.users_email_idx")}
            << QStringList{QStringLiteral("removed index public.users.users_email_idx|dropping "
                                          "column users.email takes index "
                                          "users.users_email_idx with it, so dropping index "
                                          "users.users_email_idx is included.")};
    }
    {
        Table audit =
            table(QStringLiteral("audit"), {QStringLiteral("id"), QStringLiteral("what")});
        const View recent = view(QStringLiteral("recent_audit"),
                                 QStringLiteral(" SELECT audit.id, audit.what FROM audit;"),
                                 {QStringLiteral("id"), QStringLiteral("what")});
        QTest::newRow("view on an added table")
            << catalog({}) << catalog({audit}, {recent})
            << QStringList{QStringLiteral("added view public.recent_audit")}
            << QStringList{QStringLiteral("added view public.recent_audit"),
                           QStringLiteral("added table public.audit")}
            << QStringList{QStringLiteral("added table public.audit|view recent_audit needs table "
                                          "audit, so adding table audit is included.")};
        QTest::newRow("kept view keeps its table")
            << catalog({audit}, {recent}) << catalog({})
            << QStringList{QStringLiteral("removed table public.audit")} << QStringList{}
            << QStringList{QStringLiteral("removed table public.audit|view recent_audit is left as "
                                          "it is and needs table audit, "
                                          "so dropping table audit is left out.")};
    }
    {
        Table users =
            table(QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("email")});
        Table slim = table(QStringLiteral("users"), {QStringLiteral("id")});
        const View before = view(QStringLiteral("directory"),
                                 QStringLiteral(" SELECT users.id, users.email FROM users;"),
                                 {QStringLiteral("id"), QStringLiteral("email")});
        const View after =
            view(QStringLiteral("directory"), QStringLiteral(" SELECT users.id FROM users;"),
                 {QStringLiteral("id")});
        QTest::newRow("kept view keeps its column")
            << catalog({users}, {before}) << catalog({slim}, {after})
            << QStringList{QStringLiteral("removed column public.users.email")} << QStringList{}
            << QStringList{
                   QStringLiteral("removed column public.users.email|view directory is left as it "
                                  "is and needs column "
                                  "users.email, so dropping column users.email is left out.")};
        Table indexed = users;
        Index byEmail;
        byEmail.name = QStringLiteral("users_email_idx");
        byEmail.keys = {IndexKey{QStringLiteral("email")}};
        indexed.indexes << byEmail;
        QTest::newRow("column kept for a view keeps its index too")
            << catalog({indexed}, {before}) << catalog({slim}, {after})
            << QStringList{QStringLiteral("removed column public.users.email")} << QStringList{}
            << QStringList{
                   QStringLiteral("removed column public.users.email|view directory is left as it "
                                  "is and needs column "
                                  "users.email, so dropping column users.email is left out.")};
        QTest::newRow("changed view with its column dropped")
            << catalog({users}, {before}) << catalog({slim}, {after})
            << QStringList{QStringLiteral("removed column public.users.email"),
                           QStringLiteral("changed view public.directory")}
            << QStringList{QStringLiteral("removed column public.users.email"),
                           QStringLiteral("changed view public.directory")}
            << QStringList{};
    }
    {
        // The demo's payments: the primary key moves to a new column that a
        // changed foreign key points at.
        Table payments =
            table(QStringLiteral("payments"), {QStringLiteral("id"), QStringLiteral("amount")});
        Table refunds =
            table(QStringLiteral("refunds"), {QStringLiteral("id"), QStringLiteral("payment")});
        refunds.foreignKeys << foreignKey(QStringLiteral("refunds_payment_fkey"),
                                          {QStringLiteral("payment")}, QStringLiteral("payments"),
                                          {QStringLiteral("id")});
        Table newPayments =
            table(QStringLiteral("payments"),
                  {QStringLiteral("payment_id"), QStringLiteral("id"), QStringLiteral("amount")});
        newPayments.columns[0].type = newPayments.columns[0].normalizedType =
            QStringLiteral("uuid");
        Table newRefunds = refunds;
        newRefunds.foreignKeys[0].referencedColumns = {QStringLiteral("payment_id")};
        newRefunds.columns[1].type = newRefunds.columns[1].normalizedType = QStringLiteral("uuid");
        const Catalog from = catalog({payments, refunds});
        const Catalog to = catalog({newPayments, newRefunds});
        QTest::newRow("changed foreign key needs the new key, its column and types")
            << from << to
            << QStringList{QStringLiteral(
                   "changed foreign-key public.refunds.refunds_payment_fkey")}
            << QStringList{QStringLiteral(
                               "changed foreign-key public.refunds.refunds_payment_fkey"),
                           QStringLiteral("added column public.payments.payment_id"),
                           QStringLiteral("changed primary-key public.payments.payments_pkey"),
                           QStringLiteral("changed column public.refunds.payment")}
            << QStringList{
                   QStringLiteral(
                       "added column public.payments.payment_id|needs column payments.payment_id"),
                   QStringLiteral("changed primary-key public.payments.payments_pkey|foreign key "
                                  "refunds.refunds_payment_fkey needs a unique key on "
                                  "payments(payment_id), so "
                                  "changing the primary key of payments is included."),
                   QStringLiteral("changed column public.refunds.payment|needs the new type of "
                                  "column refunds.payment")};
        QTest::newRow("new primary key left out while a kept key needs the old one")
            << from << to
            << QStringList{QStringLiteral("changed primary-key public.payments.payments_pkey"),
                           QStringLiteral("added column public.payments.payment_id")}
            << QStringList{QStringLiteral("added column public.payments.payment_id")}
            << QStringList{QStringLiteral(
                   "changed primary-key public.payments.payments_pkey|foreign key "
                   "refunds.refunds_payment_fkey is left as it is and needs a unique key on "
                   "payments(id), so changing the primary key of payments is left out.")};
    }
    {
        // Seed 003 on MySQL: the unique index the foreign key uses goes, a
        // plain one takes its place; InnoDB makes one of its own otherwise.
        Table wallets = table(QStringLiteral("wallets"), {QStringLiteral("id")});
        Table before = table(QStringLiteral("wallet_transactions"),
                             {QStringLiteral("id"), QStringLiteral("walletId")});
        before.foreignKeys << foreignKey(QStringLiteral("wallet_transactions_walletId_fkey"),
                                         {QStringLiteral("walletId")}, QStringLiteral("wallets"),
                                         {QStringLiteral("id")});
        Table after = before;
        Index unique;
        unique.name = QStringLiteral("wallet_transactions_walletId_key");
        unique.keys = {IndexKey{QStringLiteral("walletId")}};
        unique.unique = true;
        before.indexes << unique;
        Index plain = unique;
        plain.name = QStringLiteral("wallet_transactions_walletId_fkey");
        plain.unique = false;
        after.indexes << plain;
        QTest::newRow("foreign key keeps an index on its columns (MySQL)")
            << catalog({wallets, before}, {}, Dialect::MySQL)
            << catalog({wallets, after}, {}, Dialect::MySQL)
            << QStringList{QStringLiteral(
                   "removed index public.wallet_transactions.wallet_transactions_walletId_key")}
            << QStringList{QStringLiteral(
                               "removed index "
                               "public.wallet_transactions.wallet_transactions_walletId_key"),
                           QStringLiteral(
                               "added index "
                               "public.wallet_transactions.wallet_transactions_walletId_fkey")}
            << QStringList{QStringLiteral(
                   "added index "
                   "public.wallet_transactions.wallet_transactions_walletId_fkey|foreign key "
                   "wallet_transactions.wallet_transactions_walletId_fkey needs an index on "
                   "wallet_transactions(walletId), so adding index "
                   "wallet_transactions.wallet_transactions_walletId_fkey is included.")};
    }
    {
        // PostgreSQL prints the view after the column's type.
        Table before = table(QStringLiteral("measurements"),
                             {QStringLiteral("id"), QStringLiteral("reading")});
        Table after = before;
        after.columns[1].type = after.columns[1].normalizedType = QStringLiteral("numeric(8,2)");
        const View hot =
            view(QStringLiteral("hot"),
                 QStringLiteral(
                     " SELECT measurements.id FROM measurements WHERE measurements.reading > 10;"),
                 {QStringLiteral("id")});
        View hotAfter = hot;
        hotAfter.definition = QStringLiteral(
            " SELECT measurements.id FROM measurements WHERE measurements.reading > 10::numeric;");
        QTest::newRow("view spelled after a column type")
            << catalog({before}, {hot}) << catalog({after}, {hotAfter})
            << QStringList{QStringLiteral("changed column public.measurements.reading")}
            << QStringList{QStringLiteral("changed column public.measurements.reading"),
                           QStringLiteral("changed view public.hot")}
            << QStringList{QStringLiteral(
                   "changed view public.hot|PostgreSQL spells view hot after the type of column "
                   "measurements.reading, so changing view hot is included.")};
    }
    {
        Table before = table(QStringLiteral("t"), {QStringLiteral("id")});
        Table after = table(QStringLiteral("t"), {QStringLiteral("id"), QStringLiteral("x")});
        after.comment = QStringLiteral("new comment");
        after.options = QStringLiteral("fillfactor=70");
        QTest::newRow("a table's own properties stay apart from its columns")
            << catalog({before}) << catalog({after})
            << QStringList{QStringLiteral("added column public.t.x")}
            << QStringList{QStringLiteral("added column public.t.x")} << QStringList{};
    }
    {
        Table before = table(QStringLiteral("t"),
                             {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        Table after = table(QStringLiteral("t"),
                            {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")});
        after.primaryKey = before.primaryKey;
        QTest::newRow("a table's moves go together")
            << catalog({before}, {}, Dialect::SQLite) << catalog({after}, {}, Dialect::SQLite)
            << QStringList{QStringLiteral("changed column public.t.c")}
            << QStringList{QStringLiteral("changed column public.t.a"),
                           QStringLiteral("changed column public.t.b"),
                           QStringLiteral("changed column public.t.c")}
            << QStringList{QStringLiteral(
                               "changed column public.t.a|column t.c moves within table t, and a "
                               "table's columns "
                               "change order together, so moving column t.a is included."),
                           QStringLiteral(
                               "changed column public.t.b|so moving column t.b is included.")};
    }
}

void TestSelection::rules()
{
    QFETCH(Catalog, from);
    QFETCH(Catalog, to);
    QFETCH(QStringList, chosen);
    QFETCH(QStringList, included);
    QFETCH(QStringList, notes);

    const SchemaDiff diff = compareCatalogs(from, to);
    QSet<int> picked;
    for (const QString &key : chosen) {
        const int i = indexOf(diff, key);
        QVERIFY2(i >= 0, qPrintable(key + QStringLiteral(" is not a change of the pair: ")
                                    + keysOf(diff.changes).join(QStringLiteral(", "))));
        picked.insert(i);
    }
    const SelectionOutcome out = applySelection(from, to, diff, picked);
    QStringList expected = included;
    expected.sort();
    QCOMPARE(keysOf(diff, out.included), expected);
    const QString found = problems(from, diff, picked, out);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    QCOMPARE(out.notes.size(), notes.size());
    for (const QString &line : notes) {
        const int change = indexOf(diff, line.section(QLatin1Char('|'), 0, 0));
        const QString fragment = line.section(QLatin1Char('|'), 1);
        const bool said = std::ranges::any_of(out.notes, [&](const SelectionNote &n) {
            return n.change == change && n.text.contains(fragment) && n.because >= 0;
        });
        QVERIFY2(said, qPrintable(QStringLiteral("no note on %1 saying \"%2\"; notes:\n%3")
                                      .arg(line.section(QLatin1Char('|'), 0, 0), fragment,
                                           notesText(out))));
    }
    // The planner takes the selected TO as it takes any TO.
    auto plans = planMigration(from, out.to, PlanOptions{});
    PARITY_VERIFY_RESULT(plans);
    QCOMPARE(plans->forward.isEmpty(), out.included.isEmpty());
}

void TestSelection::keepsFromSpellingAndOrder()
{
    // SQLite reads "Users" and "users" as one table; that TO spells it in
    // other letter case is a change of its own (SQLite keeps the name as
    // written), and the selected TO keeps FROM's spelling where it is not
    // ticked, so nothing but the ticked change shows.
    Catalog from =
        catalog({table(QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("name")})});
    from.dialect = Dialect::SQLite;
    from.schemas[0].name = QStringLiteral("main");
    from.schemas[0].tables[0].schema = QStringLiteral("main");
    Catalog to = from;
    Table &t = to.schemas[0].tables[0];
    t.name = QStringLiteral("Users");
    t.columns[1].name = QStringLiteral("NAME");
    t.columns << col(QStringLiteral("email"), 3, QStringLiteral("text"));
    t.columns[0].type = t.columns[0].normalizedType = QStringLiteral("bigint");
    const SchemaDiff diff = compareCatalogs(from, to);
    QCOMPARE(keysOf(diff.changes), (QStringList{QStringLiteral("added column main.users.email"),
                                                QStringLiteral("changed column main.users.id"),
                                                QStringLiteral("changed column main.users.name"),
                                                QStringLiteral("changed table main.users")}));
    const int email = indexOf(diff, QStringLiteral("added column main.users.email"));
    const SelectionOutcome out = applySelection(from, to, diff, {email});
    QCOMPARE(keysOf(compareCatalogs(from, out.to).changes),
             QStringList{QStringLiteral("added column main.users.email")});
    QVERIFY(out.to.table(QStringLiteral("main"), QStringLiteral("users")));
    QCOMPARE(out.to.table(QStringLiteral("main"), QStringLiteral("users"))->columns[1].name,
             QStringLiteral("name"));
    QCOMPARE(out.to.table(QStringLiteral("main"), QStringLiteral("users"))->columns[0].type,
             QStringLiteral("integer"));
}

void TestSelection::removedColumnKeepsItsPlaceAmongMoves()
{
    // FROM a, b, c, d; TO a, d, c: b goes, c and d swap. Keeping b while the
    // swap is ticked must not make a or b look moved.
    Table before = table(QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b"),
                                               QStringLiteral("c"), QStringLiteral("d")});
    Table after =
        table(QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("c")});
    const Catalog from = catalog({before});
    const Catalog to = catalog({after});
    const SchemaDiff diff = compareCatalogs(from, to);
    const int dropB = indexOf(diff, QStringLiteral("removed column public.t.b"));
    QVERIFY(dropB >= 0);
    const SelectionOutcome out = applySelection(from, to, diff, allOf(diff) - QSet<int>{dropB});
    QVERIFY(!out.included.contains(dropB));
    QCOMPARE(keysOf(compareCatalogs(from, out.to).changes),
             (QStringList{QStringLiteral("changed column public.t.c"),
                          QStringLiteral("changed column public.t.d")}));
    QStringList order;
    for (const Column &c : out.to.table(QStringLiteral("public"), QStringLiteral("t"))->columns)
        order << c.name + QLatin1Char('@') + QString::number(c.position);
    QCOMPARE(order, (QStringList{QStringLiteral("a@1"), QStringLiteral("b@2"),
                                 QStringLiteral("d@3"), QStringLiteral("c@4")}));

    // The moves left out and the drop ticked: FROM's order without b.
    const SelectionOutcome drop = applySelection(from, to, diff, {dropB});
    QCOMPARE(keysOf(compareCatalogs(from, drop.to).changes),
             QStringList{QStringLiteral("removed column public.t.b")});
}

void TestSelection::schemaObjectsNeedTheirSchema()
{
    Catalog from = catalog({table(QStringLiteral("t"), {QStringLiteral("id")})});
    Catalog to = from;
    Schema audit;
    audit.name = QStringLiteral("audit");
    audit.tables << table(QStringLiteral("log"), {QStringLiteral("id")}, QStringLiteral("audit"));
    to.schemas << audit;
    to.normalize();
    const SchemaDiff diff = compareCatalogs(from, to);
    const int schema = indexOf(diff, QStringLiteral("added schema audit"));
    const int log = indexOf(diff, QStringLiteral("added table audit.log"));
    QVERIFY(schema >= 0 && log >= 0);
    const SelectionOutcome out = applySelection(from, to, diff, {log});
    QCOMPARE(out.included, (QSet<int>{schema, log}));
    QCOMPARE(out.notes.size(), 1);
    QCOMPARE(out.notes[0].change, schema);
    QCOMPARE(out.notes[0].because, log);
    QCOMPARE(out.notes[0].text,
             QStringLiteral(
                 "table audit.log is in schema audit, so adding schema audit is included."));

    // Dropping the schema takes its tables along.
    const SchemaDiff back = compareCatalogs(to, from);
    const int dropSchema = indexOf(back, QStringLiteral("removed schema audit"));
    const int dropLog = indexOf(back, QStringLiteral("removed table audit.log"));
    const SelectionOutcome dropped = applySelection(to, from, back, {dropSchema});
    QCOMPARE(dropped.included, (QSet<int>{dropSchema, dropLog}));
    QCOMPARE(keysOf(compareCatalogs(to, dropped.to).changes), keysOf(back.changes));
    // Keeping the schema while its table goes: the schema stays, empty.
    const SelectionOutcome kept = applySelection(to, from, back, {dropLog});
    QCOMPARE(kept.included, QSet<int>{dropLog});
    QVERIFY(kept.to.schema(QStringLiteral("audit")));
    QCOMPARE(keysOf(compareCatalogs(to, kept.to).changes),
             QStringList{QStringLiteral("removed table audit.log")});
}

void TestSelection::triggerNeedsItsRoutineAndEnumColumnItsType()
{
    const Catalog from = catalog({table(QStringLiteral("orders"), {QStringLiteral("id")})});
    Catalog to = from;
    Schema &s = to.schemas[0];
    Routine touch;
    touch.schema = QStringLiteral("public");
    touch.name = QStringLiteral("touch_order");
    touch.returnType = QStringLiteral("trigger");
    touch.language = QStringLiteral("plpgsql");
    touch.definition = QStringLiteral("CREATE FUNCTION public.touch_order() RETURNS trigger "
                                      "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$");
    s.routines << touch;
    Trigger trigger;
    trigger.name = QStringLiteral("orders_touch");
    trigger.table = QStringLiteral("orders");
    trigger.timing = QStringLiteral("BEFORE");
    trigger.events = {QStringLiteral("UPDATE")};
    trigger.definition =
        QStringLiteral("CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW "
                       "EXECUTE FUNCTION touch_order()");
    s.triggers << trigger;
    EnumType mood;
    mood.schema = QStringLiteral("public");
    mood.name = QStringLiteral("mood");
    mood.labels = {QStringLiteral("happy"), QStringLiteral("sad")};
    s.enums << mood;
    s.tables[0].columns << col(QStringLiteral("mood"), 2, QStringLiteral("mood"));
    to.normalize();
    const SchemaDiff diff = compareCatalogs(from, to);
    const int routine = indexOf(diff, QStringLiteral("added routine public.touch_order()"));
    const int trig = indexOf(diff, QStringLiteral("added trigger public.orders.orders_touch"));
    const int type = indexOf(diff, QStringLiteral("added enum public.mood"));
    const int column = indexOf(diff, QStringLiteral("added column public.orders.mood"));
    QVERIFY2(routine >= 0 && trig >= 0 && type >= 0 && column >= 0,
             qPrintable(keysOf(diff.changes).join(QStringLiteral(", "))));

    const SelectionOutcome withTrigger = applySelection(from, to, diff, {trig});
    QCOMPARE(withTrigger.included, (QSet<int>{trig, routine}));
    QCOMPARE(withTrigger.notes.size(), 1);
    QCOMPARE(withTrigger.notes[0].text,
             QStringLiteral("trigger orders_touch on orders needs routine touch_order(), so adding "
                            "routine touch_order() is included."));
    const SelectionOutcome withColumn = applySelection(from, to, diff, {column});
    QCOMPARE(withColumn.included, (QSet<int>{column, type}));
    QCOMPARE(withColumn.notes.size(), 1);
    QCOMPARE(withColumn.notes[0].because, column);
    QVERIFY2(withColumn.notes[0].text.contains(QStringLiteral("needs enum type mood")),
             qPrintable(withColumn.notes[0].text));
    QVERIFY(compareCatalogs(from, withColumn.to).changes.size() == 2);

    // The way back: the routine stays while a kept trigger calls it.
    const SchemaDiff back = compareCatalogs(to, from);
    const int dropRoutine = indexOf(back, QStringLiteral("removed routine public.touch_order()"));
    const SelectionOutcome keep = applySelection(to, from, back, {dropRoutine});
    QVERIFY(keep.included.isEmpty());
    QCOMPARE(keep.notes.size(), 1);
    QVERIFY2(keep.notes[0].text.startsWith(QStringLiteral(
                 "trigger orders_touch on orders is left as it is and needs routine")),
             qPrintable(keep.notes[0].text));
}

void TestSelection::unchangedKeyNeedsTheNewUniqueKey()
{
    // refunds' key to payments(code) is the same on both sides, but the
    // unique key behind it moves from the primary key to a unique constraint.
    Table payments =
        table(QStringLiteral("payments"), {QStringLiteral("code"), QStringLiteral("id")});
    Table refunds =
        table(QStringLiteral("refunds"), {QStringLiteral("id"), QStringLiteral("payment_code")});
    refunds.foreignKeys << foreignKey(QStringLiteral("refunds_payment_fkey"),
                                      {QStringLiteral("payment_code")}, QStringLiteral("payments"),
                                      {QStringLiteral("code")});
    Table newPayments = payments;
    newPayments.primaryKey = PrimaryKey{QStringLiteral("payments_pkey"), {QStringLiteral("id")}};
    newPayments.uniqueConstraints << UniqueConstraint{QStringLiteral("payments_code_key"),
                                                      {QStringLiteral("code")}};
    const Catalog from = catalog({payments, refunds});
    const Catalog to = catalog({newPayments, refunds});
    const SchemaDiff diff = compareCatalogs(from, to);
    const int pk =
        indexOf(diff, QStringLiteral("changed primary-key public.payments.payments_pkey"));
    const int unique =
        indexOf(diff, QStringLiteral("added unique public.payments.payments_code_key"));
    QVERIFY(pk >= 0 && unique >= 0);
    const SelectionOutcome out = applySelection(from, to, diff, {pk});
    QCOMPARE(out.included, (QSet<int>{pk, unique}));
    QCOMPARE(out.notes.size(), 1);
    QCOMPARE(out.notes[0].change, unique);
    QCOMPARE(out.notes[0].because, pk);
    QCOMPARE(out.notes[0].text,
             QStringLiteral(
                 "foreign key refunds.refunds_payment_fkey needs a unique key on payments(code), "
                 "so adding unique constraint payments.payments_code_key is included."));
}

QTEST_GUILESS_MAIN(TestSelection)
#include "tst_selection.moc"
