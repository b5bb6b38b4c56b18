#include "roundtrip.h"

#include "serverdescription.h"

#include "common/jobcontext.h"
#include "connection/databasesession.h"
#include "diff/diffreport.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "migration/planner.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace parity::test {

namespace {

Result<Catalog> read(const ConnectionSpec &spec)
{
    IntrospectionOptions options;
    options.exactRowCounts = true;
    JobContext quiet;
    return inspect(spec, options, quiet);
}

QString differences(const Catalog &actual, const Catalog &expected)
{
    // PostgreSQL plans leave column order as it is (no ALTER moves a
    // column) and say so in the script; the comparison leaves it out there.
    DiffOptions options;
    options.ignoreColumnOrder = expected.dialect == Dialect::PostgreSQL;
    const SchemaDiff diff = compareCatalogs(actual, expected, options);
    if (diff.isEmpty())
        return {};
    QStringList lines;
    for (const ObjectChange &c : diff.changes) {
        QString line = changeKindKey(c.change) + QLatin1Char(' ') + objectKindKey(c.kind) + QLatin1Char(' ') + c.path();
        for (const FieldChange &f : c.fields)
            line += QStringLiteral(" [%1: %2 -> %3]").arg(f.field, f.from.left(80), f.to.left(80));
        lines << line;
    }
    return lines.join(QStringLiteral("; "));
}

/// Where two server descriptions part: empty when equal, else the first
/// line that differs on each side.
QString firstDifference(const Result<QString> &actual, const Result<QString> &expected)
{
    if (!actual || !expected)
        return QStringLiteral("could not describe: ") + (!actual ? actual.error().message : expected.error().message);
    if (*actual == *expected)
        return {};
    const QStringList a = actual->split(QLatin1Char('\n'));
    const QStringList e = expected->split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QString x = i < a.size() ? a.at(i) : QStringLiteral("(nothing)");
        const QString y = i < e.size() ? e.at(i) : QStringLiteral("(nothing)");
        if (x != y)
            return QStringLiteral("server says: %1 / expected: %2").arg(x.left(160), y.left(160));
    }
    return {};
}

/// Tables both catalogs have whose exact row counts differ.
QString lostRows(const Catalog &before, const Catalog &after)
{
    QStringList lost;
    for (const Schema &s : before.schemas) {
        for (const Table &t : s.tables) {
            const Table *now = after.table(s.name, t.name);
            if (now && t.rowCount >= 0 && now->rowCount >= 0 && now->rowCount != t.rowCount)
                lost << QStringLiteral("%1.%2 had %3 rows, has %4").arg(s.name, t.name).arg(t.rowCount).arg(now->rowCount);
        }
    }
    return lost.join(QStringLiteral("; "));
}

} // namespace

RoundTrip::RoundTrip(Dialect dialect, const QString &prefix)
    : m_dialect(dialect)
    , m_prefix(prefix)
{
}

Result<ConnectionSpec> RoundTrip::scratch(const QString &suffix)
{
    if (m_dialect == Dialect::SQLite) {
        ConnectionSpec spec;
        spec.kind = ConnectionSpec::Kind::SQLite;
        spec.path = scratchSqlitePath(m_prefix + suffix + QStringLiteral(".db"));
        // An empty FROM is still a database: the file has to exist.
        if (auto made = runSql(spec, QStringLiteral("PRAGMA user_version = 0;")); !made)
            return std::unexpected(made.error());
        return spec;
    }
    return createScratchDatabase(m_dialect, m_prefix + suffix);
}

