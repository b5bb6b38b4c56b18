// The profiles dock under the offscreen platform, with a profile file in a
// temporary folder and an in-memory store standing in for the keychain:
// add, edit, duplicate, delete, test connections, and the password rules.
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "item/profilelistmodel.h"
#include "passwordprovider.h"
#include "profiledialog.h"
#include "profileitemdelegate.h"
#include "profilesdock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace parity;
using Kind = ConnectionSpec::Kind;

namespace {

/// What a test types into the profile dialog; unset fields stay as they are.
struct Form
{
    std::optional<QString> name;
    std::optional<QString> environment;
    std::optional<Kind> kind;
    std::optional<QString> host, port, database, user, password, path, migrations;
    std::optional<bool> isProtected;
};

template<typename W>
W *field(ProfileDialog &dialog, const char *name)
{
    W *w = dialog.findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s in the profile dialog", name);
    return w;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

void fill(ProfileDialog &dialog, const Form &form)
{
    if (form.kind) {
        auto *kind = field<QComboBox>(dialog, "kindCombo");
        kind->setCurrentIndex(kind->findData(int(*form.kind)));
    }
    if (form.name)
        typeInto(field<QLineEdit>(dialog, "nameEdit"), *form.name);
    if (form.environment)
        typeInto(field<QComboBox>(dialog, "environmentCombo")->lineEdit(), *form.environment);
    const std::pair<const std::optional<QString> *, const char *> edits[] =
        {{&form.host, "hostEdit"},         {&form.port, "portEdit"},
         {&form.database, "databaseEdit"}, {&form.user, "userEdit"},
         {&form.password, "passwordEdit"}, {&form.path, "pathEdit"},
         {&form.migrations, "migrationsEdit"}};
    for (const auto &[value, name] : edits) {
        if (*value)
            typeInto(field<QLineEdit>(dialog, name), **value);
    }
    if (form.isProtected)
        field<QCheckBox>(dialog, "protectedCheck")->setChecked(*form.isProtected);
}

QString makeSqliteFile(const QString &path)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot create %s", qPrintable(path));
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maker"));
    return path;
}

/// One dock over a profile file in a fresh folder, with every question
/// answered by the test.
struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("parity/profiles.json"));
    ProfileStore store{path};
    MemorySecretStore keychain;
    PasswordProvider provider{&keychain, nullptr};
    std::unique_ptr<ProfilesDock> dock;

    int asked = 0;
    std::optional<QString> answer = QStringLiteral("typed-pw");
    int confirmations = 0;
    bool confirmAnswer = true;
    QStringList errors;
    int dialogs = 0;
    std::function<bool(ProfileDialog &)> onDialog = [](ProfileDialog &) {
        return false;
    };

    Fixture()
    {
        provider.setAsker([this](const QString &, const QString &) {
            ++asked;
            return answer;
        });
        makeDock();
    }

    void makeDock()
    {
        dock = std::make_unique<ProfilesDock>(&store, &provider);
        dock->setDialogRunner([this](ProfileDialog &dialog) {
            ++dialogs;
            return onDialog(dialog);
        });
        dock->setConfirmer([this](const QString &, const QString &) {
            ++confirmations;
            return confirmAnswer;
        });
        dock->setErrorReporter(
            [this](const QString &, const QString &message) { errors << message; });
    }

    /// Adds a profile through the dock's dialog.
    bool add(const Form &form)
    {
        onDialog = [form](ProfileDialog &dialog) {
            fill(dialog, form);
            return dialog.isValid();
        };
        const qsizetype before = store.profiles().size();
        dock->action(QStringLiteral("addProfileAction"))->trigger();
        return store.profiles().size() == before + 1;
    }

    QString fileText() const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    /// The profiles as a fresh store reads them from the file.
    QList<Profile> onDisk() const
    {
        ProfileStore fresh(path);
        if (!fresh.load())
            return {};
        return fresh.profiles();
    }
};

Form postgresForm(const QString &name, const QString &environment = QStringLiteral("staging"))
{
    Form f;
    f.name = name;
    f.environment = environment;
    f.kind = Kind::PostgreSQL;
    f.host = QStringLiteral("db.example");
    f.port = QStringLiteral("5433");
    f.database = QStringLiteral("shop");
    f.user = QStringLiteral("app");
    f.password = QStringLiteral("s3cret-pw");
    return f;
}

