// The aligned diff tree and its filters, on the demo pair and on hand-built
// catalogs.
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "item/difffilterproxymodel.h"
#include "item/difftreemodel.h"
#include "migration/planner.h"

#include "common/jobcontext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace parity;
using State = DiffTreeModel::State;
using Mode = DiffFilterProxyModel::Mode;

namespace {

Catalog demo(const QString &name)
{
    const QString path = qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/demo/%1.db").arg(name);
    auto spec = ConnectionSpec::parse(path);
    JobContext job;
    IntrospectionOptions options;
    options.exactRowCounts = true;
    auto catalog = inspect(*spec, options, job);
    if (!catalog)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(catalog.error().message));
    return *catalog;
}

/// The child rows of `parent` by the name either side shows.
QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (i.data(DiffTreeModel::ObjectNameRole).toString() == name)
            return i;
    }
    return {};
}

QStringList names(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, 0, parent).data(DiffTreeModel::ObjectNameRole).toString();
    return out;
}

Table table(const QString &name, const QStringList &columns)
{
    Table t;
    t.schema = QStringLiteral("public");
    t.name = name;
    int position = 1;
    for (const QString &c : columns)
        t.columns << Column{c, position++, QStringLiteral("integer")};
    return t;
}

Catalog catalogOf(const QList<Table> &tables)
{
    Catalog c;
    c.dialect = Dialect::PostgreSQL;
    c.database = QStringLiteral("db");
    Schema s;
    s.name = QStringLiteral("public");
    s.tables = tables;
    c.schemas = {s};
    c.normalize();
    return c;
}

} // namespace

class TestDiffTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoRowsAreAligned();
    void everyChangeHasARow();
    void ticksFollowTheTree();
    void driftExplanationRoles();
    void filtersAndSearch();
    void mergedColumnOrder();
    void manyTables();
    void auditTableIsNotShown();

private:
    Catalog m_uat;
    Catalog m_staging;
    SchemaDiff m_diff;
};

void TestDiffTreeModel::initTestCase()
{
    m_uat = demo(QStringLiteral("uat"));
    m_staging = comparableTo(demo(QStringLiteral("staging")), m_uat);
    m_diff = compareCatalogs(m_uat, m_staging);
    QVERIFY(!m_diff.isEmpty());
}

