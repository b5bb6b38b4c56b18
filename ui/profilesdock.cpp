#include "profilesdock.h"

#include "common/workerpool.h"
#include "connection/connectionprobe.h"
#include "connection/profilestore.h"
#include "item/profilelistmodel.h"
#include "passwordprovider.h"
#include "profiledialog.h"
#include "profileitemdelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace parity {

namespace {

constexpr auto kErrorStyle = "color: #c62828;";

bool isServerSpec(const QString &text)
{
    const auto parsed = ConnectionSpec::parse(text);
    return parsed && parsed->isServer();
}

} // namespace

ProfilesDock::ProfilesDock(ProfileStore *store, PasswordProvider *passwords, QWidget *parent)
    : QDockWidget(tr("Profiles"), parent)
    , m_store(store)
    , m_passwords(passwords)
{
    setObjectName(QStringLiteral("profilesDock"));
    m_runDialog = [](ProfileDialog &dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
               == QMessageBox::Yes;
    };
    m_reportError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };

    auto *content = new QWidget(this);
    auto *toolbar = new QToolBar(content);
    toolbar->setObjectName(QStringLiteral("profilesToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QAction *add = makeAction(tr("&Add…"), "addProfileAction", &ProfilesDock::addProfile);
    QAction *edit = makeAction(tr("&Edit…"), "editProfileAction", &ProfilesDock::editProfile);
    edit->setShortcut(QKeySequence(Qt::Key_Return));
    QAction *duplicate =
        makeAction(tr("D&uplicate"), "duplicateProfileAction", &ProfilesDock::duplicateProfile);
    QAction *remove =
        makeAction(tr("&Delete"), "deleteProfileAction", &ProfilesDock::deleteProfile);
    remove->setShortcut(QKeySequence::Delete);
    QAction *test =
        makeAction(tr("&Test Connection"), "testProfileAction", &ProfilesDock::testConnection);
    QAction *reference =
        makeAction(tr("Use as &Reference"), "useAsReferenceAction", &ProfilesDock::useAsReference);
    reference->setToolTip(tr("Compare against this profile: the desired state, shown on the left"));
    QAction *target =
        makeAction(tr("Use as Ta&rget"), "useAsTargetAction", &ProfilesDock::useAsTarget);
    target->setToolTip(
        tr("Change this profile's database to match the reference, shown on the right"));
    QAction *reloadAction =
        makeAction(tr("Re&load Profiles"), "reloadProfilesAction", &ProfilesDock::reloadFromFile);
    reloadAction->setToolTip(tr("Read the profile file again, for example after fixing it"));
    // The view's event filter handles Enter and Delete; the shortcuts here
    // only label the menu entries.
    for (QAction *action : std::as_const(m_actions))
        action->setShortcutContext(Qt::WidgetShortcut);
    toolbar->addActions({add, edit, duplicate, remove});
    toolbar->addSeparator();
    toolbar->addAction(test);

    // Choosing what to compare is what the dock is mostly for: those two
    // stay visible under the list however narrow the dock is.
    auto *chooseRow = new QHBoxLayout;
    for (QAction *choice : {reference, target}) {
        auto *button = new QToolButton(content);
        button->setDefaultAction(choice);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        chooseRow->addWidget(button);
    }

    m_view = new QTreeView(content);
    m_view->setObjectName(QStringLiteral("profilesView"));
    m_view->setModel(m_model = new ProfileListModel(this));
    m_view->setItemDelegate(new ProfileItemDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProfilesDock::showContextMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->profileAt(index))
            editProfile();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProfilesDock::updateActions);

    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("profilesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addLayout(chooseRow);
    layout->addWidget(m_status);
    setWidget(content);

    connect(m_passwords, &PasswordProvider::storeFailed, this, [this](const QString &message) {
        setStatus(tr("The system keychain is not available, so passwords are kept for this session "
                     "only: %1")
                      .arg(message),
                  true);
    });
    (void)reload();
}

ProfilesDock::~ProfilesDock()
{
    if (m_watcher)
        m_watcher->disconnect(this);
}

QAction *ProfilesDock::makeAction(const QString &text, const char *objectName,
                                  void (ProfilesDock::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(objectName));
    connect(action, &QAction::triggered, this, slot);
    m_actions.append(action);
    return action;
}

QAction *ProfilesDock::action(const QString &objectName) const
{
    for (QAction *action : m_actions) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

Result<void> ProfilesDock::reload()
{
    auto loaded = m_store->load();
    m_loadError = loaded ? QString() : loaded.error().message;
    refresh();
    setStatus(m_loadError, true);
    return loaded;
}

void ProfilesDock::refresh(const QString &select)
{
    m_model->setProfiles(m_store->profiles());
    m_view->expandAll();
    if (!select.isEmpty())
        selectProfile(select);
    updateActions();
}

void ProfilesDock::updateActions()
{
    // Add stays enabled on a damaged file so that trying it says why it
    // cannot work; the rest needs a profile, and a damaged file shows none.
    const bool selected = m_model->profileAt(m_view->currentIndex()) != nullptr;
    for (const char *name : {"editProfileAction", "duplicateProfileAction", "deleteProfileAction",
                             "testProfileAction", "useAsReferenceAction", "useAsTargetAction"})
        action(QString::fromLatin1(name))->setEnabled(selected);
}

QString ProfilesDock::selectedProfile() const
{
    const Profile *profile = m_model->profileAt(m_view->currentIndex());
    return profile ? profile->name : QString();
}

void ProfilesDock::selectProfile(const QString &name)
{
    const QModelIndex index = m_model->indexOfProfile(name);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

QString ProfilesDock::statusText() const
{
    return m_status->text();
}

void ProfilesDock::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QString::fromLatin1(kErrorStyle) : QString());
    m_status->setVisible(!text.isEmpty());
}

bool ProfilesDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool onProfile = !selectedProfile().isEmpty();
        if (onProfile && key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            editProfile();
            return true;
        }
        if (onProfile && key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Delete) {
            deleteProfile();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void ProfilesDock::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addActions({action(QStringLiteral("useAsReferenceAction")),
                     action(QStringLiteral("useAsTargetAction"))});
    menu.addSeparator();
    menu.addAction(action(QStringLiteral("testProfileAction")));
    menu.addSeparator();
    menu.addActions({action(QStringLiteral("addProfileAction")),
                     action(QStringLiteral("editProfileAction")),
                     action(QStringLiteral("duplicateProfileAction")),
                     action(QStringLiteral("deleteProfileAction"))});
    menu.addSeparator();
    menu.addAction(action(QStringLiteral("reloadProfilesAction")));
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ProfilesDock::reloadFromFile()
{
    (void)reload();
}

bool ProfilesDock::refuseWhileDamaged()
{
    if (m_loadError.isEmpty())
        return false;
    // Saving now would replace the damaged file with what little was read.
    m_reportError(tr("Cannot Change Profiles"), m_loadError);
    return true;
}

void ProfilesDock::addProfile()
{
    if (refuseWhileDamaged())
        return;
    QStringList taken;
    for (const Profile &p : m_store->profiles())
        taken << p.name;
    ProfileDialog dialog(ProfileDialog::Mode::Add, Profile{}, taken, this);
    runDialog(dialog);
}

void ProfilesDock::editProfile()
{
    const Profile *current = m_model->profileAt(m_view->currentIndex());
    if (!current || refuseWhileDamaged())
        return;
    const Profile profile = *current;
    QStringList taken;
    for (const Profile &p : m_store->profiles()) {
        if (p.name != profile.name)
            taken << p.name;
    }
    ProfileDialog dialog(ProfileDialog::Mode::Edit, profile, taken, this);
    runDialog(dialog);
}

void ProfilesDock::duplicateProfile()
{
    const Profile *current = m_model->profileAt(m_view->currentIndex());
    if (!current || refuseWhileDamaged())
        return;
    Profile copy = *current;
    copy.name = uniqueCopyName(current->name);
    QStringList taken;
    for (const Profile &p : m_store->profiles())
        taken << p.name;
    ProfileDialog dialog(ProfileDialog::Mode::Add, copy, taken, this);
    // The copy logs in like the original unless the user types another password.
    dialog.setPasswordSource(current->name);
    runDialog(dialog);
}

QString ProfilesDock::uniqueCopyName(const QString &name) const
{
    // Profile names are typed as @name on command lines: no spaces.
    QString candidate = name + QStringLiteral("-copy");
    for (int n = 2; m_store->find(candidate); ++n)
        candidate = name + QStringLiteral("-copy") + QString::number(n);
    return candidate;
}

void ProfilesDock::runDialog(ProfileDialog &dialog)
{
    dialog.setPasswordProvider(m_passwords);
    const bool editing = dialog.mode() == ProfileDialog::Mode::Edit;
    // In Edit mode the dialog starts with the edited profile as password source.
    const QString original = editing ? dialog.passwordSource() : QString();
    const Profile *before = editing ? m_store->find(original) : nullptr;
    const bool originalWasServer = before && isServerSpec(before->spec);
    if (!m_runDialog(dialog) || !dialog.isValid())
        return;

    const Profile profile = dialog.profile();
    if (editing && original != profile.name)
        m_store->remove(original);
    if (auto upserted = m_store->upsert(profile); !upserted) {
        m_reportError(tr("Cannot Save Profile"), upserted.error().message);
        (void)reload();
        return;
    }
    if (!save(tr("Cannot Save Profiles")))
        return;
    refresh(profile.name);
    setStatus(editing ? tr("Saved @%1.").arg(profile.name) : tr("Added @%1.").arg(profile.name));
    Q_EMIT profilesChanged();

    if (isServerSpec(profile.spec))
        movePassword(dialog.passwordSource(), profile.name, dialog.password(), !editing);
    else if (originalWasServer)
        m_passwords->forget(original); // a file needs no password; leave none behind
}

void ProfilesDock::movePassword(const QString &from, const QString &to, const QString &typed,
                                bool keepSource)
{
    QPointer<ProfilesDock> self(this);
    auto whenRemembered = [self, to](bool keptInStore) {
        if (self && !keptInStore) {
            self->setStatus(
                tr("The system keychain is not available: the password of @%1 is kept for this "
                   "session only.")
                    .arg(to),
                true);
        }
    };
    const bool dropSource = !keepSource && !from.isEmpty() && from != to;
    if (!typed.isEmpty()) {
        m_passwords->remember(to, typed, whenRemembered);
        if (dropSource)
            m_passwords->forget(from);
        return;
    }
    if (from.isEmpty() || from == to)
        return;
    // Renamed or duplicated without a new password: carry the old one over,
    // reading it before the old entry goes.
    QPointer<PasswordProvider> passwords(m_passwords);
    m_passwords->storedPassword(from,
                                [passwords, from, to, dropSource, whenRemembered](QString stored) {
                                    if (!passwords)
                                        return;
                                    if (!stored.isEmpty())
                                        passwords->remember(to, stored, whenRemembered);
                                    if (dropSource)
                                        passwords->forget(from);
                                });
}

bool ProfilesDock::save(const QString &failureTitle)
{
    auto saved = m_store->save();
    if (saved)
        return true;
    // The message names the file. What is on disk is still the truth.
    m_reportError(failureTitle, saved.error().message);
    (void)reload();
    if (m_loadError.isEmpty())
        setStatus(saved.error().message, true);
    return false;
}

void ProfilesDock::deleteProfile()
{
    const Profile *current = m_model->profileAt(m_view->currentIndex());
    if (!current || refuseWhileDamaged())
        return;
    const QString name = current->name;
    if (!m_confirm(tr("Delete Profile"), tr("Delete the profile \"%1\"? Its saved password is "
                                            "removed from the system keychain too.")
                                             .arg(name)))
        return;
    m_store->remove(name);
    if (!save(tr("Cannot Delete Profile")))
        return;
    refresh();
    setStatus(tr("Deleted @%1.").arg(name));
    Q_EMIT profilesChanged();
    m_passwords->forget(name);
}

void ProfilesDock::testConnection()
{
    const Profile *current = m_model->profileAt(m_view->currentIndex());
    if (!current)
        return;
    const QString name = current->name;
    const auto parsed = ConnectionSpec::parse(current->spec);
    if (!parsed) {
        setStatus(parsed.error().message, true);
        Q_EMIT connectionTestFinished(name, false, parsed.error().message);
        return;
    }
    if (!parsed->isServer()) {
        startTest(name, *parsed);
        return;
    }
    QPointer<ProfilesDock> self(this);
    m_passwords->passwordFor(name, parsed->display(),
                             [self, name, spec = *parsed](std::optional<QString> password) mutable {
                                 if (!self)
                                     return;
                                 if (!password) {
                                     const QString message =
                                         tr("Not tested: no password was given.");
                                     self->setStatus(QStringLiteral("@") + name
                                                     + QStringLiteral(": ") + message);
                                     Q_EMIT self->connectionTestFinished(name, false, message);
                                     return;
                                 }
                                 spec.password = *password;
                                 self->startTest(name, spec);
                             });
}

void ProfilesDock::startTest(const QString &profile, ConnectionSpec spec)
{
    if (m_watcher) {
        // A newer test replaces the running one, which ends unseen.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    m_testing = profile;
    setStatus(tr("@%1: connecting…").arg(profile));
    m_watcher = new QFutureWatcher<Result<QString>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<QString> result = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        const QString message = result ? tr("Connected: %1").arg(*result) : result.error().message;
        setStatus(QStringLiteral("@") + m_testing + QStringLiteral(": ") + message, !result);
        Q_EMIT connectionTestFinished(m_testing, bool(result), message);
    });
    // The worker opens and closes its own connection; the UI thread never
    // touches the database.
    m_watcher->setFuture(QtConcurrent::run(workerPool(), [spec]() mutable -> Result<QString> {
        resolvePassword(spec);
        return probeConnection(spec);
    }));
}

void ProfilesDock::useAsReference()
{
    const QString name = selectedProfile();
    if (!name.isEmpty())
        Q_EMIT referenceChosen(QStringLiteral("@") + name);
}

void ProfilesDock::useAsTarget()
{
    const QString name = selectedProfile();
    if (!name.isEmpty())
        Q_EMIT targetChosen(QStringLiteral("@") + name);
}

} // namespace parity