Form sqliteForm(const QString &name, const QString &path)
{
    Form f;
    f.name = name;
    f.environment = QStringLiteral("dev");
    f.kind = Kind::SQLite;
    f.path = path;
    return f;
}

} // namespace

Q_DECLARE_METATYPE(Form)
Q_DECLARE_METATYPE(std::optional<bool>)

class TestProfilesDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addKeepsPasswordOutOfFile();
    void prodDefaultsToProtected_data();
    void prodDefaultsToProtected();
    void editKeepsOrMovesPassword();
    void editingFileProfileForgetsStalePassword();
    void duplicateCopiesProfileAndPassword();
    void deleteAsksAndRemovesPassword();
    void keyboardEditsAndDeletes();
    void actionsFollowSelection();
    void dialogValidation_data();
    void dialogValidation();
    void dialogPreviewHasNoPassword();
    void migrationsFolderIsSavedAndEdited();
    void keychainFailureAsksOncePerSession();
    void testConnectionSqlite();
    void testConnectionMissingFile();
    void closingDialogAbandonsTest();
    void chooseReferenceAndTarget();
    void damagedFileIsNeverOverwritten();
    void unwritableFileIsReported();
    void swatchesUseEnvironmentColour();

private:
    QTemporaryDir m_dir; // files the data functions refer to
};

void TestProfilesDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
}

void TestProfilesDock::addKeepsPasswordOutOfFile()
{
    Fixture f;
    QAbstractItemModelTester tester(f.dock->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(f.dock.get(), &ProfilesDock::profilesChanged);
    QVERIFY(f.add(postgresForm(QStringLiteral("staging"))));
    QCOMPARE(changed.count(), 1);

    const QList<Profile> disk = f.onDisk();
    QCOMPARE(disk.size(), 1);
    QCOMPARE(disk.first().name, QStringLiteral("staging"));
    QCOMPARE(disk.first().spec, QStringLiteral("postgresql://app@db.example:5433/shop"));
    QCOMPARE(disk.first().environment, QStringLiteral("staging"));
    QCOMPARE(disk.first().isProtected, false);
    QVERIFY(!f.fileText().isEmpty());
    QVERIFY2(!f.fileText().contains(QStringLiteral("s3cret-pw")), qPrintable(f.fileText()));
    QCOMPARE(f.keychain.password(QStringLiteral("staging")), QStringLiteral("s3cret-pw"));

    // The dock shows it, selected, under its environment.
    QCOMPARE(f.dock->selectedProfile(), QStringLiteral("staging"));
    const QModelIndex group = f.dock->model()->indexOfGroup(QStringLiteral("staging"));
    QVERIFY(group.isValid());
    QCOMPARE(f.dock->model()->rowCount(group), 1);
    QVERIFY(f.dock->view()->isExpanded(group));
    QCOMPARE(f.errors, QStringList());
}

void TestProfilesDock::prodDefaultsToProtected_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<std::optional<bool>>("userChoice");
    QTest::addColumn<bool>("isProtected");
    QTest::newRow("dev") << QStringLiteral("dev") << std::optional<bool>() << false;
    QTest::newRow("prod") << QStringLiteral("prod") << std::optional<bool>() << true;
    QTest::newRow("PROD typed") << QStringLiteral("PROD") << std::optional<bool>() << true;
    QTest::newRow("prod, unticked")
        << QStringLiteral("prod") << std::optional<bool>(false) << false;
    QTest::newRow("custom, ticked") << QStringLiteral("perf") << std::optional<bool>(true) << true;
}

void TestProfilesDock::prodDefaultsToProtected()
{
    QFETCH(QString, environment);
    QFETCH(std::optional<bool>, userChoice);
    QFETCH(bool, isProtected);
    Fixture f;
    Form form = postgresForm(QStringLiteral("p"), environment);
    form.isProtected = userChoice;
    QVERIFY(f.add(form));
    QCOMPARE(f.onDisk().first().isProtected, isProtected);
    QCOMPARE(f.onDisk().first().environment, ProfileListModel::normalizedEnvironment(environment));
    const QModelIndex index = f.dock->model()->indexOfProfile(QStringLiteral("p"));
    QCOMPARE(index.data(ProfileListModel::ProtectedRole).toBool(), isProtected);

    // Editing an unprotected prod profile does not tick the box behind the user's back.
    if (environment == QLatin1String("prod") && !isProtected) {
        ProfileDialog dialog(ProfileDialog::Mode::Edit, f.onDisk().first(), {});
        QVERIFY(!field<QCheckBox>(dialog, "protectedCheck")->isChecked());
    }
}

