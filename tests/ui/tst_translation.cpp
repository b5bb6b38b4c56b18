// The German translation is complete and reaches the whole main window:
// menus, tool bar, script tabs, docks and status bar.
#include "comparebar.h"
#include "connection/secretstore.h"
#include "mainwindow.h"
#include "scriptpane.h"

#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace parity;

namespace {

struct MenuEntry
{
    QString path; // "&File/&Recent Comparisons", for messages
    QString text;
};

// Every entry of the menu bar, submenus included, in the order shown.
void collect(const QList<QAction *> &actions, const QString &path, QList<MenuEntry> &out)
{
    for (QAction *a : actions) {
        if (a->isSeparator())
            continue;
        out.append({path, a->text()});
        if (QMenu *sub = a->menu())
            collect(sub->actions(), path.isEmpty() ? a->text() : path + QLatin1Char('/') + a->text(), out);
    }
}

QList<MenuEntry> menuEntries(const MainWindow &window)
{
    QList<MenuEntry> entries;
    collect(window.menuBar()->actions(), QString(), entries);
    return entries;
}

// The accelerator letter of a menu text ("Abb&rechen" -> 'r'), or null.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void germanIsComplete();
    void mainWindowSpeaksGerman();
    void everyMenuEntryIsGerman();

private:
    QString qmPath() const
    {
        return qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/translations/parity_de.qm");
    }

    QTemporaryDir m_home;
    MemorySecretStore m_secrets;
};

void TestTranslation::initTestCase()
{
    // The window reads settings and profiles: keep them away from the user's.
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestTranslation::germanIsComplete()
{
    const QString ts = qEnvironmentVariable("PARITY_SOURCE_DIR") + QStringLiteral("/translations/parity_de.ts");
    QFile file(ts);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(ts));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("message")) {
            ++messages;
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1 translation of \"%2\"").arg(type, source)));
            // A plural message holds <numerusform> children; read them one by one.
            QString text;
            bool numerus = false;
            while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != QLatin1String("translation")) {
                QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    const QString form = xml.readElementText();
                    QVERIFY2(!form.trimmed().isEmpty(), qPrintable(QStringLiteral("empty plural of \"%1\"").arg(source)));
                    QVERIFY2(form.contains(QLatin1String("%n")), qPrintable(form));
                }
            }
            if (!numerus)
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(QStringLiteral("no translation of \"%1\"").arg(source)));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 200, qPrintable(QString::number(messages)));
}

void TestTranslation::mainWindowSpeaksGerman()
{
    QTranslator translator;
    QVERIFY2(translator.load(qmPath()), qPrintable(qmPath()));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    {
        MainWindow window(&m_secrets);
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                     QStringLiteral("&Skript"), QStringLiteral("&Hilfe")}));

        QCOMPARE(window.compareBar()->compareButton()->text(), QStringLiteral("Vergleichen"));
        QCOMPARE(window.action(QStringLiteral("compareAction"))->text(), QStringLiteral("&Vergleichen"));
        QCOMPARE(window.action(QStringLiteral("generateScriptAction"))->text(), QStringLiteral("Skript &erzeugen"));
        QCOMPARE(window.scripts()->dryRunAction()->text(), QStringLiteral("&Probelauf auf dem Ziel"));

        QTabWidget *tabs = window.scripts()->tabs();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(ScriptPane::ForwardTab), QStringLiteral("Vorwärtsskript"));
        QCOMPARE(tabs->tabText(ScriptPane::RollbackTab), QStringLiteral("Rollback-Skript"));
        QCOMPARE(tabs->tabText(ScriptPane::FreeTab), QStringLiteral("Freies SQL"));

        auto *hazardsDock = window.findChild<QDockWidget *>(QStringLiteral("hazardsDock"));
        QVERIFY(hazardsDock);
        QCOMPARE(hazardsDock->windowTitle(), QStringLiteral("Risiken"));

        QStringList statusTexts;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            statusTexts << label->text();
        QVERIFY2(statusTexts.contains(QStringLiteral("Bereit")), qPrintable(statusTexts.join(QLatin1Char('|'))));
    }
    QVERIFY(QCoreApplication::removeTranslator(&translator));
}

// Each entry of every menu, submenus included, differs from its English
// text, and no two entries of one menu share an accelerator.
void TestTranslation::everyMenuEntryIsGerman()
{
    QList<MenuEntry> english;
    {
        MainWindow window(&m_secrets);
        english = menuEntries(window);
    }
    QVERIFY(english.size() > 20);

    QTranslator translator;
    QVERIFY2(translator.load(qmPath()), qPrintable(qmPath()));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QList<MenuEntry> german;
    {
        MainWindow window(&m_secrets);
        german = menuEntries(window);
    }
    QVERIFY(QCoreApplication::removeTranslator(&translator));

    QCOMPARE(german.size(), english.size());
    QHash<QString, QHash<QChar, QString>> taken; // menu path -> accelerator -> entry
    for (qsizetype i = 0; i < german.size(); ++i) {
        const MenuEntry &de = german.at(i);
        QVERIFY2(de.text != english.at(i).text,
                 qPrintable(QStringLiteral("\"%1\" in \"%2\" is not translated").arg(de.text, de.path)));
        const QChar key = mnemonic(de.text);
        if (key.isNull())
            continue;
        const QString other = taken[de.path].value(key);
        QVERIFY2(other.isEmpty(), qPrintable(QStringLiteral("\"%1\" and \"%2\" in \"%3\" share the accelerator %4")
                                                 .arg(other, de.text, de.path, QString(key))));
        taken[de.path].insert(key, de.text);
    }
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
