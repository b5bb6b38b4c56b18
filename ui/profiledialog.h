#pragma once

#include "common/error.h"
#include "connection/connectionspec.h"
#include "connection/profile.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace parity {

class PasswordProvider;

/// Adds or edits a saved profile: name, environment, the connection fields
/// of its kind, a password (for the keychain, never part of the spec), and a
/// "Protected" flag that turns itself on when the environment becomes prod,
/// and the project's migrations folder the history view checks against.
/// Shows the resulting spec (without password) and why it cannot be saved
/// yet. "Test connection" opens the connection on a worker thread; closing
/// the dialog abandons a test that is still running.
///
/// The dialog never writes anything: ProfilesDock saves profile() and hands
/// password() to PasswordProvider::remember().
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit };

    /// `takenNames`: names the profile may not take (every other profile's).
    ProfileDialog(Mode mode, const Profile &profile, const QStringList &takenNames,
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    Mode mode() const { return m_mode; }

    /// Used by "Test connection" when the password field is left empty: the
    /// stored password of passwordSource() is tried (never asked for).
    void setPasswordProvider(PasswordProvider *passwords) { m_passwords = passwords; }
    /// The profile whose stored password applies while the field is empty:
    /// the edited profile itself, or the one being duplicated. Empty: none.
    void setPasswordSource(const QString &profileName);
    QString passwordSource() const { return m_passwordSource; }

    /// What the form describes; the spec never holds the password.
    Profile profile() const;
    QString password() const;
    ConnectionSpec::Kind kind() const;
    QString specText() const;

    /// Why the form cannot be saved, or empty when it can.
    QString validationMessage() const;
    bool isValid() const { return validationMessage().isEmpty(); }

    /// Starts a connection test on a worker (see testStatus()).
    void testConnection();
    bool isTesting() const { return m_watcher != nullptr; }
    QString testStatus() const;

    void done(int result) override;

Q_SIGNALS:
    /// A connection test ended: "Connected: SQLite 3.40.1" or the error.
    void connectionTested(bool ok, const QString &message);

private:
    void buildForm();
    void load(const Profile &profile);
    void kindChanged();
    void environmentChanged(const QString &text);
    void browse();
    void browseMigrations();
    void update();
    ConnectionSpec spec() const;
    void startProbe(ConnectionSpec spec);
    void probeFinished();
    void cancelTest();

    Mode m_mode;
    QStringList m_takenNames;
    ConnectionSpec m_base; // the spec being edited: keeps options the form does not show
    QString m_passwordSource;
    QString m_lastEnvironment;
    PasswordProvider *m_passwords = nullptr; // not owned

    // All widgets are owned by this dialog through Qt's parent tree.
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_environment = nullptr;
    QLabel *m_swatch = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QWidget *m_pathRow = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_migrations = nullptr;
    QCheckBox *m_protected = nullptr;
    QLineEdit *m_preview = nullptr;
    QLabel *m_validation = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testStatus = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<Result<QString>> *m_watcher = nullptr; // owned; null when no test runs
};

} // namespace parity