void TestProfilesDock::editKeepsOrMovesPassword()
{
    Fixture f;
    QVERIFY(f.add(postgresForm(QStringLiteral("staging"))));
    f.dock->selectProfile(QStringLiteral("staging"));

    // Same name, new port, password left empty: the keychain entry stays.
    f.onDialog = [](ProfileDialog &dialog) {
        if (dialog.mode() != ProfileDialog::Mode::Edit)
            return false;
        if (field<QLineEdit>(dialog, "passwordEdit")->text() != QString())
            return false; // a saved password is never shown
        Form form;
        form.port = QStringLiteral("6543");
        fill(dialog, form);
        return true;
    };
    f.dock->editProfile();
    QCOMPARE(f.onDisk().first().spec, QStringLiteral("postgresql://app@db.example:6543/shop"));
    QCOMPARE(f.keychain.password(QStringLiteral("staging")), QStringLiteral("s3cret-pw"));

    // Renamed without a new password: the password follows the profile.
    f.onDialog = [](ProfileDialog &dialog) {
        Form form;
        form.name = QStringLiteral("stage2");
        fill(dialog, form);
        return true;
    };
    f.dock->editProfile();
    QCOMPARE(f.onDisk().size(), 1);
    QCOMPARE(f.onDisk().first().name, QStringLiteral("stage2"));
    QCOMPARE(f.keychain.password(QStringLiteral("stage2")), QStringLiteral("s3cret-pw"));
    QVERIFY(!f.keychain.contains(QStringLiteral("staging")));
    QCOMPARE(f.dock->selectedProfile(), QStringLiteral("stage2"));

    // A new password replaces the old one.
    f.onDialog = [](ProfileDialog &dialog) {
        Form form;
        form.password = QStringLiteral("n3w-pw");
        fill(dialog, form);
        return true;
    };
    f.dock->editProfile();
    QCOMPARE(f.keychain.password(QStringLiteral("stage2")), QStringLiteral("n3w-pw"));
    QVERIFY(!f.fileText().contains(QStringLiteral("n3w-pw")));

    // Cancelling changes nothing.
    const QString before = f.fileText();
    f.onDialog = [](ProfileDialog &dialog) {
        fill(dialog, Form{.name = QStringLiteral("other")});
        return false;
    };
    f.dock->editProfile();
    QCOMPARE(f.fileText(), before);
}

void TestProfilesDock::editingFileProfileForgetsStalePassword()
{
    Fixture f;
    QVERIFY(f.add(postgresForm(QStringLiteral("x"))));
    const QString db = makeSqliteFile(f.dir.filePath(QStringLiteral("x.db")));
    f.onDialog = [db](ProfileDialog &dialog) {
        fill(dialog, Form{.kind = Kind::SQLite, .path = db});
        return true;
    };
    f.dock->editProfile();
    QCOMPARE(f.onDisk().first().spec, QStringLiteral("sqlite:") + db);
    QVERIFY(!f.keychain.contains(QStringLiteral("x")));
}

void TestProfilesDock::duplicateCopiesProfileAndPassword()
{
    Fixture f;
    QVERIFY(f.add(postgresForm(QStringLiteral("uat"), QStringLiteral("uat"))));
    f.dock->selectProfile(QStringLiteral("uat"));
    QString offered;
    f.onDialog = [&offered](ProfileDialog &dialog) {
        offered = dialog.profile().name;
        return dialog.mode() == ProfileDialog::Mode::Add;
    };
    f.dock->action(QStringLiteral("duplicateProfileAction"))->trigger();
    QCOMPARE(offered, QStringLiteral("uat-copy"));
    QCOMPARE(f.onDisk().size(), 2);
    const Profile *copy = f.store.find(QStringLiteral("uat-copy"));
    QVERIFY(copy);
    QCOMPARE(copy->spec, f.store.find(QStringLiteral("uat"))->spec);
    QCOMPARE(copy->environment, QStringLiteral("uat"));
    QCOMPARE(f.keychain.password(QStringLiteral("uat-copy")), QStringLiteral("s3cret-pw"));
    QCOMPARE(f.keychain.password(QStringLiteral("uat")), QStringLiteral("s3cret-pw"));

    f.dock->selectProfile(QStringLiteral("uat"));
    f.dock->duplicateProfile();
    QVERIFY(f.store.find(QStringLiteral("uat-copy2")));
}

