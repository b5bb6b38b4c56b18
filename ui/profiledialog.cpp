#include "profiledialog.h"

#include "common/workerpool.h"
#include "connection/connectionprobe.h"
#include "item/profilelistmodel.h"
#include "passwordprovider.h"

#include <QCheckBox>
#include <QDir>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace parity {

namespace {

constexpr auto kErrorStyle = "color: #c62828;";

bool isFileKind(ConnectionSpec::Kind kind)
{
    return kind == ConnectionSpec::Kind::SQLite || kind == ConnectionSpec::Kind::Snapshot;
}

} // namespace

ProfileDialog::ProfileDialog(Mode mode, const Profile &profile, const QStringList &takenNames,
                             QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_takenNames(takenNames)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(mode == Mode::Add ? tr("Add Profile") : tr("Edit Profile"));
    buildForm();
    load(profile);
    if (mode == Mode::Edit)
        setPasswordSource(profile.name);
    else
        setPasswordSource(QString());

    connect(m_environment, &QComboBox::currentTextChanged, this,
            &ProfileDialog::environmentChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileDialog::kindChanged);
    for (QLineEdit *edit : {m_name, m_host, m_port, m_database, m_user, m_path, m_migrations})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::update);
    kindChanged();
}

ProfileDialog::~ProfileDialog()
{
    cancelTest();
}

void ProfileDialog::buildForm()
{
    auto named = [](auto *widget, const char *name) {
        widget->setObjectName(QString::fromLatin1(name));
        return widget;
    };
    m_name = named(new QLineEdit(this), "nameEdit");
    m_name->setPlaceholderText(tr("staging"));
    m_name->setToolTip(tr("Used as @name on the command line and in the window"));

    m_environment = named(new QComboBox(this), "environmentCombo");
    m_environment->setEditable(true);
    m_environment->addItems(ProfileListModel::knownEnvironments());
    m_environment->setToolTip(tr("dev, test, staging, uat, prod, or a tag of your own"));
    m_swatch = named(new QLabel(this), "environmentSwatch");
    m_swatch->setFixedSize(14, 14);
    auto *environmentRow = new QHBoxLayout;
    environmentRow->addWidget(m_environment, 1);
    environmentRow->addWidget(m_swatch);

    m_kind = named(new QComboBox(this), "kindCombo");
    m_kind->addItem(tr("PostgreSQL"), int(ConnectionSpec::Kind::PostgreSQL));
    m_kind->addItem(tr("MySQL / MariaDB"), int(ConnectionSpec::Kind::MySQL));
    m_kind->addItem(tr("SQLite file"), int(ConnectionSpec::Kind::SQLite));
    m_kind->addItem(tr("Snapshot (.parity.json)"), int(ConnectionSpec::Kind::Snapshot));

    m_host = named(new QLineEdit(this), "hostEdit");
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    m_host->setToolTip(tr("A host name or address, or a Unix socket path starting with /"));
    m_port = named(new QLineEdit(this), "portEdit");
    m_database = named(new QLineEdit(this), "databaseEdit");
    m_user = named(new QLineEdit(this), "userEdit");
    m_password = named(new QLineEdit(this), "passwordEdit");
    m_password->setEchoMode(QLineEdit::Password);

    m_pathRow = new QWidget(this);
    m_path = named(new QLineEdit(m_pathRow), "pathEdit");
    auto *browseButton = named(new QPushButton(tr("&Browse…"), m_pathRow), "browseButton");
    connect(browseButton, &QPushButton::clicked, this, &ProfileDialog::browse);
    auto *pathLayout = new QHBoxLayout(m_pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(browseButton);

    auto *migrationsRow = new QWidget(this);
    m_migrations = named(new QLineEdit(migrationsRow), "migrationsEdit");
    m_migrations->setPlaceholderText(tr("Optional: the project's migrations folder"));
    const QString migrationsTip =
        tr("The folder holding the project's migrations (or the project itself). The migration history "
           "compares it with what the database ran: pending migrations, migrations run from another "
           "branch, files changed after they ran.");
    m_migrations->setToolTip(migrationsTip);
    auto *browseMigrationsButton = named(new QPushButton(tr("B&rowse…"), migrationsRow), "browseMigrationsButton");
    browseMigrationsButton->setToolTip(migrationsTip);
    connect(browseMigrationsButton, &QPushButton::clicked, this, &ProfileDialog::browseMigrations);
    auto *migrationsLayout = new QHBoxLayout(migrationsRow);
    migrationsLayout->setContentsMargins(0, 0, 0, 0);
    migrationsLayout->addWidget(m_migrations, 1);
    migrationsLayout->addWidget(browseMigrationsButton);

    m_protected = named(new QCheckBox(tr("&Protected: changes need a typed confirmation"), this),
                        "protectedCheck");

    m_preview = named(new QLineEdit(this), "specPreview");
    m_preview->setReadOnly(true);
    m_preview->setToolTip(tr("What the profile file keeps. The password is never part of it."));

    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    // A row holding a layout gets no buddy by itself: give the label one.
    auto *environmentLabel = new QLabel(tr("&Environment:"), this);
    environmentLabel->setBuddy(m_environment);
    m_form->addRow(environmentLabel, environmentRow);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Host:"), m_host);
    m_form->addRow(tr("P&ort:"), m_port);
    m_form->addRow(tr("&Database:"), m_database);
    m_form->addRow(tr("&User:"), m_user);
    m_form->addRow(tr("Pass&word:"), m_password);
    m_form->addRow(tr("&File:"), m_pathRow);
    auto *migrationsLabel = new QLabel(tr("&Migrations folder:"), this);
    migrationsLabel->setBuddy(m_migrations);
    m_form->addRow(migrationsLabel, migrationsRow);
    m_form->addRow(QString(), m_protected);
    m_form->addRow(tr("Spec:"), m_preview);

    m_validation = named(new QLabel(this), "validationLabel");
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QString::fromLatin1(kErrorStyle));

    m_testButton = named(new QPushButton(tr("&Test Connection"), this), "testButton");
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    m_testStatus = named(new QLabel(this), "testStatusLabel");
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testStatus, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_validation);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

