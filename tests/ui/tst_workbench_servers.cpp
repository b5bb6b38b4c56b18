// The workbench window against real servers: a PostgreSQL pair with a
// hazard measured on live rows, the script checked by PostgreSQL's parser,
// a dry run that fails where the server would and passes once the change is
// unticked (leaving the target as it was), and a MariaDB pair.
#include "comparisoncontroller.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "difftreepane.h"
#include "hazardpanel.h"
#include "item/difftreemodel.h"
#include "item/hazardlistmodel.h"
#include "mainwindow.h"
#include "scriptpane.h"
#include "sqleditor.h"
#include "testsupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parity;
using namespace parity::test;

namespace {

/// A spec as the user would type it, password included (the window keeps
/// it in memory only and never stores a spec that carries one).
QString specText(const ConnectionSpec &spec, const QString &scheme)
{
    return QStringLiteral("%1://%2:%3@%4:%5/%6")
        .arg(scheme, spec.user, spec.password, spec.effectiveHost(), QString::number(spec.effectivePort()), spec.database);
}

QModelIndex childNamed(const QAbstractItemModel *model, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(DiffTreeModel::ObjectNameRole).toString() == name)
            return i;
    }
    return {};
}

bool compareAndWait(MainWindow &window, const QString &reference, const QString &target)
{
    QSignalSpy compared(&window, &MainWindow::comparisonFinished);
    window.compare(reference, target);
    if (!compared.wait(60000) || !compared.first().first().toBool())
        return false;
    return QTest::qWaitFor([&] { return !window.controller()->isBusy(); }, 60000);
}

} // namespace

class TestWorkbenchServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void postgresCheckAndDryRun();
    void mariadbComparison();

private:
    QTemporaryDir m_home;
    MemorySecretStore m_secrets;
};

void TestWorkbenchServers::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestWorkbenchServers::postgresCheckAndDryRun()
{
    auto reference = createScratchDatabase(Dialect::PostgreSQL, QStringLiteral("wb_reference"));
    auto target = createScratchDatabase(Dialect::PostgreSQL, QStringLiteral("wb_target"));
    PARITY_VERIFY_RESULT(reference);
    PARITY_VERIFY_RESULT(target);
    PARITY_VERIFY_RESULT(runSql(*reference, QStringLiteral(
        "CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL UNIQUE);\n"
        "CREATE TABLE \"Order Lines\" (id serial PRIMARY KEY, customer_id int REFERENCES customers(id));\n")));
    PARITY_VERIFY_RESULT(runSql(*target, QStringLiteral(
        "CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL);\n"
        "INSERT INTO customers (email) VALUES ('a@example.com'), ('a@example.com'), ('b@example.com');\n")));

    MainWindow window(&m_secrets);
    window.show();
    QVERIFY(compareAndWait(window, specText(*reference, QStringLiteral("postgresql")),
                           specText(*target, QStringLiteral("postgresql"))));
    DiffTreeModel *model = window.diffModel();
    const QModelIndex tables = childNamed(model, childNamed(model, {}, QStringLiteral("public")), QStringLiteral("Tables"));
    QVERIFY(childNamed(model, tables, QStringLiteral("Order Lines")).isValid());
    const QString forward = window.scripts()->script(ScriptPane::ForwardTab);
    QVERIFY2(forward.contains(QStringLiteral("CREATE TABLE \"public\".\"Order Lines\"")), qPrintable(forward));

    // The duplicate emails, counted on the live target.
    QVERIFY(window.controller()->hazardsMeasured());
    const HazardListModel *hazards = window.hazards()->model();
    bool duplicates = false;
    for (const Hazard &h : hazards->hazards()) {
        if (h.kind == HazardKind::DuplicateValues) {
            duplicates = true;
            QCOMPARE(h.figure, 1);
            QVERIFY(!h.samples.isEmpty());
            QVERIFY2(h.samples.first().startsWith(QStringLiteral("a@example.com")), qPrintable(h.samples.first()));
        }
    }
    QVERIFY(duplicates);

    // PostgreSQL's own parser accepts the generated script...
    ScriptPane *scripts = window.scripts();
    QSignalSpy checked(scripts, &ScriptPane::syntaxChecked);
    scripts->tabs()->setCurrentIndex(ScriptPane::ForwardTab);
    scripts->checkAction()->trigger();
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.first().first().toInt(), 0);
    // ... and marks what it cannot parse in free SQL, at its line.
    scripts->tabs()->setCurrentIndex(ScriptPane::FreeTab);
    scripts->editor(ScriptPane::FreeTab)->setText(QStringLiteral("SELECT 1;\nSELEC email FROM customers;\n"));
    checked.clear();
    scripts->checkAction()->trigger();
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.first().first().toInt(), 1);
    QCOMPARE(scripts->problemCount(ScriptPane::FreeTab), 1);

    // The dry run fails where the server would: the new UNIQUE over duplicates.
    QSignalSpy dry(&window, &MainWindow::dryRunFinished);
    scripts->tabs()->setCurrentIndex(ScriptPane::ForwardTab);
    scripts->dryRunAction()->trigger();
    QVERIFY(dry.wait(60000));
    QCOMPARE(dry.first().first().toBool(), false);
    QCOMPARE(scripts->problemCount(ScriptPane::ForwardTab), 1);

    // Leave the UNIQUE out: the rest rehearses cleanly.
    const QModelIndex customers = childNamed(model, tables, QStringLiteral("customers"));
    QModelIndex unique;
    for (int r = 0; r < model->rowCount(customers); ++r) {
        const QModelIndex i = model->index(r, 0, customers);
        if (i.data(DiffTreeModel::ChangeIndexRole).toInt() >= 0)
            unique = i;
    }
    QVERIFY(unique.isValid());
    QSignalSpy updated(&window, &MainWindow::scriptsUpdated);
    QVERIFY(model->setData(unique, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(updated.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), 30000);
    QVERIFY(!scripts->script(ScriptPane::ForwardTab).contains(QStringLiteral("UNIQUE")));
    dry.clear();
    scripts->dryRunAction()->trigger();
    QVERIFY(dry.wait(60000));
    QCOMPARE(dry.first().first().toBool(), true);

    // A dry run changes nothing: the target still lacks the new table.
    QVERIFY(compareAndWait(window, specText(*reference, QStringLiteral("postgresql")),
                           specText(*target, QStringLiteral("postgresql"))));
    QVERIFY(window.scripts()->script(ScriptPane::ForwardTab).contains(QStringLiteral("CREATE TABLE \"public\".\"Order Lines\"")));
    // A spec with a password is never kept in the recent list.
    QVERIFY(QSettings().value(QStringLiteral("compare/recent")).toStringList().isEmpty());

    // The same pair through saved profiles: the passwords come from the
    // (fake) keychain, never from the profile file.
    ProfileStore store;
    PARITY_VERIFY_RESULT(store.load());
    ConnectionSpec bare = *reference;
    bare.password.clear();
    PARITY_VERIFY_RESULT(store.upsert(Profile{QStringLiteral("wb-ref"), bare.display(), QStringLiteral("staging"), false}));
    bare = *target;
    bare.password.clear();
    PARITY_VERIFY_RESULT(store.upsert(Profile{QStringLiteral("wb-target"), bare.display(), QStringLiteral("uat"), false}));
    PARITY_VERIFY_RESULT(store.save());
    QVERIFY(!readTextFile(store.path()).contains(reference->password));
    m_secrets.insert(QStringLiteral("wb-ref"), reference->password);
    m_secrets.insert(QStringLiteral("wb-target"), target->password);
    MainWindow profiles(&m_secrets);
    QVERIFY(compareAndWait(profiles, QStringLiteral("@wb-ref"), QStringLiteral("@wb-target")));
    QVERIFY(profiles.scripts()->script(ScriptPane::ForwardTab).contains(QStringLiteral("CREATE TABLE \"public\".\"Order Lines\"")));
    QCOMPARE(QSettings().value(QStringLiteral("compare/recent")).toStringList().value(0),
             QStringLiteral("@wb-ref\n@wb-target"));
}