void TestProfilesDock::deleteAsksAndRemovesPassword()
{
    Fixture f;
    QVERIFY(f.add(postgresForm(QStringLiteral("a"))));
    QVERIFY(f.add(postgresForm(QStringLiteral("b"))));
    f.dock->selectProfile(QStringLiteral("a"));

    f.confirmAnswer = false;
    f.dock->action(QStringLiteral("deleteProfileAction"))->trigger();
    QCOMPARE(f.confirmations, 1);
    QCOMPARE(f.onDisk().size(), 2);
    QVERIFY(f.keychain.contains(QStringLiteral("a")));

    f.confirmAnswer = true;
    QSignalSpy changed(f.dock.get(), &ProfilesDock::profilesChanged);
    f.dock->action(QStringLiteral("deleteProfileAction"))->trigger();
    QCOMPARE(f.confirmations, 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.onDisk().size(), 1);
    QCOMPARE(f.onDisk().first().name, QStringLiteral("b"));
    QVERIFY(!f.keychain.contains(QStringLiteral("a")));
    QVERIFY(f.keychain.contains(QStringLiteral("b")));
    QVERIFY(!f.dock->model()->indexOfProfile(QStringLiteral("a")).isValid());
}

void TestProfilesDock::keyboardEditsAndDeletes()
{
    Fixture f;
    QVERIFY(f.add(postgresForm(QStringLiteral("a"))));
    f.dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.dock.get()));
    f.dock->view()->setFocus();
    f.dock->selectProfile(QStringLiteral("a"));

    f.dialogs = 0;
    QList<ProfileDialog::Mode> modes;
    f.onDialog = [&modes](ProfileDialog &dialog) {
        modes << dialog.mode();
        return false;
    };
    QTest::keyClick(f.dock->view(), Qt::Key_Return);
    QCOMPARE(f.dialogs, 1);
    QTest::keyClick(f.dock->view(), Qt::Key_Enter);
    QCOMPARE(f.dialogs, 2);
    QCOMPARE(modes,
             (QList<ProfileDialog::Mode>{ProfileDialog::Mode::Edit, ProfileDialog::Mode::Edit}));

    f.confirmAnswer = true;
    QTest::keyClick(f.dock->view(), Qt::Key_Delete);
    QCOMPARE(f.confirmations, 1);
    QCOMPARE(f.onDisk().size(), 0);

    // On a group row (or nothing) the keys do nothing.
    QVERIFY(f.add(postgresForm(QStringLiteral("b"))));
    f.dock->view()->setCurrentIndex(f.dock->model()->indexOfGroup(QStringLiteral("staging")));
    QTest::keyClick(f.dock->view(), Qt::Key_Delete);
    QCOMPARE(f.confirmations, 1);
}

void TestProfilesDock::actionsFollowSelection()
{
    Fixture f;
    const QStringList needsProfile{QStringLiteral("editProfileAction"),
                                   QStringLiteral("duplicateProfileAction"),
                                   QStringLiteral("deleteProfileAction"),
                                   QStringLiteral("testProfileAction"),
                                   QStringLiteral("useAsReferenceAction"),
                                   QStringLiteral("useAsTargetAction")};
    QVERIFY(f.dock->action(QStringLiteral("addProfileAction"))->isEnabled());
    QVERIFY(f.dock->action(QStringLiteral("reloadProfilesAction"))->isEnabled());
    for (const QString &name : needsProfile)
        QVERIFY2(!f.dock->action(name)->isEnabled(), qPrintable(name));
    QVERIFY(f.add(postgresForm(QStringLiteral("a"))));
    for (const QString &name : needsProfile)
        QVERIFY2(f.dock->action(name)->isEnabled(), qPrintable(name));
    f.dock->view()->setCurrentIndex(f.dock->model()->indexOfGroup(QStringLiteral("staging")));
    for (const QString &name : needsProfile)
        QVERIFY2(!f.dock->action(name)->isEnabled(), qPrintable(name));
    QCOMPARE(f.dock->objectName(), QStringLiteral("profilesDock"));
}

