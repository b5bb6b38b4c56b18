#pragma once

#include "connection/secretstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace parity {

/// Finds the password of a saved profile: this session's memory first, then
/// the secret store (the system keychain), and only then the user, once per
/// session per profile. An answer the user typed stays in memory for the
/// session and is never written anywhere. Without a working keychain
/// (headless, no secret service) Parity therefore still works: it asks.
class PasswordProvider : public QObject
{
    Q_OBJECT

public:
    /// Asks the user for a password; std::nullopt when they cancel. The
    /// default shows a password QInputDialog over the parent widget; tests
    /// replace it to answer without a dialog.
    using Asker =
        std::function<std::optional<QString>(const QString &profileName, const QString &prompt)>;

    /// `store` is not owned and must outlive this; `dialogParent` (may be
    /// null) parents the password dialog.
    PasswordProvider(SecretStore *store, QWidget *dialogParent, QObject *parent = nullptr);

    /// Calls `done` with the password of `profileName` (possibly empty: a
    /// login without one), or std::nullopt when the user cancelled. `display`
    /// is the profile's spec without password, shown in the question.
    void passwordFor(const QString &profileName, const QString &display,
                     std::function<void(std::optional<QString>)> done);

    /// Like passwordFor() but never asks: the session's or the keychain's
    /// password, or an empty string.
    void storedPassword(const QString &profileName, std::function<void(QString)> done);

    /// Saves `password` in the secret store and in this session's memory.
    /// When the store fails, the password is kept for this session only and
    /// `done(false)` says so (nothing goes to a file).
    void remember(const QString &profileName, const QString &password,
                  std::function<void(bool keptInStore)> done = {});

    /// Removes the password from the store and from this session's memory.
    void forget(const QString &profileName, std::function<void()> done = {});

    void setAsker(Asker asker) { m_asker = std::move(asker); }

    /// The last failure of the secret store, empty while it works.
    QString storeError() const { return m_storeError; }

    /// The question the default asker shows.
    static QString promptFor(const QString &profileName, const QString &display);

Q_SIGNALS:
    /// The secret store failed for the first time this session (for example,
    /// no secret service is running): passwords are kept in memory only.
    void storeFailed(const QString &message);

private:
    void ask(const QString &profileName, const QString &display);
    void noteStoreFailure(const Error &error);
    std::optional<QString> askWithDialog(const QString &prompt) const;

    SecretStore *m_store = nullptr;   // not owned
    QPointer<QWidget> m_dialogParent; // not owned
    MemorySecretStore m_session;      // this session's passwords; never saved
    Asker m_asker;
    QString m_storeError;
    // Callers waiting while the user is being asked about a profile, so that
    // a second request during the dialog does not open a second one.
    QHash<QString, std::vector<std::function<void(std::optional<QString>)>>> m_waiting;
};

} // namespace parity
