#pragma once

#include <QString>

#include <expected>

namespace parity {

/// A failure a person can act on: what failed, on which object or connection,
/// and what to do about it. Never carries a password.
struct Error
{
    enum class Code {
        InvalidInput,     ///< a spec, option or file the user gave is malformed
        NotFound,         ///< a file, database or profile does not exist
        ConnectionFailed, ///< nothing listening, timeout, TLS, network
        AuthenticationFailed,
        QueryFailed,
        Corrupt,          ///< a file exists but is not what it claims to be
        Io,
        Cancelled,
        Refused,          ///< stopped on purpose before any change: drift, confirmation, data loss
        Unsupported,
        Internal,
    };

    Code code = Code::Internal;
    QString message;

    static Error make(Code code, const QString &message) { return Error{code, message}; }
};

template<typename T>
using Result = std::expected<T, Error>;

/// Shorthand for returning a failure from a function that returns Result<T>.
inline std::unexpected<Error> fail(Error::Code code, const QString &message)
{
    return std::unexpected(Error{code, message});
}

} // namespace parity
