#include "secretstore.h"

#include <type_traits>

namespace parity {

namespace {

// A caller that does not care about the outcome may pass an empty function.
template<typename T>
void answer(const std::function<void(Result<T>)> &done, std::type_identity_t<Result<T>> result)
{
    if (done)
        done(std::move(result));
}

} // namespace

Error MemorySecretStore::failure() const
{
    return Error::make(Error::Code::Unsupported,
                       QStringLiteral(
                           "No secret service is available to keep passwords (is a keyring "
                           "such as GNOME Keyring or KWallet running?)"));
}

void MemorySecretStore::readPassword(const QString &profile,
                                     std::function<void(Result<QString>)> done)
{
    if (m_failing) {
        answer(done, std::unexpected(failure()));
        return;
    }
    answer(done, Result<QString>(m_passwords.value(profile)));
}

void MemorySecretStore::writePassword(const QString &profile, const QString &password,
                                      std::function<void(Result<void>)> done)
{
    if (m_failing) {
        answer(done, std::unexpected(failure()));
        return;
    }
    m_passwords.insert(profile, password);
    answer(done, Result<void>());
}

void MemorySecretStore::deletePassword(const QString &profile,
                                       std::function<void(Result<void>)> done)
{
    if (m_failing) {
        answer(done, std::unexpected(failure()));
        return;
    }
    m_passwords.remove(profile);
    answer(done, Result<void>());
}

} // namespace parity
