// Secret stores and the password provider: the in-memory store, the
// keychain store's contract, and the order cache -> keychain -> ask once.
#include "connection/secretstore.h"
#include "keychainsecretstore.h"
#include "passwordprovider.h"

#include <QSignalSpy>
#include <QTest>

using namespace parity;

namespace {

/// Waits for an asynchronous SecretStore answer (the memory store answers at once).
template<typename T>
Result<T> await(const std::function<void(std::function<void(Result<T>)>)> &request)
{
    std::optional<Result<T>> answer;
    request([&](Result<T> r) { answer = std::move(r); });
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, 20000);
    if (!answer)
        return fail(Error::Code::Internal, QStringLiteral("the store never answered"));
    return *answer;
}

struct CountingAsker
{
    int calls = 0;
    std::optional<QString> answer = QStringLiteral("typed-pw");
    QString lastPrompt;
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryStoreRoundTrip();
    void memoryStoreFailing();
    void keychainStoreKeepsItsContract();
    void providerPrefersSessionThenStore();
    void providerAsksOncePerSessionWhenStoreFails();
    void providerAsksWhenStoreHasNothing();
    void cancelledQuestionIsAskedAgain();
    void concurrentRequestsShareOneQuestion();
    void rememberFallsBackToSession();
    void forgetRemovesEverywhere();
};

void TestSecretStore::memoryStoreRoundTrip()
{
    MemorySecretStore store;
    bool called = false;
    store.readPassword(QStringLiteral("a"), [&](Result<QString> r) {
        called = true;
        QVERIFY(r);
        QCOMPARE(*r, QString());
    });
    QVERIFY(called); // synchronous
    store.writePassword(QStringLiteral("a"), QStringLiteral("pw"),
                        [](Result<void> r) { QVERIFY(r); });
    QCOMPARE(store.password(QStringLiteral("a")), QStringLiteral("pw"));
    store.readPassword(QStringLiteral("a"), [](Result<QString> r) {
        QCOMPARE(r.value_or(QString()), QStringLiteral("pw"));
    });
    store.deletePassword(QStringLiteral("a"), [](Result<void> r) { QVERIFY(r); });
    QVERIFY(!store.contains(QStringLiteral("a")));
    store.deletePassword(QStringLiteral("a"), [](Result<void> r) { QVERIFY(r); }); // absent is fine
    store.writePassword(QStringLiteral("b"), QStringLiteral("x"), {}); // no callback is fine
    QCOMPARE(store.size(), 1);
}

void TestSecretStore::memoryStoreFailing()
{
    MemorySecretStore store;
    store.insert(QStringLiteral("a"), QStringLiteral("pw"));
    store.setFailing(true);
    int failures = 0;
    store.readPassword(QStringLiteral("a"), [&](Result<QString> r) { failures += !r; });
    store.writePassword(QStringLiteral("b"), QStringLiteral("pw2"), [&](Result<void> r) {
        failures += !r;
        QVERIFY(!r.error().message.contains(QStringLiteral("pw2")));
    });
    store.deletePassword(QStringLiteral("a"), [&](Result<void> r) { failures += !r; });
    QCOMPARE(failures, 3);
    QVERIFY(!store.contains(QStringLiteral("b")));
    QVERIFY(store.contains(QStringLiteral("a")));
}