void TestProfilesDock::dialogValidation_data()
{
    QTemporaryDir *dir = &m_dir;
    const QString db = dir->filePath(QStringLiteral("ok.db"));
    if (!QFile::exists(db))
        makeSqliteFile(db);

    QTest::addColumn<Form>("form");
    QTest::addColumn<QString>("problem"); // a part of the message; empty when valid

    QTest::newRow("valid postgres") << postgresForm(QStringLiteral("new")) << QString();
    QTest::newRow("empty name") << postgresForm(QString()) << QStringLiteral("name");
    QTest::newRow("blank name") << postgresForm(QStringLiteral("   ")) << QStringLiteral("name");
    QTest::newRow("at sign") << postgresForm(QStringLiteral("@new")) << QStringLiteral("\"@\"");
    QTest::newRow("duplicate name")
        << postgresForm(QStringLiteral("taken")) << QStringLiteral("already exists");
    Form port = postgresForm(QStringLiteral("new"));
    port.port = QStringLiteral("70000");
    QTest::newRow("port too big") << port << QStringLiteral("port");
    port.port = QStringLiteral("abc");
    QTest::newRow("port not a number") << port << QStringLiteral("port");
    port.port = QString();
    QTest::newRow("default port") << port << QString();
    Form mysql = postgresForm(QStringLiteral("new"));
    mysql.kind = Kind::MySQL;
    mysql.database = QString();
    QTest::newRow("mysql without database") << mysql << QStringLiteral("database");
    QTest::newRow("sqlite ok") << sqliteForm(QStringLiteral("new"), db) << QString();
    QTest::newRow("sqlite missing")
        << sqliteForm(QStringLiteral("new"), dir->filePath(QStringLiteral("nope.db")))
        << QStringLiteral("does not exist");
    QTest::newRow("sqlite empty path")
        << sqliteForm(QStringLiteral("new"), QString()) << QStringLiteral("Choose");
    QTest::newRow("sqlite folder")
        << sqliteForm(QStringLiteral("new"), dir->path()) << QStringLiteral("folder");
    Form snapshot = sqliteForm(QStringLiteral("new"), db);
    snapshot.kind = Kind::Snapshot;
    QTest::newRow("snapshot not json") << snapshot << QStringLiteral(".parity.json");
    Form migrations = postgresForm(QStringLiteral("new"));
    migrations.migrations = dir->path();
    QTest::newRow("migrations folder") << migrations << QString();
    migrations.migrations = dir->filePath(QStringLiteral("no-such-folder"));
    QTest::newRow("migrations folder missing") << migrations << QStringLiteral("migrations folder");
    migrations.migrations = db;
    QTest::newRow("migrations folder is a file") << migrations << QStringLiteral("migrations folder");
}

