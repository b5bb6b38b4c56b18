#include "diff/diffreport.h"
#include "diff/schemadiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace parity;

Q_DECLARE_METATYPE(parity::SchemaDiff)

namespace {

using K = ObjectKind;
using Change = ChangeKind;

ObjectChange table(Change change, const QString &name, qint64 rows = -1, bool exact = true,
                   const QString &schema = QStringLiteral("public"))
{
    ObjectChange c;
    c.kind = K::Table;
    c.change = change;
    c.schema = schema;
    c.name = name;
    c.rows = rows;
    c.rowsExact = rows >= 0 && exact;
    return c;
}

ObjectChange child(ObjectKind kind, Change change, const QString &tableName, const QString &name,
                   const QList<FieldChange> &fields = {}, qint64 rows = -1, bool exact = true)
{
    ObjectChange c = table(change, name, rows, exact);
    c.kind = kind;
    c.table = tableName;
    c.fields = fields;
    return c;
}

ObjectChange object(ObjectKind kind, Change change, const QString &name,
                    const QList<FieldChange> &fields = {})
{
    ObjectChange c = table(change, name);
    c.kind = kind;
    c.fields = fields;
    return c;
}

SchemaDiff diffOf(const QList<ObjectChange> &changes)
{
    SchemaDiff d;
    d.dialect = Dialect::PostgreSQL;
    d.fromName = QStringLiteral("uat");
    d.toName = QStringLiteral("staging");
    d.fromSource = QStringLiteral("postgresql://deploy@uat.example.com:5432/uat");
    d.toSource = QStringLiteral("postgresql://deploy@staging.example.com:5432/staging");
    d.changes = changes;
    return d;
}

// The situation from the seeds: staging has six tables UAT never got.
SchemaDiff seedDiff()
{
    return diffOf({table(Change::Added, QStringLiteral("compliance_records"), 0),
                   table(Change::Added, QStringLiteral("flash_commission_tiers"), 4),
                   table(Change::Added, QStringLiteral("mobilemart_transactions"), 0),
                   table(Change::Added, QStringLiteral("reseller_floats"), 0),
                   table(Change::Added, QStringLiteral("sync_audit_logs"), 49),
                   table(Change::Added, QStringLiteral("tax_configurations"), 0)});
}

// Tables added, removed and changed (primary key, columns, an index), a view
// and an enum: what a real comparison of two environments looks like.
SchemaDiff mixedDiff()
{
    return diffOf({
        table(Change::Added, QStringLiteral("compliance_records"), 0),
        table(Change::Removed, QStringLiteral("legacy_x"), 12),
        child(K::Column, Change::Added, QStringLiteral("payments"), QStringLiteral("payment_id"),
              {}, 4, false),
        child(K::Column, Change::Removed, QStringLiteral("payments"), QStringLiteral("id"), {}, 4,
              false),
        child(K::Column, Change::Changed, QStringLiteral("payments"), QStringLiteral("status"),
              {{QStringLiteral("default"), QStringLiteral("'PENDING'::text"),
                QStringLiteral("'pending'::text")}},
              4, false),
        child(K::PrimaryKey, Change::Changed, QStringLiteral("payments"),
              QStringLiteral("payments_pkey"),
              {{QStringLiteral("columns"), QStringLiteral("id"), QStringLiteral("payment_id")}}, 4,
              false),
        child(K::Index, Change::Added, QStringLiteral("wallet_transactions"),
              QStringLiteral("wallet_transactions_user_idx")),
        object(K::View, Change::Changed, QStringLiteral("active_users"),
               {{QStringLiteral("definition"), QStringLiteral("SELECT id\n  FROM users"),
                 QStringLiteral("SELECT id, name\n  FROM users")}}),
        object(K::Enum, Change::Changed, QStringLiteral("payment_status"),
               {{QStringLiteral("labels"), QStringLiteral("PENDING, PAID"),
                 QStringLiteral("PENDING, PAID, FAILED")}}),
    });
}

/// The summary: the lines before the first blank one.
QStringList summaryOf(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    return lines.mid(0, lines.indexOf(QString()));
}

/// Names that try to break each format.
void addHostileNames()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("proseSpan"); // the Markdown code span outside tables
    QTest::addColumn<QString>("cellSpan");  // … and inside a table cell
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>")
                            << QStringLiteral("`<script>alert(1)</script>`")
                            << QStringLiteral("`<script>alert(1)</script>`");
    QTest::newRow("pipe") << QStringLiteral("a|b") << QStringLiteral("`a|b`")
                          << QStringLiteral("`a\\|b`");
    QTest::newRow("backslash pipe")
        << QStringLiteral("a\\|b") << QStringLiteral("`a\\|b`") << QStringLiteral("`a\\\\|b`");
    QTest::newRow("backtick") << QStringLiteral("back`tick") << QStringLiteral("``back`tick``")
                              << QStringLiteral("``back`tick``");
    QTest::newRow("fenced") << QStringLiteral("``x``") << QStringLiteral("``` ``x`` ```")
                            << QStringLiteral("``` ``x`` ```");
    QTest::newRow("quotes and ampersand")
        << QStringLiteral("it's \"q\" & co") << QStringLiteral("`it's \"q\" & co`")
        << QStringLiteral("`it's \"q\" & co`");
    QTest::newRow("non-ascii") << QStringLiteral("größe_日本_🙂")
                               << QStringLiteral("`größe_日本_🙂`")
                               << QStringLiteral("`größe_日本_🙂`");
    QTest::newRow("markdown emphasis")
        << QStringLiteral("*x*_y_") << QStringLiteral("`*x*_y_`") << QStringLiteral("`*x*_y_`");
}