void TestSecretStore::keychainStoreKeepsItsContract()
{
    // With a secret service this round-trips through it; without one (CI)
    // every call must still answer, with an error that has no password in it.
    KeychainSecretStore store;
    const QString key =
        QStringLiteral("tst_secretstore-%1").arg(QCoreApplication::applicationPid());
    const QString secret = QStringLiteral("kc-secret-%1").arg(QCoreApplication::applicationPid());
    const Result<void> written =
        await<void>([&](auto done) { store.writePassword(key, secret, done); });
    if (!written) {
        qInfo("No usable keychain here: %s", qPrintable(written.error().message));
        QVERIFY(!written.error().message.isEmpty());
        QVERIFY(!written.error().message.contains(secret));
        const Result<QString> read =
            await<QString>([&](auto done) { store.readPassword(key, done); });
        QVERIFY(!read || read->isEmpty());
        return;
    }
    const Result<QString> read = await<QString>([&](auto done) { store.readPassword(key, done); });
    QVERIFY(read);
    QCOMPARE(*read, secret);
    QVERIFY(await<void>([&](auto done) { store.deletePassword(key, done); }));
    const Result<QString> gone = await<QString>([&](auto done) { store.readPassword(key, done); });
    QVERIFY(gone);
    QCOMPARE(*gone, QString());
}

void TestSecretStore::providerPrefersSessionThenStore()
{
    MemorySecretStore keychain;
    keychain.insert(QStringLiteral("staging"), QStringLiteral("from-keychain"));
    PasswordProvider provider(&keychain, nullptr);
    int asked = 0;
    provider.setAsker([&](const QString &, const QString &) -> std::optional<QString> {
        ++asked;
        return QStringLiteral("typed");
    });
    std::optional<QString> got;
    provider.passwordFor(QStringLiteral("staging"), QStringLiteral("postgresql://app@db/shop"),
                         [&](std::optional<QString> pw) { got = pw; });
    QCOMPARE(got, std::optional<QString>(QStringLiteral("from-keychain")));
    QCOMPARE(asked, 0);
    // Cached for the session: a keychain change later is not re-read.
    keychain.insert(QStringLiteral("staging"), QStringLiteral("changed"));
    provider.passwordFor(QStringLiteral("staging"), QString(),
                         [&](std::optional<QString> pw) { got = pw; });
    QCOMPARE(got, std::optional<QString>(QStringLiteral("from-keychain")));
    QString stored;
    provider.storedPassword(QStringLiteral("staging"), [&](QString pw) { stored = pw; });
    QCOMPARE(stored, QStringLiteral("from-keychain"));
    QCOMPARE(asked, 0);
    QCOMPARE(provider.storeError(), QString());
}

void TestSecretStore::providerAsksOncePerSessionWhenStoreFails()
{
    MemorySecretStore keychain;
    keychain.setFailing(true);
    PasswordProvider provider(&keychain, nullptr);
    QSignalSpy storeFailed(&provider, &PasswordProvider::storeFailed);
    int asked = 0;
    QString prompt;
    provider.setAsker([&](const QString &, const QString &p) -> std::optional<QString> {
        ++asked;
        prompt = p;
        return QStringLiteral("typed");
    });
    for (int i = 0; i < 3; ++i) {
        std::optional<QString> got;
        provider.passwordFor(QStringLiteral("staging"), QStringLiteral("postgresql://app@host/db"),
                             [&](std::optional<QString> pw) { got = pw; });
        QCOMPARE(got, std::optional<QString>(QStringLiteral("typed")));
    }
    QCOMPARE(asked, 1);
    QCOMPARE(prompt, QStringLiteral("Password for @staging (postgresql://app@host/db)"));
    QCOMPARE(storeFailed.count(), 1);
    QVERIFY(!provider.storeError().isEmpty());
    QVERIFY(!keychain.contains(QStringLiteral("staging")));
}

void TestSecretStore::providerAsksWhenStoreHasNothing()
{
    MemorySecretStore keychain;
    PasswordProvider provider(&keychain, nullptr);
    int asked = 0;
    provider.setAsker([&](const QString &, const QString &) -> std::optional<QString> {
        ++asked;
        return QString(); // a login without password is an answer too
    });
    std::optional<QString> got;
    provider.passwordFor(QStringLiteral("dev"), QString(),
                         [&](std::optional<QString> pw) { got = pw; });
    provider.passwordFor(QStringLiteral("dev"), QString(),
                         [&](std::optional<QString> pw) { got = pw; });
    QCOMPARE(got, std::optional<QString>(QString()));
    QCOMPARE(asked, 1);
    // What the user typed is for this session only: nothing reaches the keychain.
    QCOMPARE(keychain.size(), 0);
}