void TestDiffTreeModel::demoRowsAreAligned()
{
    DiffTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(m_uat, m_staging, m_diff);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex schema = model.index(0, 0);
    QCOMPARE(schema.data().toString(), QStringLiteral("main"));
    const QModelIndex tables = childNamed(model, schema, QStringLiteral("Tables"));
    QVERIFY(tables.isValid());

    // Only in staging (the reference): a row with an empty target side.
    const QModelIndex audit = childNamed(model, tables, QStringLiteral("sync_audit_logs"));
    QVERIFY(audit.isValid());
    QCOMPARE(State(audit.data(DiffTreeModel::StateRole).toInt()), State::OnlyInReference);
    QCOMPARE(audit.siblingAtColumn(DiffTreeModel::ReferenceName).data().toString(), QStringLiteral("sync_audit_logs"));
    QCOMPARE(audit.siblingAtColumn(DiffTreeModel::TargetName).data().toString(), QString());
    QCOMPARE(audit.siblingAtColumn(DiffTreeModel::ReferenceDetail).data().toString(), QStringLiteral("49 rows"));
    QCOMPARE(audit.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // Its columns come along, all on the reference side, without boxes of their own.
    QVERIFY(model.rowCount(audit) > 0);
    const QModelIndex auditColumn = model.index(0, 0, audit);
    QCOMPARE(State(auditColumn.data(DiffTreeModel::StateRole).toInt()), State::OnlyInReference);
    QVERIFY(!auditColumn.data(Qt::CheckStateRole).isValid());

    // A table both have, with a column only uat has and one that differs.
    const QModelIndex merchants = childNamed(model, tables, QStringLiteral("merchants"));
    QCOMPARE(State(merchants.data(DiffTreeModel::StateRole).toInt()), State::ContainsChanges);
    const QModelIndex legacy = childNamed(model, merchants, QStringLiteral("legacyCode"));
    QVERIFY(legacy.isValid());
    QCOMPARE(State(legacy.data(DiffTreeModel::StateRole).toInt()), State::OnlyInTarget);
    QCOMPARE(legacy.siblingAtColumn(DiffTreeModel::ReferenceName).data().toString(), QString());
    QCOMPARE(legacy.siblingAtColumn(DiffTreeModel::TargetName).data().toString(), QStringLiteral("legacyCode"));
    const QModelIndex business = childNamed(model, merchants, QStringLiteral("businessName"));
    QCOMPARE(State(business.data(DiffTreeModel::StateRole).toInt()), State::Changed);
    QVERIFY(business.siblingAtColumn(DiffTreeModel::ReferenceDetail).data().toString().contains(QStringLiteral("255")));
    QVERIFY(business.siblingAtColumn(DiffTreeModel::TargetDetail).data().toString().contains(QStringLiteral("100")));
    QVERIFY(business.data(Qt::ToolTipRole).toString().contains(QStringLiteral("type")));

    // Identical tables are the same on both sides.
    const QModelIndex meta = childNamed(model, tables, QStringLiteral("SequelizeMeta"));
    QVERIFY(meta.isValid());
    QCOMPARE(State(meta.data(DiffTreeModel::StateRole).toInt()), State::Same);
    QVERIFY(!meta.data(Qt::CheckStateRole).isValid());
    QCOMPARE(meta.siblingAtColumn(DiffTreeModel::ReferenceName).data().toString(),
             meta.siblingAtColumn(DiffTreeModel::TargetName).data().toString());

    // The renamed key of payments pairs into one row.
    const QModelIndex payments = childNamed(model, tables, QStringLiteral("payments"));
    int keys = 0;
    for (int r = 0; r < model.rowCount(payments); ++r) {
        const QModelIndex i = model.index(r, 0, payments);
        if (ObjectKind(i.data(DiffTreeModel::ObjectKindRole).toInt()) == ObjectKind::PrimaryKey) {
            ++keys;
            QCOMPARE(State(i.data(DiffTreeModel::StateRole).toInt()), State::Changed);
        }
    }
    QCOMPARE(keys, 1);
    QVERIFY(model.headerData(DiffTreeModel::ReferenceName, Qt::Horizontal).toString().contains(QStringLiteral("staging")));
    QVERIFY(model.headerData(DiffTreeModel::TargetName, Qt::Horizontal).toString().contains(QStringLiteral("uat")));
}

void TestDiffTreeModel::everyChangeHasARow()
{
    DiffTreeModel model;
    model.setComparison(m_uat, m_staging, m_diff);
    for (int i = 0; i < m_diff.changes.size(); ++i) {
        const QModelIndex at = model.indexForChange(i);
        QVERIFY2(at.isValid(), qPrintable(m_diff.changes[i].path()));
        QCOMPARE(at.data(DiffTreeModel::ChangeIndexRole).toInt(), i);
        QVERIFY(at.flags() & Qt::ItemIsUserCheckable);
    }
    QVERIFY(model.indexForPath(QStringLiteral("main.users.phoneNumber")).isValid());
    QCOMPARE(model.indexForPath(QStringLiteral("users.phoneNumber")).data(DiffTreeModel::ObjectNameRole).toString(),
             QStringLiteral("phoneNumber"));
}

void TestDiffTreeModel::ticksFollowTheTree()
{
    DiffTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(m_uat, m_staging, m_diff);
    QSignalSpy choice(&model, &DiffTreeModel::choiceChanged);
    const QModelIndex tables = childNamed(model, model.index(0, 0), QStringLiteral("Tables"));
    const QModelIndex audit = childNamed(model, tables, QStringLiteral("sync_audit_logs"));
    const int change = audit.data(DiffTreeModel::ChangeIndexRole).toInt();
    QVERIFY(model.setData(audit, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(choice.count(), 1);
    QCOMPARE(model.excludedChanges(), QSet<int>{change});
    QCOMPARE(audit.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(tables.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));

    // A changed table's box covers the changes beneath it.
    const QModelIndex merchants = childNamed(model, tables, QStringLiteral("merchants"));
    QVERIFY(model.setData(merchants, Qt::Unchecked, Qt::CheckStateRole));
    const QModelIndex legacy = childNamed(model, merchants, QStringLiteral("legacyCode"));
    QCOMPARE(legacy.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model.excludedChanges().size(), 3);

    // The group ticks everything again.
    QVERIFY(model.setData(tables, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.excludedChanges().isEmpty());
    QCOMPARE(legacy.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // A row without differences has no box to tick.
    const QModelIndex meta = childNamed(model, tables, QStringLiteral("SequelizeMeta"));
    QVERIFY(!model.setData(meta, Qt::Unchecked, Qt::CheckStateRole));

    model.setPulledIn({{change, QStringLiteral("needed by a foreign key")}});
    QCOMPARE(audit.data(DiffTreeModel::PulledInRole).toString(), QStringLiteral("needed by a foreign key"));
    QVERIFY(audit.data(Qt::ToolTipRole).toString().contains(QStringLiteral("needed by a foreign key")));
}

void TestDiffTreeModel::driftExplanationRoles()
{
    DiffTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(m_uat, m_staging, m_diff);
    const QModelIndex tables = childNamed(model, model.index(0, 0), QStringLiteral("Tables"));
    const QModelIndex audit = childNamed(model, tables, QStringLiteral("sync_audit_logs"));
    const QModelIndex wallets = childNamed(model, tables, QStringLiteral("wallets"));
    const QModelIndex balance = childNamed(model, wallets, QStringLiteral("balance")); // a default that differs
    const QModelIndex meta = childNamed(model, tables, QStringLiteral("SequelizeMeta"));
    QVERIFY(audit.isValid() && balance.isValid() && meta.isValid());
    const int auditChange = audit.data(DiffTreeModel::ChangeIndexRole).toInt();
    QVERIFY(balance.data(DiffTreeModel::ChangeIndexRole).toInt() >= 0);

    // Before the history is read, nothing is said.
    QCOMPARE(audit.data(DiffTreeModel::ExplanationRole).toString(), QString());
    QCOMPARE(balance.data(DiffTreeModel::UnexplainedRole).toBool(), false);

    MigrationLink link;
    link.framework = MigrationFramework::Sequelize;
    link.id = QStringLiteral("20251203_01_create_sync_audit_logs_table.js");
    link.ranOn = QStringLiteral("staging");
    link.notRanOn = QStringLiteral("uat");
    MigrationLink second = link;
    second.id = QStringLiteral("20251204_01_seed_sync_audit_logs.js");
    DriftExplanation explanation;
    explanation.available = true;
    explanation.links.resize(m_diff.changes.size());
    explanation.links[auditChange] = {link, second};

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDriftExplanation(explanation);
    QVERIFY(!changed.isEmpty());
    bool announcedAudit = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto from = args.at(0).value<QModelIndex>();
        const auto to = args.at(1).value<QModelIndex>();
        announcedAudit = announcedAudit || (from.row() == audit.row() && from.parent() == tables && to.row() == audit.row());
    }
    QVERIFY(announcedAudit);

    QCOMPARE(audit.data(DiffTreeModel::ExplanationRole).toString(),
             QStringLiteral("← 20251203_01_create_sync_audit_logs_table.js (+1 more)"));
    QCOMPARE(audit.siblingAtColumn(DiffTreeModel::TargetDetail).data(DiffTreeModel::ExplanationRole).toString(),
             audit.data(DiffTreeModel::ExplanationRole).toString());
    QCOMPARE(audit.data(DiffTreeModel::UnexplainedRole).toBool(), false);
    QCOMPARE(audit.data(DiffTreeModel::ExplainingMigrationsRole).toStringList(), (QStringList{link.id, second.id}));
    const QString tip = audit.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(describeLink(link)) && tip.contains(describeLink(second)), qPrintable(tip));

    // A default no migration accounts for: flagged.
    QCOMPARE(balance.data(DiffTreeModel::ExplanationRole).toString(), QStringLiteral("unexplained drift"));
    QCOMPARE(balance.data(DiffTreeModel::UnexplainedRole).toBool(), true);
    QVERIFY(balance.data(DiffTreeModel::ExplainingMigrationsRole).toStringList().isEmpty());
    QVERIFY(balance.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Unexplained drift")));
    // Rows that do not differ say nothing.
    QCOMPARE(meta.data(DiffTreeModel::ExplanationRole).toString(), QString());
    QCOMPARE(meta.data(DiffTreeModel::UnexplainedRole).toBool(), false);
    QCOMPARE(wallets.data(DiffTreeModel::ExplanationRole).toString(), QString());

    // Without a history on either side nothing is flagged.
    explanation.available = false;
    model.setDriftExplanation(explanation);
    QCOMPARE(balance.data(DiffTreeModel::UnexplainedRole).toBool(), false);
    QCOMPARE(balance.data(DiffTreeModel::ExplanationRole).toString(), QString());
    QVERIFY(!balance.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Unexplained")));

    // A new comparison forgets the old explanation.
    explanation.available = true;
    model.setDriftExplanation(explanation);
    model.setComparison(m_uat, m_staging, m_diff);
    QVERIFY(!model.driftExplanation().available);
    const QModelIndex again = childNamed(model, childNamed(model, model.index(0, 0), QStringLiteral("Tables")),
                                         QStringLiteral("sync_audit_logs"));
    QCOMPARE(again.data(DiffTreeModel::ExplanationRole).toString(), QString());
}

void TestDiffTreeModel::filtersAndSearch()
{
    DiffTreeModel model;
    model.setComparison(m_uat, m_staging, m_diff);
    DiffFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    const QModelIndex schema = proxy.index(0, 0);
    auto tableNames = [&] { return names(proxy, childNamed(proxy, proxy.index(0, 0), QStringLiteral("Tables"))); };
    const QStringList all = tableNames();
    QVERIFY(all.contains(QStringLiteral("SequelizeMeta")));

    proxy.setMode(Mode::Differences);
    QStringList differing = tableNames();
    QVERIFY(!differing.contains(QStringLiteral("SequelizeMeta")));
    QCOMPARE(differing.size(), 12); // 6 only in staging, 6 changed

    proxy.setMode(Mode::OnlyInReference);
    QStringList added = tableNames();
    QVERIFY(added.contains(QStringLiteral("sync_audit_logs")));
    QVERIFY(added.contains(QStringLiteral("wallets"))); // holds dailyLimit, a column only staging has
    QVERIFY(!added.contains(QStringLiteral("users")));
    const QModelIndex wallets = childNamed(proxy, childNamed(proxy, proxy.index(0, 0), QStringLiteral("Tables")),
                                           QStringLiteral("wallets"));
    QCOMPARE(names(proxy, wallets), QStringList{QStringLiteral("dailyLimit")});

    proxy.setMode(Mode::OnlyInTarget);
    QCOMPARE(tableNames(), (QStringList{QStringLiteral("merchants"), QStringLiteral("payments")}));

    proxy.setMode(Mode::Changed);
    QVERIFY(tableNames().contains(QStringLiteral("users")));
    QVERIFY(!tableNames().contains(QStringLiteral("sync_audit_logs")));

    proxy.setMode(Mode::All);
    proxy.setSearchText(QStringLiteral("LEGACY"));
    QCOMPARE(tableNames(), QStringList{QStringLiteral("merchants")});
    proxy.setSearchText(QString());
    QCOMPARE(tableNames(), all);

    proxy.setHiddenKinds({ObjectKind::Table});
    QVERIFY(!childNamed(proxy, proxy.index(0, 0), QStringLiteral("Tables")).isValid());
    Q_UNUSED(schema)
}

void TestDiffTreeModel::mergedColumnOrder()
{
    // The target's extra column sits after its neighbour in the target.
    const Catalog target = catalogOf({table(QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("old"), QStringLiteral("b")})});
    const Catalog reference = catalogOf({table(QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("new")})});
    DiffTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(target, reference, compareCatalogs(target, reference));
    const QModelIndex t = childNamed(model, childNamed(model, model.index(0, 0), QStringLiteral("Tables")), QStringLiteral("t"));
    QCOMPARE(names(model, t), (QStringList{QStringLiteral("a"), QStringLiteral("old"), QStringLiteral("b"), QStringLiteral("new")}));
    QCOMPARE(State(childNamed(model, t, QStringLiteral("old")).data(DiffTreeModel::StateRole).toInt()), State::OnlyInTarget);
    QCOMPARE(State(childNamed(model, t, QStringLiteral("new")).data(DiffTreeModel::StateRole).toInt()), State::OnlyInReference);
    QCOMPARE(State(childNamed(model, t, QStringLiteral("a")).data(DiffTreeModel::StateRole).toInt()), State::Same);
}

void TestDiffTreeModel::manyTables()
{
    QList<Table> a, b;
    for (int i = 0; i < 10000; ++i) {
        const QString name = QStringLiteral("t%1").arg(i, 5, 10, QLatin1Char('0'));
        a << table(name, {QStringLiteral("id"), QStringLiteral("v")});
        b << table(name, i % 100 == 0 ? QStringList{QStringLiteral("id")} : QStringList{QStringLiteral("id"), QStringLiteral("v")});
    }
    const Catalog target = catalogOf(a);
    const Catalog reference = catalogOf(b);
    const SchemaDiff diff = compareCatalogs(target, reference);
    QCOMPARE(diff.changes.size(), 100);
    DiffTreeModel model;
    model.setComparison(target, reference, diff);
    const QModelIndex tables = childNamed(model, model.index(0, 0), QStringLiteral("Tables"));
    QCOMPARE(model.rowCount(tables), 10000);
    DiffFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setMode(Mode::OnlyInTarget);
    QCOMPARE(proxy.rowCount(childNamed(proxy, proxy.index(0, 0), QStringLiteral("Tables"))), 100);
}

void TestDiffTreeModel::auditTableIsNotShown()
{
    // The target has the table apply --audit-table writes; the workbench
    // shows two equal databases, as diff and plan do.
    const Catalog target = catalogOf({table(QStringLiteral("t"), {QStringLiteral("a")}),
                                      table(QStringLiteral("parity_audit_log"), {QStringLiteral("run_id")})});
    const Catalog reference = catalogOf({table(QStringLiteral("t"), {QStringLiteral("a")})});
    const SchemaDiff diff = compareCatalogs(target, reference);
    QVERIFY(diff.isEmpty());
    DiffTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(target, reference, diff);
    const QModelIndex schema = model.index(0, 0);
    QCOMPARE(names(model, childNamed(model, schema, QStringLiteral("Tables"))), QStringList{QStringLiteral("t")});
    QCOMPARE(State(schema.data(DiffTreeModel::StateRole).toInt()), State::Same);
}

QTEST_GUILESS_MAIN(TestDiffTreeModel)
#include "tst_difftreemodel.moc"