SchemaDiff hostileDiff(const QString &name)
{
    SchemaDiff d = diffOf({
        table(Change::Added, name, 3),
        child(K::Column, Change::Changed, QStringLiteral("t"), name,
              {{QStringLiteral("default"), name, QString()}}),
        child(K::Index, Change::Added, QStringLiteral("t"), name),
        object(K::View, Change::Removed, name),
    });
    d.toName = name;
    return d;
}

/// Cells of a Markdown table row as GitHub splits it: `\|` does not split.
qsizetype cellCount(const QString &row)
{
    qsizetype pipes = 0;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row.at(i) == u'\\' && i + 1 < row.size() && row.at(i + 1) == u'|')
            ++i;
        else if (row.at(i) == u'|')
            ++pipes;
    }
    return pipes - 1;
}

ObjectKind kindFromKey(const QString &key)
{
    for (int k = int(K::Schema); k <= int(K::Trigger); ++k) {
        if (objectKindKey(ObjectKind(k)) == key)
            return ObjectKind(k);
    }
    qFatal("unknown kind %s", qPrintable(key));
    return K::Table;
}

ChangeKind changeFromKey(const QString &key)
{
    for (ChangeKind c : {Change::Added, Change::Removed, Change::Changed}) {
        if (changeKindKey(c) == key)
            return c;
    }
    qFatal("unknown change %s", qPrintable(key));
    return Change::Changed;
}

const QDateTime FixedTime(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC);

} // namespace

class TestDiffReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summary_data();
    void summary();
    void textDetails();
    void textQualifiesNamesAcrossSchemas();
    void textKeepsHostileNamesOnOneLine();
    void jsonRoundTrips();
    void jsonOfEmptyDiff();
    void markdownLayout();
    void markdownSurvivesHostileNames_data() { addHostileNames(); }
    void markdownSurvivesHostileNames();
    void htmlLayout();
    void htmlEscapesHostileNames_data() { addHostileNames(); }
    void htmlEscapesHostileNames();
    void deterministic_data();
    void deterministic();
};