void TestWorkbenchServers::mariadbComparison()
{
    auto reference = createScratchDatabase(Dialect::MySQL, QStringLiteral("wb_reference"));
    auto target = createScratchDatabase(Dialect::MySQL, QStringLiteral("wb_target"));
    PARITY_VERIFY_RESULT(reference);
    PARITY_VERIFY_RESULT(target);
    PARITY_VERIFY_RESULT(runSql(*reference, QStringLiteral(
        "CREATE TABLE accounts (id INT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(200) NOT NULL, `select` INT);\n")));
    PARITY_VERIFY_RESULT(runSql(*target, QStringLiteral(
        "CREATE TABLE accounts (id INT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(100) NOT NULL);\n"
        "INSERT INTO accounts (name) VALUES ('x');\n")));
    MainWindow window(&m_secrets);
    window.show();
    QVERIFY(compareAndWait(window, specText(*reference, QStringLiteral("mysql")), specText(*target, QStringLiteral("mysql"))));
    DiffTreeModel *model = window.diffModel();
    // The two databases' one schema each pair up under the target's name.
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex tables = childNamed(model, model->index(0, 0), QStringLiteral("Tables"));
    const QModelIndex accounts = childNamed(model, tables, QStringLiteral("accounts"));
    QCOMPARE(DiffTreeModel::State(accounts.data(DiffTreeModel::StateRole).toInt()), DiffTreeModel::State::ContainsChanges);
    const QModelIndex select = childNamed(model, accounts, QStringLiteral("select"));
    QCOMPARE(DiffTreeModel::State(select.data(DiffTreeModel::StateRole).toInt()), DiffTreeModel::State::OnlyInReference);
    const QString forward = window.scripts()->script(ScriptPane::ForwardTab);
    QVERIFY2(forward.contains(QStringLiteral("ADD COLUMN `select`")), qPrintable(forward));
    QVERIFY(forward.contains(QStringLiteral("VARCHAR(200)"), Qt::CaseInsensitive));
    // Syntax checking and dry runs are PostgreSQL's.
    QVERIFY(!window.scripts()->checkAction()->isEnabled());
    QVERIFY(!window.scripts()->dryRunAction()->isEnabled());
}

QTEST_MAIN(TestWorkbenchServers)
#include "tst_workbench_servers.moc"
