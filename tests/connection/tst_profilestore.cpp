#include "connection/profilestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace parity;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndLoad();
    void migrationsFolderRoundTrip();
    void olderFileWithoutMigrationsFolder();
    void refusesPasswordInSpec();
    void resolvesProfileSpec();
    void unknownProfileIsClearError();
    void damagedFileIsNotOverwritten();
};

void TestProfileStore::saveAndLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/profiles.json"));
    ProfileStore store(path);
    QVERIFY(store.upsert({QStringLiteral("staging"), QStringLiteral("postgresql://app@staging/shop"),
                          QStringLiteral("staging"), false}));
    QVERIFY(store.upsert({QStringLiteral("prod"), QStringLiteral("postgresql://app@prod/shop"),
                          QStringLiteral("prod"), true}));
    QVERIFY(store.save());

    ProfileStore again(path);
    QVERIFY(again.load());
    QCOMPARE(again.profiles(), store.profiles());
    QVERIFY(again.find(QStringLiteral("prod"))->isProtected);
    QVERIFY(again.remove(QStringLiteral("prod")));
    QVERIFY(!again.find(QStringLiteral("prod")));
}

void TestProfileStore::migrationsFolderRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    ProfileStore store(path);
    Profile withFolder{QStringLiteral("staging"), QStringLiteral("postgresql://app@staging/shop"),
                       QStringLiteral("staging"), false};
    withFolder.migrationsFolder = QStringLiteral("/srv/wallet-api/migrations");
    QVERIFY(store.upsert(withFolder));
    QVERIFY(store.upsert({QStringLiteral("uat"), QStringLiteral("postgresql://app@uat/shop"), QStringLiteral("uat"), false}));
    QVERIFY(store.save());

    ProfileStore again(path);
    QVERIFY(again.load());
    QCOMPARE(again.find(QStringLiteral("staging"))->migrationsFolder, withFolder.migrationsFolder);
    QCOMPARE(again.find(QStringLiteral("uat"))->migrationsFolder, QString());
    QCOMPARE(again.profiles(), store.profiles());
}

void TestProfileStore::olderFileWithoutMigrationsFolder()
{
    // A file written before profiles had a migrations folder.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"profiles": [{"name": "uat", "spec": "sqlite:/tmp/uat.db", "environment": "uat", "protected": false}]})");
    file.close();
    ProfileStore store(path);
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().first().name, QStringLiteral("uat"));
    QVERIFY(store.profiles().first().migrationsFolder.isEmpty());
}

void TestProfileStore::refusesPasswordInSpec()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    const auto r = store.upsert({QStringLiteral("x"), QStringLiteral("postgresql://app:topsecret@h/db"), {}, false});
    QVERIFY(!r);
    QVERIFY(!r.error().message.contains(QStringLiteral("topsecret")));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::resolvesProfileSpec()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    ProfileStore store(path);
    QVERIFY(store.upsert({QStringLiteral("uat"), QStringLiteral("mysql://app@uat:3306/shop"), QStringLiteral("uat"), false}));
    QVERIFY(store.save());
    const auto spec = resolveProfile(*ConnectionSpec::parse(QStringLiteral("@uat")), path);
    QVERIFY(spec);
    QCOMPARE(spec->kind, ConnectionSpec::Kind::MySQL);
    QCOMPARE(spec->host, QStringLiteral("uat"));
}

void TestProfileStore::unknownProfileIsClearError()
{
    QTemporaryDir dir;
    const auto spec = resolveProfile(*ConnectionSpec::parse(QStringLiteral("@nope")),
                                     dir.filePath(QStringLiteral("profiles.json")));
    QVERIFY(!spec);
    QCOMPARE(spec.error().code, Error::Code::NotFound);
    QVERIFY(spec.error().message.contains(QStringLiteral("No saved profile named \"nope\"")));
}

void TestProfileStore::damagedFileIsNotOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    ProfileStore store(path);
    const auto r = store.load();
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Corrupt);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
