#pragma once

#include "common/error.h"

#include <QHash>
#include <QString>

#include <functional>

namespace parity {

/// Where profile passwords are kept, outside the profile file. The API is
/// asynchronous because the system keychain answers over D-Bus (and may ask
/// the user to unlock it); every callback runs on the caller's thread, and a
/// store may call it before the request function returns.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// Gives the saved password, or an empty string when none is saved
    /// (that is not an error). An error means the store itself failed.
    virtual void readPassword(const QString &profile,
                              std::function<void(Result<QString>)> done) = 0;
    virtual void writePassword(const QString &profile, const QString &password,
                               std::function<void(Result<void>)> done) = 0;
    /// Deleting a password that is not there succeeds.
    virtual void deletePassword(const QString &profile, std::function<void(Result<void>)> done) = 0;
};

/// Passwords in memory only, answered synchronously. It is the per-session
/// cache of PasswordProvider and, with setFailing(), the tests' stand-in for
/// a keychain that has no secret service behind it.
class MemorySecretStore : public SecretStore
{
public:
    void readPassword(const QString &profile, std::function<void(Result<QString>)> done) override;
    void writePassword(const QString &profile, const QString &password,
                       std::function<void(Result<void>)> done) override;
    void deletePassword(const QString &profile, std::function<void(Result<void>)> done) override;

    /// While failing, every request fails the way QtKeychain does with no
    /// secret service, and nothing is read or kept.
    void setFailing(bool failing) { m_failing = failing; }
    bool isFailing() const { return m_failing; }

    /// Synchronous access, for the cache and for tests. contains() tells an
    /// empty saved password from none.
    bool contains(const QString &profile) const { return m_passwords.contains(profile); }
    QString password(const QString &profile) const { return m_passwords.value(profile); }
    void insert(const QString &profile, const QString &password)
    {
        m_passwords.insert(profile, password);
    }
    void remove(const QString &profile) { m_passwords.remove(profile); }
    qsizetype size() const { return m_passwords.size(); }

private:
    Error failure() const;

    QHash<QString, QString> m_passwords;
    bool m_failing = false;
};

} // namespace parity
