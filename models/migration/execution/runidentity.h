#pragma once

#include "connection/connectionspec.h"
#include "runrecord.h"
#include "runstore.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace parity {

/// The operating-system user running Parity, for the audit log.
inline QString currentOsUser()
{
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

/// A record for a run of `kind` ("apply", "rollback") on `target` that
/// starts now: who, where, which Parity, which database (never a password).
inline RunRecord beginRunRecord(const QString &kind, const ConnectionSpec &target, const QString &profile,
                                const QString &environment)
{
    RunRecord record;
    record.kind = kind;
    record.user = currentOsUser();
    record.host = QSysInfo::machineHostName();
    record.parityVersion = QStringLiteral(PARITY_VERSION);
    record.target = target.display();
    record.targetName = target.databaseName();
    record.profile = profile;
    record.environment = environment;
    record.startedAt = QDateTime::currentDateTimeUtc();
    return record;
}

/// Ends `record` with `outcome` and writes it (when it is in the store):
/// how ApplyRun and RollbackRun stop a run before or after its change.
inline void endRunRecord(RunRecord &record, const RunStore &store, RunOutcome outcome, const QString &message)
{
    record.outcome = outcome;
    record.message = message;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    if (!record.id.isEmpty())
        (void)store.save(record);
}

/// Puts `record` into `store` (giving it an id) and takes its lock, which
/// this process then holds until the run ends (RunLock): the start of
/// every apply and rollback. A lock that cannot be taken ends the record.
inline Result<std::unique_ptr<RunLock>> beginHeldRun(RunRecord &record, RunStore &store)
{
    if (auto created = store.create(record); !created)
        return std::unexpected(created.error());
    auto lock = RunLock::acquire(store.folder(record.id));
    if (!lock)
        endRunRecord(record, store, RunOutcome::Failed, lock.error().message);
    return lock;
}

/// How a run ends when a phase fails with `error`: cancelled by the user,
/// or failed.
inline RunOutcome outcomeFor(const Error &error)
{
    return error.code == Error::Code::Cancelled ? RunOutcome::Cancelled : RunOutcome::Failed;
}

/// The typed confirmation: `typed` must be the target database's `name`
/// exactly. `action` says what it confirms ("apply", "roll back").
inline Result<void> checkConfirmation(const QString &typed, const QString &name, const QString &action)
{
    if (typed == name)
        return {};
    return fail(Error::Code::Refused,
                typed.isEmpty()
                    ? QStringLiteral("not confirmed: type the target database's name, %1, to %2").arg(name, action)
                    : QStringLiteral("not confirmed: \"%1\" is not the target database's name (%2); nothing was changed")
                          .arg(typed, name));
}

} // namespace parity
