// The German translation is complete and reaches the main window.
#include "mainwindow.h"

#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace parity;

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsComplete();
    void mainWindowSpeaksGerman();
};

void TestTranslation::germanIsComplete()
{
    const QString ts = qEnvironmentVariable("PARITY_SOURCE_DIR") + QStringLiteral("/translations/parity_de.ts");
    QFile file(ts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.count(QStringLiteral("<message")) > 20);
    QVERIFY2(!text.contains(QStringLiteral("type=\"unfinished\"")), "parity_de.ts has untranslated strings");
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("<translation>\\s*</translation>"))));
}

void TestTranslation::mainWindowSpeaksGerman()
{
    QTranslator translator;
    const QString qm = qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/translations/parity_de.qm");
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    MainWindow window;
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