void TestProfilesDock::dialogValidation()
{
    QFETCH(Form, form);
    QFETCH(QString, problem);
    ProfileDialog dialog(ProfileDialog::Mode::Add, Profile{}, {QStringLiteral("taken")});
    fill(dialog, form);
    const QString message = dialog.validationMessage();
    auto *label = field<QLabel>(dialog, "validationLabel");
    if (problem.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QVERIFY(dialog.isValid());
        QVERIFY(label->text().isEmpty());
    } else {
        QVERIFY2(message.contains(problem, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(label->text(), message); // shown inline
        QVERIFY(!dialog.isValid());
    }
}

void TestProfilesDock::dialogPreviewHasNoPassword()
{
    ProfileDialog dialog(ProfileDialog::Mode::Add, Profile{}, {});
    Form form = postgresForm(QStringLiteral("p"));
    form.host = QStringLiteral("/var/run/postgresql");
    fill(dialog, form);
    const QString preview = field<QLineEdit>(dialog, "specPreview")->text();
    QCOMPARE(preview, QStringLiteral("postgresql://app@:5433/shop?host=/var/run/postgresql"));
    QVERIFY(field<QLineEdit>(dialog, "specPreview")->isReadOnly());
    QCOMPARE(dialog.profile().spec, preview);
    QCOMPARE(dialog.password(), QStringLiteral("s3cret-pw"));
    QCOMPARE(field<QLineEdit>(dialog, "passwordEdit")->echoMode(), QLineEdit::Password);

    // Editing keeps options the form does not show (sslmode).
    Profile existing{QStringLiteral("e"),
                     QStringLiteral("postgresql://app@db/shop?sslmode=require"),
                     QStringLiteral("uat"), false};
    ProfileDialog edit(ProfileDialog::Mode::Edit, existing, {});
    QCOMPARE(edit.specText(), existing.spec);
    QCOMPARE(field<QLineEdit>(edit, "hostEdit")->text(), QStringLiteral("db"));
    QCOMPARE(field<QComboBox>(edit, "environmentCombo")->currentText(), QStringLiteral("uat"));
}

void TestProfilesDock::migrationsFolderIsSavedAndEdited()
{
    Fixture f;
    const QString folder = f.dir.filePath(QStringLiteral("project/migrations"));
    QVERIFY(QDir().mkpath(folder));
    Form form = postgresForm(QStringLiteral("uat"), QStringLiteral("uat"));
    form.migrations = folder;
    QVERIFY(f.add(form));
    QCOMPARE(f.onDisk().first().migrationsFolder, folder);

    // The edit dialog shows it; clearing it saves the profile without one.
    f.dock->selectProfile(QStringLiteral("uat"));
    QString shown;
    bool explained = false;
    f.onDialog = [&shown, &explained](ProfileDialog &dialog) {
        auto *edit = field<QLineEdit>(dialog, "migrationsEdit");
        shown = edit->text();
        explained = edit->toolTip().contains(QStringLiteral("pending"))
                    && !field<QPushButton>(dialog, "browseMigrationsButton")->toolTip().isEmpty();
        edit->clear();
        return dialog.isValid();
    };
    f.dock->action(QStringLiteral("editProfileAction"))->trigger();
    QCOMPARE(shown, folder);
    QVERIFY(explained);
    QCOMPARE(f.onDisk().first().migrationsFolder, QString());
}

void TestProfilesDock::keychainFailureAsksOncePerSession()
{
    Fixture f;
    f.keychain.setFailing(true);
    // Nothing listens on port 1: each test ends quickly with an error, and
    // needs no server.
    QVERIFY(f.store.upsert(Profile{QStringLiteral("local"),
                                   QStringLiteral("postgresql://app@127.0.0.1:1/shop"),
                                   QStringLiteral("dev"), false}));
    QVERIFY(f.store.save());
    QVERIFY(f.dock->reload());
    f.dock->selectProfile(QStringLiteral("local"));

    QSignalSpy finished(f.dock.get(), &ProfilesDock::connectionTestFinished);
    for (int i = 1; i <= 2; ++i) {
        f.dock->action(QStringLiteral("testProfileAction"))->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), i);
        QCOMPARE(finished.last().at(0).toString(), QStringLiteral("local"));
        QCOMPARE(finished.last().at(1).toBool(), false);
        QVERIFY(!finished.last().at(2).toString().contains(QStringLiteral("typed-pw")));
    }
    QCOMPARE(f.asked, 1);
    QVERIFY(!f.provider.storeError().isEmpty());
    QVERIFY(f.dock->statusText().startsWith(QStringLiteral("@local:")));

    // A password typed in the dialog while the keychain is down stays in
    // memory: the file never gets it, and nobody is asked for it.
    QVERIFY(f.add(postgresForm(QStringLiteral("other"))));
    QVERIFY(!f.fileText().contains(QStringLiteral("s3cret-pw")));
    QVERIFY(f.dock->statusText().contains(QStringLiteral("session only")));
    std::optional<QString> got;
    f.provider.passwordFor(QStringLiteral("other"), QString(),
                           [&](std::optional<QString> pw) { got = pw; });
    QCOMPARE(got, std::optional<QString>(QStringLiteral("s3cret-pw")));
    QCOMPARE(f.asked, 1);

    // A cancelled question means no test.
    f.answer = std::nullopt;
    QVERIFY(f.store.upsert(Profile{QStringLiteral("third"),
                                   QStringLiteral("postgresql://app@127.0.0.1:1/x"),
                                   QStringLiteral("dev"), false}));
    QVERIFY(f.store.save());
    QVERIFY(f.dock->reload());
    f.dock->selectProfile(QStringLiteral("third"));
    f.dock->testConnection();
    QCOMPARE(finished.count(), 3);
    QCOMPARE(finished.last().at(1).toBool(), false);
    QCOMPARE(f.asked, 2);
}

