#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

namespace parity {

namespace {

QString service()
{
    return QString::fromLatin1(KeychainSecretStore::serviceName);
}

// Marked with QT_TRANSLATE_NOOP for lupdate: this class is no QObject.
QString translate(const char *text)
{
    return QCoreApplication::translate("parity::KeychainSecretStore", text);
}

/// `message` has %1 for the profile and %2 for QtKeychain's own text, which
/// says what went wrong with the keychain and never holds the secret.
Error keychainError(const QKeychain::Job &job, const QString &message, const QString &profile)
{
    const Error::Code code =
        job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented
            ? Error::Code::Unsupported
            : Error::Code::Io;
    return Error::make(code, message.arg(profile, job.errorString()));
}

/// Jobs delete themselves after finished(); the callback runs on the thread
/// that started the job, as SecretStore promises.
void prepare(QKeychain::Job *job, const QString &profile)
{
    job->setAutoDelete(true);
    // Never trade the keychain for a plain-text settings file.
    job->setInsecureFallback(false);
    job->setKey(profile);
}

} // namespace

void KeychainSecretStore::readPassword(const QString &profile,
                                       std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    prepare(job, profile);
    QObject::connect(
        job, &QKeychain::Job::finished, job,
        [done = std::move(done), profile, job](QKeychain::Job *) {
            if (!done)
                return;
            if (job->error() == QKeychain::NoError)
                done(job->textData());
            else if (job->error() == QKeychain::EntryNotFound)
                done(QString());
            else
                done(std::unexpected(keychainError(
                    *job,
                    translate(QT_TRANSLATE_NOOP(
                        "parity::KeychainSecretStore",
                        "Could not read the password of profile %1 from the system keychain: %2")),
                    profile)));
        });
    job->start();
}

void KeychainSecretStore::writePassword(const QString &profile, const QString &password,
                                        std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    prepare(job, profile);
    job->setTextData(password);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done), profile](QKeychain::Job *j) {
            if (!done)
                return;
            if (j->error() == QKeychain::NoError)
                done({});
            else
                done(std::unexpected(keychainError(
                    *j,
                    translate(QT_TRANSLATE_NOOP(
                        "parity::KeychainSecretStore",
                        "Could not save the password of profile %1 in the system keychain: %2")),
                    profile)));
        });
    job->start();
}

void KeychainSecretStore::deletePassword(const QString &profile,
                                         std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    prepare(job, profile);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done), profile](QKeychain::Job *j) {
            if (!done)
                return;
            if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
                done({});
            else
                done(std::unexpected(
                    keychainError(*j,
                                  translate(
                                      QT_TRANSLATE_NOOP("parity::KeychainSecretStore",
                                                        "Could not delete the password of profile "
                                                        "%1 from the system keychain: %2")),
                                  profile)));
        });
    job->start();
}

} // namespace parity
