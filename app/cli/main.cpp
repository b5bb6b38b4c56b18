// parity-cli: the headless side of Parity, for scripts and CI.
#include "clicommon.h"
#include "applycommand.h"
#include "diffcommand.h"
#include "historycommand.h"
#include "inspectcommand.h"
#include "plancommand.h"
#include "rollbackcommand.h"
#include "runscommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

const char *const kUsage =
    "Usage: parity-cli COMMAND [options]\n"
    "\n"
    "Parity compares database schemas and plans, applies and rolls back the changes\n"
    "between them: PostgreSQL, MySQL/MariaDB and SQLite.\n"
    "\n"
    "Commands:\n"
    "  inspect SPEC      Read a database's structure; print a summary or a JSON snapshot\n"
    "  diff FROM TO      List what turns FROM (will change) into TO (desired state)\n"
    "  plan FROM TO      Write the SQL that turns FROM into TO, its rollback and hazards\n"
    "  apply FROM        Apply a plan or script with a backup, confirmation, verification and audit\n"
    "  rollback FROM     Undo an apply run: its reverse script, or a restore of its backup\n"
    "  runs [RUN_ID]     List the applies and rollbacks recorded on this machine\n"
    "  history SPEC...   Which framework migrations each database ran, side by side\n"
    "\n"
    "A SPEC names a database or a snapshot of one:\n"
    "  postgresql://user:pass@host:5432/db?sslmode=require   (also postgres://, ?host=/socket/dir)\n"
    "  mysql://user:pass@host:3306/db   mariadb://…           (?socket=/path for a unix socket)\n"
    "  sqlite:path/to/file.db, or a path ending in .db, .sqlite or .sqlite3\n"
    "  file.parity.json                   a snapshot written by parity-cli inspect --format json\n"
    "  @name                              a profile saved in Parity\n"
    "Passwords may also come from PGPASSWORD or ~/.pgpass (PostgreSQL) and MYSQL_PWD (MySQL).\n"
    "\n"
    "Exit codes: 0 success, 1 differences found, 2 error, 3 refused.\n"
    "Run 'parity-cli COMMAND --help' for a command's options.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parity-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("parity"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARITY_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        std::fputs(kUsage, stderr);
        return parity::cli::ExitError;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        std::fputs(kUsage, stdout);
        return parity::cli::ExitSuccess;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::fputs("parity-cli " PARITY_VERSION "\n", stdout);
        return parity::cli::ExitSuccess;
    }
    if (command == QLatin1String("inspect"))
        return parity::cli::runInspect(args);
    if (command == QLatin1String("diff"))
        return parity::cli::runDiff(args);
    if (command == QLatin1String("plan"))
        return parity::cli::runPlan(args);
    if (command == QLatin1String("apply"))
        return parity::cli::runApply(args);
    if (command == QLatin1String("rollback"))
        return parity::cli::runRollback(args);
    if (command == QLatin1String("runs"))
        return parity::cli::runRuns(args);
    if (command == QLatin1String("history"))
        return parity::cli::runHistory(args);
    return parity::cli::reportError(
        QStringLiteral("Unknown command \"%1\": run parity-cli --help for the list").arg(command));
}
