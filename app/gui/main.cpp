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
    parser.addPositionalArgument(QStringLiteral("SPEC"),
                                 QApplication::translate("main", "A database or snapshot to open at start."),
                                 QStringLiteral("[SPEC]"));
    parser.process(app);

    parity::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openSpec(parser.positionalArguments().first());
    return QApplication::exec();
}
