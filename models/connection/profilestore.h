#pragma once

#include "common/error.h"
#include "connectionspec.h"
#include "profile.h"

#include <QList>
#include <QString>

namespace parity {

/// Saved profiles in a JSON file (by default $XDG_CONFIG_HOME/parity/profiles.json).
/// Loading a missing file gives an empty store; a damaged file is an error,
/// never silently replaced.
class ProfileStore
{
public:
    explicit ProfileStore(QString path = defaultPath());

    static QString defaultPath();

    [[nodiscard]] Result<void> load();
    [[nodiscard]] Result<void> save() const;

    const QList<Profile> &profiles() const { return m_profiles; }
    const Profile *find(const QString &name) const;

    /// Adds or replaces the profile with the same name. Refuses a spec that
    /// carries a password, so that none reaches the file.
    [[nodiscard]] Result<void> upsert(const Profile &profile);
    bool remove(const QString &name);

    QString path() const { return m_path; }

private:
    QString m_path;
    QList<Profile> m_profiles;
};

/// Turns an @name spec into the profile's own spec (anything else is returned
/// unchanged), reading the default store.
[[nodiscard]] Result<ConnectionSpec> resolveProfile(const ConnectionSpec &spec,
                                                    const QString &storePath = ProfileStore::defaultPath());

} // namespace parity
