#pragma once

#include "connection/secretstore.h"

namespace parity {

/// Profile passwords in the system keychain (Secret Service, KWallet, macOS
/// Keychain, Windows Credential Store) through QtKeychain, under the service
/// name "parity" with the profile name as key. It never falls back to a
/// plain-text file: with no secret service every request fails, and
/// PasswordProvider asks the user instead.
class KeychainSecretStore : public SecretStore
{
public:
    static constexpr const char *serviceName = "parity";

    void readPassword(const QString &profile, std::function<void(Result<QString>)> done) override;
    void writePassword(const QString &profile, const QString &password,
                       std::function<void(Result<void>)> done) override;
    void deletePassword(const QString &profile, std::function<void(Result<void>)> done) override;
};

} // namespace parity
