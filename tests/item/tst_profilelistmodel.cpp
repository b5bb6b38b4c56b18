// The profile tree: environment groups in a fixed order, colours by name,
// and a reset that swaps the whole snapshot.
#include "item/profilelistmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace parity;
using Model = ProfileListModel;

namespace {

Profile profile(const QString &name, const QString &environment, bool isProtected = false,
                const QString &spec = QStringLiteral("sqlite:/tmp/x.db"))
{
    return Profile{name, spec, environment, isProtected};
}

QStringList groupNames(const Model &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data(Model::EnvironmentRole).toString();
    return names;
}

QStringList profileNames(const Model &model, int groupRow)
{
    QStringList names;
    const QModelIndex group = model.index(groupRow, 0);
    for (int row = 0; row < model.rowCount(group); ++row)
        names << model.index(row, 0, group).data(Model::ProfileNameRole).toString();
    return names;
}

/// Hue in degrees of "#rrggbb".
double hueOf(const QString &name)
{
    const double r = name.mid(1, 2).toInt(nullptr, 16) / 255.0;
    const double g = name.mid(3, 2).toInt(nullptr, 16) / 255.0;
    const double b = name.mid(5, 2).toInt(nullptr, 16) / 255.0;
    const double max = std::max({r, g, b});
    const double min = std::min({r, g, b});
    const double d = max - min;
    if (d == 0)
        return 0;
    double h = 0;
    if (max == r)
        h = std::fmod((g - b) / d, 6.0);
    else if (max == g)
        h = (b - r) / d + 2;
    else
        h = (r - g) / d + 4;
    h *= 60;
    return h < 0 ? h + 360 : h;
}

} // namespace

class TestProfileListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupOrder_data();
    void groupOrder();
    void profilesSortedWithinGroup();
    void roles();
    void neverShowsPassword();
    void knownColors_data();
    void knownColors();
    void customColors_data();
    void customColors();
    void lookups();
    void resetSwapsSnapshot();
};

void TestProfileListModel::groupOrder_data()
{
    QTest::addColumn<QStringList>("environments");
    QTest::addColumn<QStringList>("groups");

    QTest::newRow("known, shuffled")
        << QStringList{QStringLiteral("prod"), QStringLiteral("dev"), QStringLiteral("uat"),
                       QStringLiteral("test"), QStringLiteral("staging")}
        << QStringList{QStringLiteral("dev"), QStringLiteral("test"), QStringLiteral("staging"),
                       QStringLiteral("uat"), QStringLiteral("prod")};
    QTest::newRow("only groups with profiles")
        << QStringList{QStringLiteral("prod"), QStringLiteral("dev")}
        << QStringList{QStringLiteral("dev"), QStringLiteral("prod")};
    QTest::newRow("custom after known, alphabetical, untagged last")
        << QStringList{QStringLiteral("qa-eu"), QString(),
                       QStringLiteral("prod"),  QStringLiteral("Alpha"),
                       QStringLiteral("dev"),   QStringLiteral("beta")}
        << QStringList{QStringLiteral("dev"),  QStringLiteral("prod"),  QStringLiteral("Alpha"),
                       QStringLiteral("beta"), QStringLiteral("qa-eu"), QString()};
    QTest::newRow("known tags in any case are one group")
        << QStringList{QStringLiteral("PROD"), QStringLiteral(" prod "), QStringLiteral("Prod")}
        << QStringList{QStringLiteral("prod")};
}

void TestProfileListModel::groupOrder()
{
    QFETCH(QStringList, environments);
    QFETCH(QStringList, groups);
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Profile> profiles;
    for (int i = 0; i < environments.size(); ++i)
        profiles << profile(QStringLiteral("p%1").arg(i), environments.at(i));
    model.setProfiles(profiles);
    QCOMPARE(groupNames(model), groups);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex group = model.index(row, 0);
        QVERIFY(group.data(Model::IsGroupRole).toBool());
        QVERIFY(model.rowCount(group) > 0);
    }
}

