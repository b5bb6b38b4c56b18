#pragma once

#include "common/error.h"
#include "connection/connectionspec.h"
#include "connection/profile.h"

#include <QDockWidget>
#include <QFutureWatcher>

#include <functional>

class QLabel;
class QTreeView;

namespace parity {

class PasswordProvider;
class ProfileDialog;
class ProfileListModel;
class ProfileStore;

/// The saved connection profiles, grouped by environment, with everything
/// done to them: add, edit, duplicate, delete (with the keychain password),
/// test the connection, and choose a profile as the reference or the target
/// of a comparison. Saving goes straight to the ProfileStore's file;
/// passwords go to PasswordProvider, never to the file.
///
/// Dialogs and questions go through replaceable functions, so tests can
/// drive the dock without a modal loop.
class ProfilesDock : public QDockWidget
{
    Q_OBJECT

public:
    /// Shows the add/edit dialog; true when it was accepted.
    using DialogRunner = std::function<bool(ProfileDialog &dialog)>;
    /// Asks a yes/no question; true for yes.
    using Confirmer = std::function<bool(const QString &title, const QString &question)>;
    /// Shows an error the user must see.
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;

    /// Neither `store` nor `passwords` is owned; both must outlive the dock.
    /// The store is (re)loaded from its file here.
    ProfilesDock(ProfileStore *store, PasswordProvider *passwords, QWidget *parent = nullptr);
    ~ProfilesDock() override;

    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

    /// Reads the profile file again. When it is damaged, the dock shows why
    /// and refuses to change profiles (with an error naming the file) until
    /// it loads, so the file is never overwritten.
    Result<void> reload();

    QTreeView *view() const { return m_view; }
    ProfileListModel *model() const { return m_model; }
    /// Actions by objectName: addProfileAction, editProfileAction,
    /// duplicateProfileAction, deleteProfileAction, testProfileAction,
    /// useAsReferenceAction, useAsTargetAction, reloadProfilesAction.
    QAction *action(const QString &objectName) const;

    QString selectedProfile() const;
    void selectProfile(const QString &name);
    /// The line under the list: test results, keychain and file problems.
    QString statusText() const;

    void addProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void testConnection();
    void useAsReference();
    void useAsTarget();

Q_SIGNALS:
    /// "@name" of the profile chosen as the reference (desired state).
    void referenceChosen(const QString &spec);
    /// "@name" of the profile chosen as the target (the database that changes).
    void targetChosen(const QString &spec);
    /// The profile file was saved with a change.
    void profilesChanged();
    void connectionTestFinished(const QString &profile, bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *makeAction(const QString &text, const char *objectName, void (ProfilesDock::*slot)());
    void showContextMenu(const QPoint &position);
    void reloadFromFile();
    bool refuseWhileDamaged();
    void updateActions();
    void refresh(const QString &select = {});
    void setStatus(const QString &text, bool error = false);
    void runDialog(ProfileDialog &dialog);
    bool save(const QString &failureTitle);
    void movePassword(const QString &from, const QString &to, const QString &typed,
                      bool keepSource);
    QString uniqueCopyName(const QString &name) const;
    void startTest(const QString &profile, ConnectionSpec spec);

    ProfileStore *m_store = nullptr;         // not owned
    PasswordProvider *m_passwords = nullptr; // not owned
    ProfileListModel *m_model = nullptr;     // owned through QObject parent
    QTreeView *m_view = nullptr;             // owned through the widget tree
    QLabel *m_status = nullptr;              // owned through the widget tree
    QList<QAction *> m_actions;              // owned through QObject parent
    QString m_loadError;                     // why the file is not changed; empty when loaded
    QString m_testing;                       // profile under test
    QFutureWatcher<Result<QString>> *m_watcher = nullptr; // owned; null when no test runs

    DialogRunner m_runDialog;
    Confirmer m_confirm;
    ErrorReporter m_reportError;
};

} // namespace parity
