#include "passwordprovider.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QWidget>

namespace parity {

PasswordProvider::PasswordProvider(SecretStore *store, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_dialogParent(dialogParent)
{
}

QString PasswordProvider::promptFor(const QString &profileName, const QString &display)
{
    return tr("Password for @%1 (%2)").arg(profileName, display);
}

void PasswordProvider::passwordFor(const QString &profileName, const QString &display,
                                   std::function<void(std::optional<QString>)> done)
{
    if (m_session.contains(profileName)) {
        if (done)
            done(m_session.password(profileName));
        return;
    }
    // Someone already waits for this profile (the keychain is answering or
    // the user is being asked): share that answer.
    if (auto it = m_waiting.find(profileName); it != m_waiting.end()) {
        it->push_back(std::move(done));
        return;
    }
    m_waiting[profileName].push_back(std::move(done));

    QPointer<PasswordProvider> self(this);
    m_store->readPassword(profileName, [self, profileName, display](Result<QString> stored) {
        if (!self)
            return;
        if (stored && !stored->isEmpty()) {
            self->m_session.insert(profileName, *stored);
            const auto waiting = self->m_waiting.take(profileName);
            for (const auto &callback : waiting) {
                if (callback)
                    callback(*stored);
            }
            return;
        }
        if (!stored)
            self->noteStoreFailure(stored.error());
        self->ask(profileName, display);
    });
}

void PasswordProvider::ask(const QString &profileName, const QString &display)
{
    const QString prompt = promptFor(profileName, display);
    const std::optional<QString> answer =
        m_asker ? m_asker(profileName, prompt) : askWithDialog(prompt);
    // A cancelled question is asked again next time; an answer is kept for
    // the session, in memory only.
    if (answer)
        m_session.insert(profileName, *answer);
    const auto waiting = m_waiting.take(profileName);
    for (const auto &callback : waiting) {
        if (callback)
            callback(answer);
    }
}

std::optional<QString> PasswordProvider::askWithDialog(const QString &prompt) const
{
    bool ok = false;
    const QString password = QInputDialog::getText(m_dialogParent, tr("Password"), prompt,
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

void PasswordProvider::storedPassword(const QString &profileName, std::function<void(QString)> done)
{
    if (m_session.contains(profileName)) {
        if (done)
            done(m_session.password(profileName));
        return;
    }
    QPointer<PasswordProvider> self(this);
    m_store->readPassword(profileName,
                          [self, profileName, done = std::move(done)](Result<QString> stored) {
                              QString password;
                              if (stored && !stored->isEmpty()) {
                                  password = *stored;
                                  if (self)
                                      self->m_session.insert(profileName, password);
                              } else if (!stored && self) {
                                  self->noteStoreFailure(stored.error());
                              }
                              if (done)
                                  done(password);
                          });
}

void PasswordProvider::remember(const QString &profileName, const QString &password,
                                std::function<void(bool)> done)
{
    m_session.insert(profileName, password);
    QPointer<PasswordProvider> self(this);
    m_store->writePassword(profileName, password,
                           [self, done = std::move(done)](Result<void> written) {
                               if (!written && self)
                                   self->noteStoreFailure(written.error());
                               if (done)
                                   done(bool(written));
                           });
}

void PasswordProvider::forget(const QString &profileName, std::function<void()> done)
{
    m_session.remove(profileName);
    QPointer<PasswordProvider> self(this);
    m_store->deletePassword(profileName, [self, done = std::move(done)](Result<void> deleted) {
        if (!deleted && self)
            self->noteStoreFailure(deleted.error());
        if (done)
            done();
    });
}

void PasswordProvider::noteStoreFailure(const Error &error)
{
    const bool first = m_storeError.isEmpty();
    m_storeError = error.message;
    if (first)
        Q_EMIT storeFailed(error.message);
}

} // namespace parity