void TestProfileListModel::profilesSortedWithinGroup()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfiles({profile(QStringLiteral("zeta"), QStringLiteral("dev")),
                       profile(QStringLiteral("Beta"), QStringLiteral("dev")),
                       profile(QStringLiteral("alpha"), QStringLiteral("dev")),
                       profile(QStringLiteral("main"), QStringLiteral("prod"))});
    QCOMPARE(groupNames(model), (QStringList{QStringLiteral("dev"), QStringLiteral("prod")}));
    QCOMPARE(profileNames(model, 0), (QStringList{QStringLiteral("alpha"), QStringLiteral("Beta"),
                                                  QStringLiteral("zeta")}));
    QCOMPARE(profileNames(model, 1), QStringList{QStringLiteral("main")});
}

void TestProfileListModel::roles()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfiles(
        {profile(QStringLiteral("live"), QStringLiteral("prod"), true,
                 QStringLiteral("postgres://app@db.example:5433/shop?sslmode=require")),
         profile(QStringLiteral("local"), QString(), false, QStringLiteral("demo.sqlite"))});
    QCOMPARE(model.rowCount(), 2);

    const QModelIndex prod = model.index(0, 0);
    QCOMPARE(prod.data().toString(), QStringLiteral("prod"));
    QCOMPARE(prod.data(Model::IsGroupRole).toBool(), true);
    QCOMPARE(prod.data(Model::EnvironmentColorRole).toString(), QStringLiteral("#c62828"));
    QCOMPARE(prod.data(Model::ProfileNameRole).toString(), QString());
    QCOMPARE(prod.data(Model::ProtectedRole).toBool(), false);

    const QModelIndex live = model.index(0, 0, prod);
    QCOMPARE(live.data().toString(), QStringLiteral("live"));
    QCOMPARE(live.data(Model::ProfileNameRole).toString(), QStringLiteral("live"));
    QCOMPARE(live.data(Model::EnvironmentRole).toString(), QStringLiteral("prod"));
    QCOMPARE(live.data(Model::EnvironmentColorRole).toString(), QStringLiteral("#c62828"));
    QCOMPARE(live.data(Model::ProtectedRole).toBool(), true);
    QCOMPARE(live.data(Model::IsGroupRole).toBool(), false);
    QCOMPARE(live.data(Model::SpecDisplayRole).toString(),
             QStringLiteral("postgresql://app@db.example:5433/shop?sslmode=require"));
    QVERIFY(live.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Protected")));
    QCOMPARE(model.rowCount(live), 0);

    const QModelIndex untagged = model.index(1, 0);
    QCOMPARE(untagged.data(Model::EnvironmentRole).toString(), QString());
    QCOMPARE(untagged.data().toString(), QStringLiteral("(no environment)"));
    QCOMPARE(model.index(0, 0, untagged).data(Model::SpecDisplayRole).toString(),
             QStringLiteral("sqlite:demo.sqlite"));
    QVERIFY(!model.roleNames().value(Model::EnvironmentColorRole).isEmpty());
}

void TestProfileListModel::neverShowsPassword()
{
    // The store refuses such specs, but a hand-edited file might hold one.
    Model model;
    model.setProfiles({profile(QStringLiteral("a"), QStringLiteral("dev"), false,
                               QStringLiteral("postgresql://app:hunter22@db/shop")),
                       profile(QStringLiteral("b"), QStringLiteral("dev"), false,
                               QStringLiteral("postgresql://app:hunter22@db:99999/shop"))});
    const QModelIndex dev = model.index(0, 0);
    QCOMPARE(model.rowCount(dev), 2);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = model.index(row, 0, dev);
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Model::SpecDisplayRole)})
            QVERIFY2(!index.data(role).toString().contains(QStringLiteral("hunter22")),
                     qPrintable(index.data(role).toString()));
    }
    QCOMPARE(model.index(0, 0, dev).data(Model::SpecDisplayRole).toString(),
             QStringLiteral("postgresql://app@db/shop"));
    QVERIFY(model.index(1, 0, dev)
                .data(Model::SpecDisplayRole)
                .toString()
                .startsWith(QStringLiteral("Invalid spec")));
}