void TestSecretStore::cancelledQuestionIsAskedAgain()
{
    MemorySecretStore keychain;
    PasswordProvider provider(&keychain, nullptr);
    int asked = 0;
    provider.setAsker([&](const QString &, const QString &) -> std::optional<QString> {
        return ++asked == 1 ? std::nullopt : std::optional<QString>(QStringLiteral("second"));
    });
    std::optional<QString> got = QStringLiteral("unset");
    provider.passwordFor(QStringLiteral("p"), QString(),
                         [&](std::optional<QString> pw) { got = pw; });
    QCOMPARE(got, std::nullopt);
    provider.passwordFor(QStringLiteral("p"), QString(),
                         [&](std::optional<QString> pw) { got = pw; });
    QCOMPARE(got, std::optional<QString>(QStringLiteral("second")));
    QCOMPARE(asked, 2);
}

void TestSecretStore::concurrentRequestsShareOneQuestion()
{
    MemorySecretStore keychain;
    PasswordProvider provider(&keychain, nullptr);
    int asked = 0;
    QStringList answers;
    provider.setAsker([&](const QString &, const QString &) -> std::optional<QString> {
        ++asked;
        // While the (modal) question is open, another part of the window
        // wants the same password.
        provider.passwordFor(QStringLiteral("p"), QString(), [&](std::optional<QString> pw) {
            answers << QStringLiteral("inner:") + pw.value_or(QString());
        });
        return QStringLiteral("pw");
    });
    provider.passwordFor(QStringLiteral("p"), QString(), [&](std::optional<QString> pw) {
        answers << QStringLiteral("outer:") + pw.value_or(QString());
    });
    QCOMPARE(asked, 1);
    QCOMPARE(answers, (QStringList{QStringLiteral("outer:pw"), QStringLiteral("inner:pw")}));
}

void TestSecretStore::rememberFallsBackToSession()
{
    MemorySecretStore keychain;
    PasswordProvider provider(&keychain, nullptr);
    provider.setAsker(
        [](const QString &, const QString &) -> std::optional<QString> { return std::nullopt; });
    std::optional<bool> kept;
    provider.remember(QStringLiteral("a"), QStringLiteral("pw-a"), [&](bool k) { kept = k; });
    QCOMPARE(kept, std::optional<bool>(true));
    QCOMPARE(keychain.password(QStringLiteral("a")), QStringLiteral("pw-a"));

    keychain.setFailing(true);
    provider.remember(QStringLiteral("b"), QStringLiteral("pw-b"), [&](bool k) { kept = k; });
    QCOMPARE(kept, std::optional<bool>(false));
    std::optional<QString> got;
    provider.passwordFor(QStringLiteral("b"), QString(),
                         [&](std::optional<QString> pw) { got = pw; });
    QCOMPARE(got, std::optional<QString>(QStringLiteral("pw-b")));
}

void TestSecretStore::forgetRemovesEverywhere()
{
    MemorySecretStore keychain;
    PasswordProvider provider(&keychain, nullptr);
    int asked = 0;
    provider.setAsker([&](const QString &, const QString &) -> std::optional<QString> {
        ++asked;
        return std::nullopt;
    });
    provider.remember(QStringLiteral("a"), QStringLiteral("pw"));
    bool forgotten = false;
    provider.forget(QStringLiteral("a"), [&] { forgotten = true; });
    QVERIFY(forgotten);
    QVERIFY(!keychain.contains(QStringLiteral("a")));
    std::optional<QString> got = QStringLiteral("unset");
    provider.passwordFor(QStringLiteral("a"), QString(),
                         [&](std::optional<QString> pw) { got = pw; });
    QCOMPARE(asked, 1);
    QCOMPARE(got, std::nullopt);
}

QTEST_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
