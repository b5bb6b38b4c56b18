#pragma once

#include <QString>

namespace parity {

/// Returns `specText` (anything a person typed or saved as a connection
/// spec, whether it parses or not) with every part that may be a secret
/// replaced by ***, so that the text can be quoted in an error, a hint, a
/// log or a window title:
///  - the password of user:password@host, in any form: with or without a
///    scheme, with one slash after the scheme, with the '@' or ':' written
///    percent-encoded (everything from the first ':' of the user part to the
///    last '@' is masked, so a password holding ':', '@' or '/' goes whole);
///  - the value of every key that names a secret (password, passwd, pwd,
///    passphrase, secret; sslpassword and the like too) in a URL query
///    (?password=…&…) or a libpq conninfo string (password='a b' host=…).
/// Masks too much rather than too little: a text with no secret comes back
/// unchanged, and masking a masked text changes nothing.
QString maskSecrets(const QString &specText);

/// True when an option or conninfo key names a secret (password,
/// sslpassword, passwd, pwd, passphrase, secret; any case).
bool isSecretKey(const QString &key);

} // namespace parity
