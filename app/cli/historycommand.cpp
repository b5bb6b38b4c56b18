#include "historycommand.h"

#include "clicommon.h"
#include "connection/profilestore.h"
#include "connection/secretmask.h"
#include "history/historymatrix.h"
#include "history/historyreader.h"
#include "history/historyreport.h"

#include <QCommandLineParser>
#include <QFuture>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace parity::cli {

namespace {

// "staging=postgresql://…" names the column; a URL's own "=" (?sslmode=…)
// comes after characters a name cannot have. "password=…" is a conninfo
// slip, not a name: splitting it would quote the password as a spec.
std::pair<QString, QString> splitLabel(const QString &argument)
{
    static const QRegularExpression labelled(QStringLiteral("^([A-Za-z0-9_.-]+)=(.+)$"));
    if (const auto match = labelled.match(argument); match.hasMatch() && !isSecretKey(match.captured(1)))
        return {match.captured(1), match.captured(2)};
    return {QString(), argument};
}

// Two environments may share a database name (app on two hosts): add the
// host, then a number, so every column heading is distinct.
QStringList distinctNames(const QStringList &wanted, const QList<ConnectionSpec> &specs)
{
    QStringList names = wanted;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.count(names.at(i)) > 1 && specs.at(i).isServer())
            names[i] = QStringLiteral("%1@%2").arg(names.at(i), specs.at(i).effectiveHost());
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        int n = 2;
        const QString base = names.at(i);
        for (qsizetype j = i + 1; j < names.size(); ++j) {
            if (names.at(j) == base)
                names[j] = QStringLiteral("%1#%2").arg(base).arg(n++);
        }
    }
    return names;
}

} // namespace

Result<QList<EnvironmentHistory>> readHistories(const QList<ConnectionSpec> &specs, const QStringList &names)
{
    QList<QFuture<Result<EnvironmentHistory>>> futures;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        futures.append(QtConcurrent::run([spec = specs.at(i), name = names.value(i)] {
            return readEnvironmentHistory(spec, name);
        }));
    }
    QList<EnvironmentHistory> histories;
    for (auto &future : futures) {
        Result<EnvironmentHistory> history = future.result();
        if (!history)
            return std::unexpected(history.error());
        histories.append(std::move(*history));
    }
    return histories;
}

Result<std::optional<MigrationFolder>> readFolder(const QString &path)
{
    if (path.isEmpty())
        return std::optional<MigrationFolder>();
    auto folder = scanMigrationFolder(path);
    if (!folder)
        return std::unexpected(folder.error());
    return std::optional<MigrationFolder>(std::move(*folder));
}

QString profileMigrationsFolder(const QString &specText)
{
    if (!specText.startsWith(QLatin1Char('@')))
        return {};
    ProfileStore store;
    if (!store.load())
        return {};
    for (const Profile &profile : store.profiles()) {
        if (profile.name == specText.mid(1))
            return profile.migrationsFolder;
    }
    return {};
}

int runHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows which framework migrations each environment ran (Django, Sequelize, Prisma, Flyway, Alembic, "
        "Rails, golang-migrate, Knex, Liquibase), side by side: one row per migration, one column per "
        "environment, with the time and state (applied, failed, dirty, rolled back, pending). With a "
        "migrations folder it also lists what is pending in each environment and what an environment ran "
        "that the folder lacks. Exit 0 when all environments agree, 1 when they differ, 2 on error."));
    parser.addPositionalArgument(QStringLiteral("SPEC"),
                                 QStringLiteral("A live database (see parity-cli --help); NAME=SPEC names its column "
                                                "(staging=postgresql://…). Give one or more."),
                                 QStringLiteral("[NAME=]SPEC..."));
    parser.addHelpOption();
    const QCommandLineOption migrationsOption(
        QStringLiteral("migrations"),
        QStringLiteral("The project's migrations folder (or the project root): Django apps, Sequelize/Knex "
                       "scripts, prisma/migrations, Flyway V*__*.sql, up/down .sql pairs, Rails db/migrate, "
                       "Alembic versions. Default: the folder saved with the first @profile that has one."),
        QStringLiteral("DIR"));
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          QStringLiteral("Output format: text (default), json or markdown."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("Write to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption timeoutOption = connectTimeoutOption();
    parser.addOptions({migrationsOption, formatOption, outputOption, timeoutOption});
    if (const auto done = parseOrExit(parser, QStringLiteral("history"), arguments))
        return *done;

    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("markdown"))
        return reportError(QStringLiteral("Unknown format \"%1\": use text, json or markdown").arg(format));
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return reportError(QStringLiteral("history needs at least one database: parity-cli history SPEC [SPEC...]"));
    const auto timeout = connectTimeout(parser, timeoutOption);
    if (!timeout)
        return reportError(timeout.error());

    QList<ConnectionSpec> specs;
    QStringList names;
    QString folderPath = parser.value(migrationsOption);
    for (const QString &argument : positional) {
        const auto [label, text] = splitLabel(argument);
        auto spec = specFromArgument(text, *timeout);
        if (!spec)
            return reportError(spec.error());
        if (folderPath.isEmpty())
            folderPath = profileMigrationsFolder(text);
        names.append(!label.isEmpty()                 ? label
                     : text.startsWith(QLatin1Char('@')) ? text.mid(1)
                                                         : spec->databaseName());
        specs.append(*spec);
    }
    names = distinctNames(names, specs);

    auto folder = readFolder(folderPath);
    if (!folder)
        return reportError(folder.error());
    auto histories = readHistories(specs, names);
    if (!histories)
        return reportError(histories.error());

    const HistoryMatrix matrix = buildHistoryMatrix(*histories, *folder);
    QByteArray data;
    if (format == QLatin1String("json"))
        data = historyJson(matrix);
    else if (format == QLatin1String("markdown"))
        data = historyMarkdown(matrix).toUtf8();
    else
        data = historyText(matrix).toUtf8();
    if (auto written = writeOutput(parser.value(outputOption), data); !written)
        return reportError(written.error());
    return matrix.allAgree() ? ExitSuccess : ExitDifferences;
}

} // namespace parity::cli
