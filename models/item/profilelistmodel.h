#pragma once

#include "connection/profile.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace parity {

/// Saved profiles as a two-level tree: environment groups (dev, test,
/// staging, uat, prod, then custom tags alphabetically, then profiles without
/// a tag; only groups that hold a profile) -> profiles by name.
/// The profile list is copied in; setProfiles() swaps the whole snapshot.
/// Colours are given as names ("#c62828") so this model needs no QtGui; the
/// view paints them.
class ProfileListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        ProfileNameRole = Qt::UserRole + 1, ///< the profile's name; empty on group rows
        EnvironmentRole,      ///< the environment tag (as written on known tags: lower case)
        EnvironmentColorRole, ///< colour name of the environment, "#rrggbb"
        ProtectedRole,        ///< bool; false on group rows
        SpecDisplayRole,      ///< the spec as a person should see it (never a password)
        IsGroupRole,          ///< bool
    };

    explicit ProfileListModel(QObject *parent = nullptr);

    void setProfiles(const QList<Profile> &profiles);

    /// The environments Parity knows, in the order they are shown.
    static QStringList knownEnvironments();

    /// Fixed colours for the known environments (prod is red), and a colour
    /// derived from the tag's text for any other, stable across runs and
    /// machines and never in prod's red range.
    static QString environmentColor(const QString &tag);

    /// The tag a profile is grouped under: known environments in lower case,
    /// others trimmed as written.
    static QString normalizedEnvironment(const QString &tag);

    /// The profile at `index`, or nullptr for a group row or an invalid index.
    const Profile *profileAt(const QModelIndex &index) const;
    QModelIndex indexOfProfile(const QString &name) const;
    QModelIndex indexOfGroup(const QString &environment) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        Profile profile;
        QString specDisplay;
    };
    struct Group
    {
        QString environment;
        QString color;
        QList<Entry> entries;
    };

    // Group rows carry internalId 0; a profile row carries its group's row + 1.
    QList<Group> m_groups;
};

} // namespace parity