void TestProfileListModel::knownColors_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("color");
    QTest::newRow("dev") << QStringLiteral("dev") << QStringLiteral("#2e7d32");
    QTest::newRow("test") << QStringLiteral("test") << QStringLiteral("#0277bd");
    QTest::newRow("staging") << QStringLiteral("staging") << QStringLiteral("#ef6c00");
    QTest::newRow("uat") << QStringLiteral("uat") << QStringLiteral("#6a1b9a");
    QTest::newRow("prod") << QStringLiteral("prod") << QStringLiteral("#c62828");
    QTest::newRow("PROD") << QStringLiteral("PROD") << QStringLiteral("#c62828");
    QTest::newRow("untagged") << QString() << QStringLiteral("#757575");
}

void TestProfileListModel::knownColors()
{
    QFETCH(QString, tag);
    QFETCH(QString, color);
    QCOMPARE(Model::environmentColor(tag), color);
}

void TestProfileListModel::customColors_data()
{
    QTest::addColumn<QString>("tag");
    for (const char *tag : {"qa", "qa-eu", "perf", "demo", "customer-acme", "Ω", "x"})
        QTest::newRow(tag) << QString::fromUtf8(tag);
}

void TestProfileListModel::customColors()
{
    QFETCH(QString, tag);
    const QString color = Model::environmentColor(tag);
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-f]{6}$"));
    QVERIFY2(hex.match(color).hasMatch(), qPrintable(color));
    QCOMPARE(Model::environmentColor(tag), color); // stable
    QCOMPARE(Model::environmentColor(QStringLiteral(" ") + tag + QStringLiteral(" ")), color);
    // Red belongs to prod: a custom tag never looks like it.
    const double hue = hueOf(color);
    QVERIFY2(hue >= 25 && hue <= 335,
             qPrintable(QStringLiteral("%1 has hue %2").arg(color).arg(hue)));
}

void TestProfileListModel::lookups()
{
    Model model;
    model.setProfiles({profile(QStringLiteral("a"), QStringLiteral("dev")),
                       profile(QStringLiteral("b"), QStringLiteral("qa"))});
    const QModelIndex b = model.indexOfProfile(QStringLiteral("b"));
    QVERIFY(b.isValid());
    QCOMPARE(model.profileAt(b)->name, QStringLiteral("b"));
    QCOMPARE(b.parent(), model.indexOfGroup(QStringLiteral("qa")));
    QCOMPARE(model.indexOfGroup(QStringLiteral("DEV")).row(), 0);
    QVERIFY(!model.indexOfProfile(QStringLiteral("nope")).isValid());
    QVERIFY(!model.indexOfGroup(QStringLiteral("prod")).isValid());
    QCOMPARE(model.profileAt(model.indexOfGroup(QStringLiteral("dev"))), nullptr);
    QCOMPARE(model.profileAt(QModelIndex()), nullptr);
}

void TestProfileListModel::resetSwapsSnapshot()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProfiles({profile(QStringLiteral("a"), QStringLiteral("dev")),
                       profile(QStringLiteral("b"), QStringLiteral("prod")),
                       profile(QStringLiteral("c"), QStringLiteral("uat"))});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    model.setProfiles({profile(QStringLiteral("z"), QStringLiteral("perf"))});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(groupNames(model), QStringList{QStringLiteral("perf")});
    QCOMPARE(profileNames(model, 0), QStringList{QStringLiteral("z")});
    model.setProfiles({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestProfileListModel)
#include "tst_profilelistmodel.moc"
