#pragma once

#include "connection/connectionspec.h"
#include "migration/migrationplan.h"
#include "schema/dialect.h"

#include <QString>

namespace parity::test {

/// One FROM/TO pair to plan and apply.
struct RoundTripCase
{
    QString name;
    QString fromSql;
    QString toSql;
    PlanOptions options;
    /// Run in FROM's and TO's database before the case's own SQL (schemas a
    /// corpus takes for granted).
    QString fromSetupSql;
    QString toSetupSql;
};

/// What happened to one case. `loaded` false: the case's own SQL does not
/// load on this server, and the case says nothing about Parity.
struct RoundTripOutcome
{
    bool loaded = false;
    QString loadError;
    bool forwardOk = false;
    QString forwardProblem;  ///< the client's error, or the differences left
    bool rollbackOk = false;
    QString rollbackProblem;
    QString forwardScript;
    QString rollbackScript;
    QList<Hazard> hazards;   ///< the forward plan's, measured on FROM
    /// The server's own word (serverDescription), independent of Parity's
    /// comparison: empty when FROM after the forward script is described as
    /// TO is (and after the rollback as FROM was); else the first line
    /// that differs, "server says: <actual> / expected: <expected>".
    QString oracleForward;
    QString oracleRollback;
};

/// Loads FROM and TO into scratch databases of the test server, plans,
/// applies the forward script to FROM with the dialect's own client,
/// compares with TO (must be equal, and every table both sides have keeps
/// its rows), applies the rollback script and compares with FROM as it was.
class RoundTrip
{
public:
    /// `prefix` names the scratch databases (unique per test binary).
    RoundTrip(Dialect dialect, const QString &prefix);

    RoundTripOutcome run(const RoundTripCase &roundTripCase);

private:
    Result<ConnectionSpec> scratch(const QString &suffix);
    Result<void> load(const ConnectionSpec &spec, const QString &sql);

    Dialect m_dialect;
    QString m_prefix;
};

} // namespace parity::test