void ProfileDialog::load(const Profile &profile)
{
    m_name->setText(profile.name);
    const QString environment = profile.environment.isEmpty() && m_mode == Mode::Add
                                    ? QStringLiteral("dev")
                                    : ProfileListModel::normalizedEnvironment(profile.environment);
    m_environment->setCurrentText(environment);
    m_lastEnvironment = environment;
    m_protected->setChecked(profile.isProtected);
    m_migrations->setText(profile.migrationsFolder);

    m_base = ConnectionSpec{};
    m_base.kind = ConnectionSpec::Kind::PostgreSQL;
    if (auto parsed = ConnectionSpec::parse(profile.spec);
        parsed && parsed->kind != ConnectionSpec::Kind::Profile)
        m_base = *parsed;
    m_base.password.clear();
    m_kind->setCurrentIndex(m_kind->findData(int(m_base.kind)));
    // A socket is shown in the host field, as libpq takes it there too.
    m_host->setText(m_base.socket.isEmpty() ? m_base.host : m_base.socket);
    m_port->setText(m_base.port > 0 ? QString::number(m_base.port) : QString());
    m_database->setText(m_base.database);
    m_user->setText(m_base.user);
    m_path->setText(m_base.path);
}

void ProfileDialog::setPasswordSource(const QString &profileName)
{
    m_passwordSource = profileName;
    m_password->setPlaceholderText(
        profileName.isEmpty() ? tr("Kept in the system keychain, never in the profile file")
                              : tr("Leave empty to keep the saved password"));
}

ConnectionSpec::Kind ProfileDialog::kind() const
{
    return ConnectionSpec::Kind(m_kind->currentData().toInt());
}

void ProfileDialog::kindChanged()
{
    const ConnectionSpec::Kind k = kind();
    const bool file = isFileKind(k);
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_password)})
        m_form->setRowVisible(w, !file);
    m_form->setRowVisible(m_pathRow, file);
    m_port->setPlaceholderText(k == ConnectionSpec::Kind::MySQL ? QStringLiteral("3306")
                                                                : QStringLiteral("5432"));
    m_path->setPlaceholderText(k == ConnectionSpec::Kind::Snapshot
                                   ? tr("/path/to/catalog.parity.json")
                                   : tr("/path/to/database.db"));
    update();
}

void ProfileDialog::environmentChanged(const QString &text)
{
    const QString environment = ProfileListModel::normalizedEnvironment(text);
    // Only the step into prod turns protection on: a user who then unticks
    // it, or edits an unprotected prod profile, keeps that choice.
    if (environment == QLatin1String("prod") && m_lastEnvironment != QLatin1String("prod"))
        m_protected->setChecked(true);
    m_lastEnvironment = environment;
    update();
}

void ProfileDialog::browse()
{
    const bool snapshot = kind() == ConnectionSpec::Kind::Snapshot;
    const QString file = QFileDialog::getOpenFileName(
        this, snapshot ? tr("Choose Snapshot") : tr("Choose SQLite Database"), m_path->text(),
        snapshot ? tr("Parity snapshots (*.parity.json *.json);;All files (*)")
                 : tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

void ProfileDialog::browseMigrations()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the Migrations Folder"), m_migrations->text());
    if (!folder.isEmpty())
        m_migrations->setText(QDir::toNativeSeparators(folder));
}

ConnectionSpec ProfileDialog::spec() const
{
    ConnectionSpec s = m_base;
    const ConnectionSpec::Kind k = kind();
    if (k != m_base.kind) {
        // Options such as sslmode belong to the kind they were written for.
        s = ConnectionSpec{};
        s.mariadbScheme = m_base.mariadbScheme;
    }
    s.kind = k;
    s.password.clear();
    if (isFileKind(k)) {
        s.path = m_path->text().trimmed();
        return s;
    }
    const QString host = m_host->text().trimmed();
    s.host.clear();
    s.socket.clear();
    if (host.startsWith(QLatin1Char('/')))
        s.socket = host;
    else
        s.host = host;
    s.port = m_port->text().trimmed().toInt();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    return s;
}

QString ProfileDialog::specText() const
{
    return spec().display();
}

Profile ProfileDialog::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.spec = specText();
    p.environment = ProfileListModel::normalizedEnvironment(m_environment->currentText());
    p.isProtected = m_protected->isChecked();
    p.migrationsFolder = m_migrations->text().trimmed();
    return p;
}