void TestDiffReport::summary_data()
{
    QTest::addColumn<SchemaDiff>("diff");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("seed: six tables uat lacks")
        << seedDiff()
        << QStringList{QStringLiteral("uat lacks 6 tables that staging has: compliance_records (0 "
                                      "rows), flash_commission_tiers "
                                      "(4 rows), mobilemart_transactions (0 rows), reseller_floats "
                                      "(0 rows), sync_audit_logs "
                                      "(49 rows), tax_configurations (0 rows).")};

    QTest::newRow("removed table")
        << diffOf({table(Change::Removed, QStringLiteral("legacy_x"), 12)})
        << QStringList{QStringLiteral("uat has 1 table that staging lacks: legacy_x (12 rows).")};

    QTest::newRow("changed tables") << diffOf({
        child(K::PrimaryKey, Change::Changed, QStringLiteral("payments"),
              QStringLiteral("payments_pkey"),
              {{QStringLiteral("columns"), QStringLiteral("id"), QStringLiteral("payment_id")}}),
        child(K::Column, Change::Added, QStringLiteral("payments"), QStringLiteral("payment_id")),
        child(K::Column, Change::Removed, QStringLiteral("payments"), QStringLiteral("id")),
        child(K::Index, Change::Added, QStringLiteral("wallet_transactions"),
              QStringLiteral("wt_user_idx")),
    })
                                    << QStringList{QStringLiteral(
                                           "2 tables differ: payments (primary key, 2 columns), "
                                           "wallet_transactions (1 index).")};

    QTest::newRow("table's own fields come before what it holds")
        << diffOf({
               object(K::Table, Change::Changed, QStringLiteral("payments"),
                      {{QStringLiteral("comment"), QString(), QStringLiteral("Money in")}}),
               child(K::Column, Change::Changed, QStringLiteral("payments"),
                     QStringLiteral("amount"),
                     {{QStringLiteral("type"), QStringLiteral("integer"),
                       QStringLiteral("numeric(12,2)")}}),
               child(K::ForeignKey, Change::Added, QStringLiteral("payments"),
                     QStringLiteral("fk_a")),
               child(K::ForeignKey, Change::Added, QStringLiteral("payments"),
                     QStringLiteral("fk_b")),
           })
        << QStringList{
               QStringLiteral("1 table differs: payments (comment, 1 column, 2 foreign keys).")};

    QTest::newRow("views")
        << diffOf({object(K::View, Change::Added, QStringLiteral("v_new")),
                   object(K::View, Change::Removed, QStringLiteral("v_old")),
                   object(K::View, Change::Changed, QStringLiteral("v_both"),
                          {{QStringLiteral("definition"), QStringLiteral("SELECT 1"),
                            QStringLiteral("SELECT 2")}})})
        << QStringList{QStringLiteral("uat lacks 1 view that staging has: v_new."),
                       QStringLiteral("uat has 1 view that staging lacks: v_old."),
                       QStringLiteral("1 view differs: v_both (definition).")};

    QTest::newRow("enum labels")
        << diffOf(
               {object(K::Enum, Change::Changed, QStringLiteral("payment_status"),
                       {{QStringLiteral("labels"), QStringLiteral("a, b"),
                         QStringLiteral("a, b, c")}}),
                object(K::Enum, Change::Changed, QStringLiteral("mood"),
                       {{QStringLiteral("labels"), QStringLiteral("sad"), QStringLiteral("ok")}})})
        << QStringList{
               QStringLiteral("2 enum types differ: mood (labels), payment_status (labels).")};

    QTest::newRow("empty") << diffOf({})
                           << QStringList{QStringLiteral("No differences: uat matches staging.")};

    QTest::newRow("exact, estimated and unknown rows")
        << diffOf({table(Change::Added, QStringLiteral("a"), 49, true),
                   table(Change::Added, QStringLiteral("b"), 1200, false),
                   table(Change::Added, QStringLiteral("c"), -1),
                   table(Change::Added, QStringLiteral("d"), 1, true)})
        << QStringList{QStringLiteral(
               "uat lacks 4 tables that staging has: a (49 rows), b (~1200 rows), c, d (1 row).")};

    QTest::newRow("two schemas: names carry their schema")
        << diffOf({table(Change::Added, QStringLiteral("log"), 2, true, QStringLiteral("audit")),
                   table(Change::Added, QStringLiteral("payments"), 3)})
        << QStringList{QStringLiteral("uat lacks 2 tables that staging has: audit.log (2 rows), "
                                      "public.payments (3 rows).")};

    QTest::newRow("trigger names its table")
        << diffOf({child(K::Trigger, Change::Added, QStringLiteral("payments"),
                         QStringLiteral("audit_trg"))})
        << QStringList{
               QStringLiteral("uat lacks 1 trigger that staging has: audit_trg on payments.")};

    SchemaDiff sameNames = diffOf({table(Change::Added, QStringLiteral("t"), 0)});
    sameNames.fromName = sameNames.toName = QStringLiteral("app");
    QTest::newRow("same database name on both sides")
        << sameNames
        << QStringList{QStringLiteral("app (from) lacks 1 table that app (to) has: t (0 rows).")};

    QList<ObjectChange> many;
    for (int i = 1; i <= 15; ++i)
        many << table(Change::Removed, QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')), i);
    QTest::newRow("long lists stop at twelve names")
        << diffOf(many)
        << QStringList{QStringLiteral("uat has 15 tables that staging lacks: t01 (1 row), t02 (2 "
                                      "rows), t03 (3 rows), t04 (4 rows), "
                                      "t05 (5 rows), t06 (6 rows), t07 (7 rows), t08 (8 rows), t09 "
                                      "(9 rows), t10 (10 rows), "
                                      "t11 (11 rows), t12 (12 rows) and 3 more.")};

    QTest::newRow("kinds in reading order")
        << diffOf({object(K::Extension, Change::Added, QStringLiteral("pgcrypto")),
                   object(K::Sequence, Change::Removed, QStringLiteral("old_seq")),
                   object(K::Routine, Change::Added, QStringLiteral("fn(integer)")),
                   object(K::Enum, Change::Added, QStringLiteral("mood")),
                   table(Change::Added, QStringLiteral("t"), 0)})
        << QStringList{QStringLiteral("uat lacks 1 table that staging has: t (0 rows)."),
                       QStringLiteral("uat lacks 1 routine that staging has: fn(integer)."),
                       QStringLiteral("uat lacks 1 enum type that staging has: mood."),
                       QStringLiteral("uat has 1 sequence that staging lacks: old_seq."),
                       QStringLiteral("uat lacks 1 extension that staging has: pgcrypto.")};
}

void TestDiffReport::summary()
{
    QFETCH(SchemaDiff, diff);
    QFETCH(QStringList, expected);
    const QString text = diffText(diff);
    QCOMPARE(summaryOf(text), expected);
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    if (diff.isEmpty())
        QCOMPARE(text, expected.first() + QLatin1Char('\n'));
}

void TestDiffReport::textDetails()
{
    const QString expected = QStringLiteral(
        "uat lacks 1 table that staging has: compliance_records (0 rows).\n"
        "uat has 1 table that staging lacks: legacy_x (12 rows).\n"
        "2 tables differ: payments (primary key, 3 columns), wallet_transactions (1 index).\n"
        "1 view differs: active_users (definition).\n"
        "1 enum type differs: payment_status (labels).\n"
        "\n"
        "+ staging has it, uat lacks it   - uat has it, staging lacks it   ~ both have it, it "
        "differs\n"
        "\n"
        "Tables\n"
        "  + compliance_records (0 rows)\n"
        "  - legacy_x (12 rows)\n"
        "  ~ payments (~4 rows)\n"
        "      ~ primary key payments_pkey\n"
        "          columns: id → payment_id\n"
        "      + column payment_id\n"
        "      - column id\n"
        "      ~ column status\n"
        "          default: 'PENDING'::text → 'pending'::text\n"
        "  ~ wallet_transactions\n"
        "      + index wallet_transactions_user_idx\n"
        "\n"
        "Views\n"
        "  ~ active_users\n"
        "      definition:\n"
        "        from: SELECT id\n"
        "                FROM users\n"
        "        to:   SELECT id, name\n"
        "                FROM users\n"
        "\n"
        "Enum types\n"
        "  ~ payment_status\n"
        "      labels: PENDING, PAID → PENDING, PAID, FAILED\n");
    QCOMPARE(diffText(mixedDiff()), expected);
}

void TestDiffReport::textQualifiesNamesAcrossSchemas()
{
    SchemaDiff d = mixedDiff();
    QVERIFY(!diffText(d).contains(QStringLiteral("public.")));
    d.changes << table(Change::Added, QStringLiteral("log"), 1, true, QStringLiteral("audit"));
    const QString text = diffText(d);
    QVERIFY(text.contains(QStringLiteral("\n  ~ public.payments (~4 rows)\n")));
    QVERIFY(text.contains(QStringLiteral("\n  + audit.log (1 row)\n")));
    // Columns sit under their table, which already says the schema.
    QVERIFY(text.contains(QStringLiteral("\n      + column payment_id\n")));
}

void TestDiffReport::textKeepsHostileNamesOnOneLine()
{
    const QString text = diffText(
        diffOf({table(Change::Added, QStringLiteral("evil\nTables"), 1),
                child(K::Column, Change::Added, QStringLiteral("t"), QStringLiteral("c\r\n"))}));
    QVERIFY(text.contains(QStringLiteral("evil\\nTables (1 row)")));
    QVERIFY(text.contains(QStringLiteral("+ column c\\r\\n\n")));
    QVERIFY(!text.contains(QStringLiteral("\nTables (1 row)")));
}

void TestDiffReport::jsonRoundTrips()
{
    SchemaDiff diff = mixedDiff();
    diff.changes << object(K::Schema, Change::Added, QStringLiteral("audit"));
    diff.changes.last().schema.clear();
    diff.changes << child(K::Column, Change::Changed, QStringLiteral("t"),
                          QStringLiteral("<b>\"x\"</b>"),
                          {{QStringLiteral("default"), QString(), QStringLiteral("'日本'")}});

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(diffJson(diff), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("parity.diff"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("dialect")).toString(), QStringLiteral("postgresql"));
    const QJsonObject from = root.value(QStringLiteral("from")).toObject();
    QCOMPARE(from.value(QStringLiteral("name")).toString(), diff.fromName);
    QCOMPARE(from.value(QStringLiteral("source")).toString(), diff.fromSource);
    QCOMPARE(root.value(QStringLiteral("to")).toObject().value(QStringLiteral("name")).toString(),
             diff.toName);

    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("added")).toInt(), 4);
    QCOMPARE(summary.value(QStringLiteral("removed")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("changed")).toInt(), 5);

    const QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), diff.changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject o = changes.at(i).toObject();
        const ObjectChange &original = diff.changes.at(i);
        // Empty strings and unknown counts are left out, not written empty.
        QCOMPARE(o.contains(QStringLiteral("schema")), !original.schema.isEmpty());
        QCOMPARE(o.contains(QStringLiteral("table")), !original.table.isEmpty());
        QCOMPARE(o.contains(QStringLiteral("rows")), original.rows >= 0);
        QCOMPARE(o.contains(QStringLiteral("rowsExact")), original.rows >= 0);

        ObjectChange back;
        back.kind = kindFromKey(o.value(QStringLiteral("kind")).toString());
        back.change = changeFromKey(o.value(QStringLiteral("change")).toString());
        back.schema = o.value(QStringLiteral("schema")).toString();
        back.table = o.value(QStringLiteral("table")).toString();
        back.name = o.value(QStringLiteral("name")).toString();
        back.rows = o.value(QStringLiteral("rows")).toInteger(-1);
        back.rowsExact = o.value(QStringLiteral("rowsExact")).toBool();
        for (const QJsonValue &f : o.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject field = f.toObject();
            back.fields << FieldChange{field.value(QStringLiteral("field")).toString(),
                                       field.value(QStringLiteral("from")).toString(),
                                       field.value(QStringLiteral("to")).toString()};
        }
        QCOMPARE(back, original);
    }
}

