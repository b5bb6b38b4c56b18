// parity: the workbench window.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("parity"));
    QApplication::setApplicationDisplayName(QStringLiteral("Parity"));
    QApplication::setOrganizationName(QStringLiteral("parity"));
    QApplication::setApplicationVersion(QStringLiteral(PARITY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("parity"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("parity"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Parity: compare database schemas and plan, apply and roll back the changes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("REFERENCE"),
                                 QApplication::translate("main", "The desired state: a database, SQLite file, snapshot or @profile."),
                                 QStringLiteral("[REFERENCE"));
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 QApplication::translate("main", "The database that will change; with REFERENCE, compared at start."),
                                 QStringLiteral("TARGET]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo: the bundled staging and uat SQLite "
                                                                  "databases, already compared."));
    parser.addOption(demo);
    parser.process(app);

    parity::MainWindow window;
    window.show();
    const QStringList specs = parser.positionalArguments();
    if (parser.isSet(demo))
        window.openDemo();
    else if (specs.size() == 2)
        window.compare(specs.at(0), specs.at(1));
    else if (specs.size() == 1 || specs.size() > 2)
        parser.showHelp(2);
    return QApplication::exec();
}
