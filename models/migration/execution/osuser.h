#pragma once

#include <QString>

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

} // namespace parity