QString ProfileDialog::password() const
{
    return isFileKind(kind()) ? QString() : m_password->text();
}

QString ProfileDialog::validationMessage() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the profile a name.");
    if (name.startsWith(QLatin1Char('@')))
        return tr("Write the name without the leading \"@\".");
    if (m_takenNames.contains(name))
        return tr("A profile named \"%1\" already exists: choose another name.").arg(name);

    const ConnectionSpec::Kind k = kind();
    if (isFileKind(k)) {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty())
            return k == ConnectionSpec::Kind::SQLite ? tr("Choose the SQLite file.")
                                                     : tr("Choose the snapshot file.");
        const QFileInfo info(path);
        if (!info.exists())
            return tr("The file %1 does not exist.").arg(path);
        if (info.isDir())
            return tr("%1 is a folder, not a file.").arg(path);
        if (k == ConnectionSpec::Kind::Snapshot
            && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return tr("A snapshot file name ends in .parity.json.");
    } else {
        const QString port = m_port->text().trimmed();
        bool ok = true;
        const int number = port.isEmpty() ? 1 : port.toInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return tr("The port must be a number from 1 to 65535 (or empty for the default).");
        if (k == ConnectionSpec::Kind::MySQL && m_database->text().trimmed().isEmpty())
            return tr("Name the database: a MySQL/MariaDB profile needs one.");
    }
    const QString migrations = m_migrations->text().trimmed();
    if (!migrations.isEmpty() && !QFileInfo(migrations).isDir())
        return tr("The migrations folder %1 does not exist: choose another or leave it empty.").arg(migrations);
    // The preview must read back as the same kind of spec, or the profile
    // file would hold something Parity cannot open.
    const auto parsed = ConnectionSpec::parse(specText());
    if (!parsed)
        return parsed.error().message;
    if (parsed->kind != k)
        return tr("This file name would not be read as the chosen kind: use a .db, .sqlite or "
                  ".sqlite3 file.");
    return {};
}

void ProfileDialog::update()
{
    m_preview->setText(specText());
    m_swatch->setStyleSheet(
        QStringLiteral("background-color: %1; border-radius: 3px;")
            .arg(ProfileListModel::environmentColor(m_environment->currentText())));
    const QString problem = validationMessage();
    m_validation->setText(problem);
    m_validation->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

QString ProfileDialog::testStatus() const
{
    return m_testStatus->text();
}

void ProfileDialog::testConnection()
{
    const auto parsed = ConnectionSpec::parse(specText());
    if (!parsed) {
        m_testStatus->setStyleSheet(QString::fromLatin1(kErrorStyle));
        m_testStatus->setText(parsed.error().message);
        Q_EMIT connectionTested(false, parsed.error().message);
        return;
    }
    ConnectionSpec target = *parsed;
    target.password = password();
    if (target.isServer() && target.password.isEmpty() && m_passwords
        && !m_passwordSource.isEmpty()) {
        m_testButton->setEnabled(false);
        m_testStatus->setStyleSheet(QString());
        m_testStatus->setText(tr("Connecting…"));
        QPointer<ProfileDialog> self(this);
        m_passwords->storedPassword(m_passwordSource, [self, target](QString stored) mutable {
            if (!self)
                return;
            target.password = stored;
            self->startProbe(target);
        });
        return;
    }
    startProbe(target);
}

void ProfileDialog::startProbe(ConnectionSpec target)
{
    cancelTest();
    m_testButton->setEnabled(false);
    m_testStatus->setStyleSheet(QString());
    m_testStatus->setText(tr("Connecting…"));
    m_watcher = new QFutureWatcher<Result<QString>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ProfileDialog::probeFinished);
    // The worker opens, asks and closes its own connection: the UI thread
    // never touches the database, and an abandoned test just ends unseen.
    m_watcher->setFuture(QtConcurrent::run(workerPool(), [target]() mutable -> Result<QString> {
        resolvePassword(target);
        return probeConnection(target);
    }));
}

void ProfileDialog::probeFinished()
{
    const Result<QString> result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_testButton->setEnabled(true);
    const QString message = result ? tr("Connected: %1").arg(*result) : result.error().message;
    m_testStatus->setStyleSheet(result ? QString() : QString::fromLatin1(kErrorStyle));
    m_testStatus->setText(message);
    Q_EMIT connectionTested(bool(result), message);
}

void ProfileDialog::cancelTest()
{
    if (!m_watcher)
        return;
    // QtConcurrent::run cannot stop a connect in progress; dropping the
    // watcher lets it finish on its thread with nobody listening.
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_testButton->setEnabled(true);
    m_testStatus->clear();
}

void ProfileDialog::done(int result)
{
    cancelTest();
    QDialog::done(result);
}

} // namespace parity