void TestDiffReport::jsonOfEmptyDiff()
{
    SchemaDiff diff = diffOf({});
    diff.fromSource.clear();
    const QJsonObject root = QJsonDocument::fromJson(diffJson(diff)).object();
    QCOMPARE(root.value(QStringLiteral("changes")).toArray().size(), 0);
    QCOMPARE(root.value(QStringLiteral("summary"))
                 .toObject()
                 .value(QStringLiteral("changed"))
                 .toInt(-1),
             0);
    QVERIFY(!root.value(QStringLiteral("from")).toObject().contains(QStringLiteral("source")));
}

void TestDiffReport::markdownLayout()
{
    const QString md = diffMarkdown(mixedDiff());
    QVERIFY(md.startsWith(QStringLiteral("# Schema differences: `uat` → `staging`\n")));
    QVERIFY(md.contains(QStringLiteral("\n## Summary\n\n- `uat` lacks 1 table that `staging` has: "
                                       "`compliance_records` (0 rows).\n")));
    QVERIFY(md.contains(QStringLiteral("- 2 tables differ: `payments` (primary key, 3 columns), "
                                       "`wallet_transactions` (1 index).\n")));
    QVERIFY2(md.contains(QStringLiteral("\n## Tables\n\n| Change | Table | Rows | What differs |\n"
                                        "| --- | --- | ---: | --- |\n"
                                        "| Added | `compliance_records` | 0 rows |  |\n")),
             qPrintable(md));
    QVERIFY(md.contains(
        QStringLiteral("| Changed | `payments` | \\~4 rows | primary key, 3 columns |\n")));
    QVERIFY(md.contains(QStringLiteral("\n### Table `payments` (\\~4 rows)\n")));
    QVERIFY(md.contains(QStringLiteral(
        "| Changed | column `status` | `default` | `'PENDING'::text` | `'pending'::text` |\n")));
    QVERIFY(md.contains(
        QStringLiteral("| Added | column `payment_id` |  | *missing* | *present* |\n")));
    // A multi-line definition becomes one line in its cell.
    QVERIFY(
        md.contains(QStringLiteral("| `SELECT id FROM users` | `SELECT id, name FROM users` |")));
    QVERIFY(md.endsWith(QStringLiteral("|\n")));
    // A cell cannot hold line breaks: when only the layout differs, it says so.
    const QString layoutOnly = diffMarkdown(
        diffOf({object(K::View, Change::Changed, QStringLiteral("v"),
                       {{QStringLiteral("definition"), QStringLiteral("SELECT 1\n  FROM t"),
                         QStringLiteral("SELECT 1 FROM t")}})}));
    QVERIFY(
        layoutOnly.contains(QStringLiteral("| Changed | view `v` | `definition` (whitespace only) "
                                           "| `SELECT 1 FROM t` | `SELECT 1 FROM t` |\n")));
    QVERIFY(diffMarkdown(diffOf({}))
                .contains(QStringLiteral("- No differences: `uat` matches `staging`.\n")));
}

