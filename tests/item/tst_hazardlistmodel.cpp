// The hazard table: most severe first, figures and samples in words.
#include "item/hazardlistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace parity;

class TestHazardListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsBySeverity();
};

void TestHazardListModel::sortsBySeverity()
{
    HazardListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Hazard low;
    low.severity = HazardSeverity::Low;
    low.object = QStringLiteral("public.a");
    low.reason = QStringLiteral("rewrites the table");
    Hazard high;
    high.kind = HazardKind::DuplicateValues;
    high.severity = HazardSeverity::High;
    high.object = QStringLiteral("public.users.email");
    high.reason = QStringLiteral("a new UNIQUE over values that repeat");
    high.figure = 3;
    high.figureExact = true;
    high.unit = QStringLiteral("duplicated values");
    high.samples = {QStringLiteral("a@x"), QStringLiteral("b@x")};
    high.dataLoss = false;
    Hazard medium;
    medium.severity = HazardSeverity::Medium;
    medium.object = QStringLiteral("public.b");
    model.setHazards({low, high, medium});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, HazardListModel::ObjectColumn).data().toString(), QStringLiteral("public.users.email"));
    QCOMPARE(model.index(1, HazardListModel::ObjectColumn).data().toString(), QStringLiteral("public.b"));
    QCOMPARE(model.index(2, HazardListModel::ObjectColumn).data().toString(), QStringLiteral("public.a"));
    QCOMPARE(model.index(0, HazardListModel::SeverityColumn).data().toString(), QStringLiteral("high"));
    const QString figure = model.index(0, HazardListModel::FigureColumn).data().toString();
    QVERIFY2(figure.contains(QStringLiteral("3")) && figure.contains(QStringLiteral("a@x")), qPrintable(figure));
    QCOMPARE(model.count(HazardSeverity::High), 1);
    QCOMPARE(model.hazardAt(model.index(0, 0))->kind, HazardKind::DuplicateValues);
    QVERIFY(!model.hazardAt(QModelIndex()));
    model.setHazards({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestHazardListModel)
#include "tst_hazardlistmodel.moc"