void TestProfilesDock::testConnectionSqlite()
{
    Fixture f;
    const QString db = makeSqliteFile(f.dir.filePath(QStringLiteral("shop.db")));

    // In the dialog, before saving.
    ProfileDialog dialog(ProfileDialog::Mode::Add, Profile{}, {});
    fill(dialog, sqliteForm(QStringLiteral("shop"), db));
    QSignalSpy tested(&dialog, &ProfileDialog::connectionTested);
    field<QPushButton>(dialog, "testButton")->click();
    QCOMPARE(dialog.testStatus(), QStringLiteral("Connecting…"));
    QVERIFY(dialog.isTesting());
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.first().at(0).toBool(), true);
    QVERIFY2(dialog.testStatus().startsWith(QStringLiteral("Connected: SQLite 3.")),
             qPrintable(dialog.testStatus()));
    QVERIFY(!dialog.isTesting());

    // From the dock, on a saved profile: no password is asked for a file.
    QVERIFY(f.add(sqliteForm(QStringLiteral("shop"), db)));
    QSignalSpy finished(f.dock.get(), &ProfilesDock::connectionTestFinished);
    f.dock->testConnection();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).toBool(), true);
    QVERIFY(finished.first().at(2).toString().startsWith(QStringLiteral("Connected: SQLite 3.")));
    QCOMPARE(f.asked, 0);
}

void TestProfilesDock::testConnectionMissingFile()
{
    Fixture f;
    const QString db = makeSqliteFile(f.dir.filePath(QStringLiteral("gone.db")));
    QVERIFY(f.add(sqliteForm(QStringLiteral("gone"), db)));
    QVERIFY(QFile::remove(db));

    QSignalSpy finished(f.dock.get(), &ProfilesDock::connectionTestFinished);
    f.dock->testConnection();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY2(finished.first().at(2).toString().contains(QStringLiteral("does not exist")),
             qPrintable(finished.first().at(2).toString()));
    QVERIFY(f.dock->statusText().contains(db));

    ProfileDialog dialog(ProfileDialog::Mode::Edit, *f.store.find(QStringLiteral("gone")), {});
    QSignalSpy tested(&dialog, &ProfileDialog::connectionTested);
    dialog.testConnection();
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.first().at(0).toBool(), false);
    QVERIFY(dialog.testStatus().contains(QStringLiteral("does not exist")));
}

void TestProfilesDock::closingDialogAbandonsTest()
{
    QTemporaryDir dir;
    const QString db = makeSqliteFile(dir.filePath(QStringLiteral("c.db")));
    auto dialog =
        std::make_unique<ProfileDialog>(ProfileDialog::Mode::Add, Profile{}, QStringList{});
    fill(*dialog, sqliteForm(QStringLiteral("c"), db));
    QSignalSpy tested(dialog.get(), &ProfileDialog::connectionTested);
    dialog->open();
    dialog->testConnection();
    QVERIFY(dialog->isTesting());
    dialog->reject();
    QVERIFY(!dialog->isTesting());
    QCOMPARE(dialog->testStatus(), QString());
    QTest::qWait(300);
    QCOMPARE(tested.count(), 0);

    // Destroying the dialog mid-test is safe too.
    dialog->testConnection();
    dialog.reset();
    QTest::qWait(300);
}