void TestDiffReport::markdownSurvivesHostileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, proseSpan);
    QFETCH(QString, cellSpan);
    const QString md = diffMarkdown(hostileDiff(name));

    // Every row of a table has as many cells as its header.
    qsizetype header = -1;
    int rows = 0;
    for (const QString &line : md.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|'))) {
            header = -1;
            continue;
        }
        if (header < 0)
            header = cellCount(line);
        QVERIFY2(cellCount(line) == header, qPrintable(line));
        ++rows;
    }
    QVERIFY(rows >= 8);

    QVERIFY2(md.contains(QStringLiteral("- `uat` lacks 1 table that ") + proseSpan
                         + QStringLiteral(" has: ") + proseSpan + QStringLiteral(" (3 rows).\n")),
             qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("| Added | ") + cellSpan + QStringLiteral(" | 3 rows |")),
             qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("| Changed | column ") + cellSpan
                        + QStringLiteral(" | `default` | ") + cellSpan
                        + QStringLiteral(" | *none* |")));
}

void TestDiffReport::htmlLayout()
{
    const QString page = diffHtml(mixedDiff(), FixedTime);
    QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
    QVERIFY(page.contains(QStringLiteral("<title>Schema differences: uat → staging</title>")));
    QVERIFY(page.contains(QStringLiteral("<h1>Schema differences: uat → staging</h1>")));
    QVERIFY(page.contains(QStringLiteral("2025-03-04 05:06:07 UTC")));
    QVERIFY(page.contains(QStringLiteral("postgresql://deploy@uat.example.com:5432/uat")));
    QVERIFY(page.contains(
        QStringLiteral("<li><code>uat</code> lacks 1 table that <code>staging</code> has: "
                       "<code>compliance_records</code> (0 rows).</li>")));
    for (const char *kind : {"added", "removed", "changed"})
        QVERIFY(page.contains(
            QStringLiteral("<tr class=\"%1\"><td class=\"change\"><span class=\"badge %1\">")
                .arg(QLatin1String(kind))));
    for (const char *line : {"Reviewed by", "Date", "Signature"})
        QVERIFY(page.contains(QStringLiteral("<span>%1</span>").arg(QLatin1String(line))));
    // Self-contained: nothing to fetch, nothing to run.
    static const QRegularExpression
        external(QStringLiteral(R"((<script|<link|<img|<iframe|src=|href=|@import|url\())"),
                 QRegularExpression::CaseInsensitiveOption);
    QVERIFY(!external.match(page).hasMatch());
    QVERIFY(page.endsWith(QStringLiteral("</html>\n")));
    QVERIFY(diffHtml(diffOf({}), FixedTime)
                .contains(QStringLiteral(
                    "No differences: <code>uat</code> matches <code>staging</code>.")));
    QVERIFY(diffHtml(diffOf({}), FixedTime)
                .contains(QStringLiteral("I have reviewed this comparison: uat matches staging.")));
}