Result<void> RoundTrip::load(const ConnectionSpec &spec, const QString &sql)
{
    if (sql.trimmed().isEmpty())
        return {};
    if (m_dialect != Dialect::MySQL)
        return runSql(spec, sql);
    // Corpus SQL for MySQL writes trigger and routine bodies without
    // DELIMITER lines, which the client cannot read; the server can, when
    // the whole text goes in one multi-statement call (Qt's driver always
    // connects with CLIENT_MULTI_STATEMENTS).
    const QString name = QStringLiteral("roundtrip-load-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        db.setHostName(spec.effectiveHost());
        db.setPort(spec.effectivePort());
        db.setUserName(spec.effectiveUser());
        db.setPassword(spec.password);
        db.setDatabaseName(spec.database);
        if (!db.open()) {
            result = fail(Error::Code::ConnectionFailed, db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SET NAMES utf8mb4")))
                result = fail(Error::Code::QueryFailed, query.lastError().text());
            else if (!query.exec(sql))
                result = fail(Error::Code::QueryFailed, query.lastError().text());
            else {
                while (query.nextResult()) {
                }
                if (query.lastError().isValid())
                    result = fail(Error::Code::QueryFailed, query.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

RoundTripOutcome RoundTrip::run(const RoundTripCase &c)
{
    RoundTripOutcome out;
    auto fromSpec = scratch(QStringLiteral("_f"));
    auto toSpec = scratch(QStringLiteral("_t"));
    if (!fromSpec || !toSpec) {
        out.loadError = (!fromSpec ? fromSpec.error() : toSpec.error()).message;
        return out;
    }
    for (const auto &[spec, setup, sql] : {std::tuple{*fromSpec, c.fromSetupSql, c.fromSql},
                                           std::tuple{*toSpec, c.toSetupSql, c.toSql}}) {
        if (auto r = load(spec, setup); !r) {
            out.loadError = r.error().message;
            return out;
        }
        if (auto r = load(spec, sql); !r) {
            out.loadError = r.error().message;
            return out;
        }
    }
    auto from = read(*fromSpec);
    auto to = read(*toSpec);
    if (!from || !to) {
        out.loadError = (!from ? from.error() : to.error()).message;
        return out;
    }
    out.loaded = true;
    const Result<QString> fromDescribed = serverDescription(*fromSpec);
    const Result<QString> toDescribed = serverDescription(*toSpec);

    auto plans = planMigration(*from, *to, c.options);
    if (!plans) {
        out.forwardProblem = QStringLiteral("planning failed: ") + plans.error().message;
        out.rollbackProblem = out.forwardProblem;
        return out;
    }
    // The probes run on FROM as plan does; a probe that fails is a defect.
    {
        auto session = DatabaseSession::open(*fromSpec, DatabaseSession::Access::ReadOnly);
        if (!session) {
            out.forwardProblem = QStringLiteral("opening FROM to measure hazards: ") + session.error().message;
            return out;
        }
        JobContext quiet;
        if (auto measured = measureHazards(plans->forward.hazards, **session, quiet); !measured) {
            out.forwardProblem = QStringLiteral("measuring hazards failed: ") + measured.error().message;
            return out;
        }
    }
    settleIrreversibility(*plans);
    out.hazards = plans->forward.hazards;
    out.forwardScript = planScript(plans->forward);
    out.rollbackScript = planScript(plans->rollback);

    if (auto applied = runSql(*fromSpec, out.forwardScript); !applied) {
        out.forwardProblem = QStringLiteral("forward script failed: ") + applied.error().message;
        out.rollbackProblem = QStringLiteral("not run: the forward script failed");
        return out;
    }
    auto afterForward = read(*fromSpec);
    if (!afterForward) {
        out.forwardProblem = afterForward.error().message;
        return out;
    }
    out.forwardProblem = differences(*afterForward, *to);
    if (out.forwardProblem.isEmpty()) {
        out.forwardProblem = lostRows(*from, *afterForward);
        if (!out.forwardProblem.isEmpty())
            out.forwardProblem.prepend(QStringLiteral("rows lost: "));
    } else {
        out.forwardProblem.prepend(QStringLiteral("left after the forward script: "));
    }
    out.forwardOk = out.forwardProblem.isEmpty();
    out.oracleForward = firstDifference(serverDescription(*fromSpec), toDescribed);

    if (auto applied = runSql(*fromSpec, out.rollbackScript); !applied) {
        out.rollbackProblem = QStringLiteral("rollback script failed: ") + applied.error().message;
        return out;
    }
    auto afterRollback = read(*fromSpec);
    if (!afterRollback) {
        out.rollbackProblem = afterRollback.error().message;
        return out;
    }
    out.oracleRollback = firstDifference(serverDescription(*fromSpec), fromDescribed);
    out.rollbackProblem = differences(*afterRollback, *from);
    if (!out.rollbackProblem.isEmpty())
        out.rollbackProblem.prepend(QStringLiteral("left after the rollback script: "));
    out.rollbackOk = out.rollbackProblem.isEmpty();
    return out;
}

} // namespace parity::test
