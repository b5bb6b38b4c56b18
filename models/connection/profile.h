#pragma once

#include <QString>

namespace parity {

/// A saved connection: a name, the connection spec without its password, and
/// the environment it belongs to. Passwords live in the system keychain, never
/// in the profile file.
struct Profile
{
    QString name;
    QString spec;          ///< a connection spec text with no password in it
    QString environment;   ///< dev, test, staging, uat, prod or a custom tag
    bool isProtected = false; ///< needs the stricter, typed confirmation before changes
    /// The project's migrations folder (or its root): what the migration
    /// history is checked against (pending migrations, files changed after
    /// they ran). Empty: none.
    QString migrationsFolder;

    bool operator==(const Profile &) const = default;
};

} // namespace parity