void TestDiffReport::htmlEscapesHostileNames()
{
    QFETCH(QString, name);
    const QString page = diffHtml(hostileDiff(name), FixedTime);
    QVERIFY(!page.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!page.contains(name) || name.toHtmlEscaped() == name);

    // The page is also well-formed XML, so a strict parser proves the
    // escaping: the name comes back as text, never as markup.
    QXmlStreamReader xml(page);
    int asText = 0;
    QString run; // the parser may hand one text node over in pieces
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            run += xml.text();
            continue;
        }
        asText += run == name ? 1 : 0;
        run.clear();
        if (xml.isStartElement())
            QVERIFY2(xml.name() != QLatin1String("script"), "a name became an element");
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(asText >= 5);
}

void TestDiffReport::deterministic_data()
{
    QTest::addColumn<SchemaDiff>("diff");
    QTest::newRow("seed") << seedDiff();
    QTest::newRow("mixed") << mixedDiff();
    QTest::newRow("hostile") << hostileDiff(QStringLiteral("<x|`y`>"));
}

void TestDiffReport::deterministic()
{
    QFETCH(SchemaDiff, diff);
    SchemaDiff reversed = diff;
    std::ranges::reverse(reversed.changes);

    QCOMPARE(diffJson(diff), diffJson(diff));
    const auto formats = {
        +[](const SchemaDiff &d) { return diffText(d); },
        +[](const SchemaDiff &d) { return diffMarkdown(d); },
        +[](const SchemaDiff &d) { return diffHtml(d, FixedTime); },
    };
    for (auto format : formats) {
        const QString once = format(diff);
        QCOMPARE(format(diff), once);
        // The reports sort for themselves: the comparer's order is not theirs to rely on.
        QCOMPARE(format(reversed), once);
    }
}

QTEST_GUILESS_MAIN(TestDiffReport)
#include "tst_diffreport.moc"