void TestProfilesDock::chooseReferenceAndTarget()
{
    Fixture f;
    QVERIFY(f.add(postgresForm(QStringLiteral("staging"))));
    QVERIFY(f.add(postgresForm(QStringLiteral("uat"), QStringLiteral("uat"))));
    QSignalSpy reference(f.dock.get(), &ProfilesDock::referenceChosen);
    QSignalSpy target(f.dock.get(), &ProfilesDock::targetChosen);
    f.dock->selectProfile(QStringLiteral("staging"));
    f.dock->action(QStringLiteral("useAsReferenceAction"))->trigger();
    f.dock->selectProfile(QStringLiteral("uat"));
    f.dock->action(QStringLiteral("useAsTargetAction"))->trigger();
    QCOMPARE(reference.count(), 1);
    QCOMPARE(reference.first().first().toString(), QStringLiteral("@staging"));
    QCOMPARE(target.count(), 1);
    QCOMPARE(target.first().first().toString(), QStringLiteral("@uat"));
    QCOMPARE(f.asked, 0); // choosing needs no password
}

void TestProfilesDock::damagedFileIsNeverOverwritten()
{
    Fixture f;
    QVERIFY(QDir().mkpath(QFileInfo(f.path).absolutePath()));
    QFile file(f.path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ this is not json");
    file.close();

    QVERIFY(!f.dock->reload());
    QVERIFY2(f.dock->statusText().contains(f.path), qPrintable(f.dock->statusText()));
    f.onDialog = [](ProfileDialog &dialog) {
        fill(dialog, postgresForm(QStringLiteral("x")));
        return true;
    };
    // Trying to add says why not, naming the file, and never opens the dialog.
    f.dock->action(QStringLiteral("addProfileAction"))->trigger();
    QCOMPARE(f.dialogs, 0);
    QCOMPARE(f.errors.size(), 1);
    QVERIFY2(f.errors.first().contains(f.path), qPrintable(f.errors.first()));
    QCOMPARE(f.fileText(), QStringLiteral("{ this is not json"));

    // Once fixed, Reload brings the profiles back and the dock works again.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"profiles":[{"name":"back","spec":"sqlite:/tmp/b.db","environment":"dev"}]})");
    file.close();
    f.dock->action(QStringLiteral("reloadProfilesAction"))->trigger();
    QCOMPARE(f.dock->statusText(), QString());
    QVERIFY(f.dock->model()->indexOfProfile(QStringLiteral("back")).isValid());
    QVERIFY(f.add(postgresForm(QStringLiteral("x"))));
    QCOMPARE(f.onDisk().size(), 2);
}

void TestProfilesDock::unwritableFileIsReported()
{
    QTemporaryDir dir;
    // A regular file where the folder should be: no one (not even root) can
    // create the profile file under it.
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile block(blocker);
    QVERIFY(block.open(QIODevice::WriteOnly));
    block.close();
    Fixture f;
    f.store = ProfileStore(blocker + QStringLiteral("/profiles.json"));
    f.makeDock();
    QVERIFY(!f.add(postgresForm(QStringLiteral("x"))));
    QCOMPARE(f.errors.size(), 1);
    QVERIFY2(f.errors.first().contains(blocker + QStringLiteral("/profiles.json")),
             qPrintable(f.errors.first()));
    QVERIFY(!f.store.find(QStringLiteral("x")));
    QVERIFY(!f.dock->model()->indexOfProfile(QStringLiteral("x")).isValid());
    QVERIFY(!f.keychain.contains(QStringLiteral("x")));
}

void TestProfilesDock::swatchesUseEnvironmentColour()
{
    const QString prod = ProfileListModel::environmentColor(QStringLiteral("prod"));
    const QImage group = ProfileItemDelegate::swatch(prod, ProfileItemDelegate::Mark::Group)
                             .pixmap(16, 16)
                             .toImage();
    QCOMPARE(group.pixelColor(8, 8).name(), prod);
    const QImage dot = ProfileItemDelegate::swatch(prod, ProfileItemDelegate::Mark::Profile)
                           .pixmap(16, 16)
                           .toImage();
    QCOMPARE(dot.pixelColor(8, 8).name(), prod);
    QCOMPARE(dot.pixelColor(0, 0).alpha(), 0);
    // The padlock differs from the dot: its shackle reaches the top rows.
    const QImage lock =
        ProfileItemDelegate::swatch(prod, ProfileItemDelegate::Mark::ProtectedProfile)
            .pixmap(16, 16)
            .toImage();
    QVERIFY(lock != dot);
    QCOMPARE(lock.pixelColor(8, 12).name(), prod);
}

QTEST_MAIN(TestProfilesDock)
#include "tst_profilesdock.moc"
