#include "profilelistmodel.h"

#include "connection/connectionspec.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace parity {

namespace {

constexpr quintptr kGroupId = 0;

struct KnownEnvironment
{
    const char *tag;
    const char *color;
};

// Green for where mistakes are cheap, through amber, to red for production.
constexpr KnownEnvironment kKnown[] = {
    {"dev", "#2e7d32"}, {"test", "#0277bd"}, {"staging", "#ef6c00"},
    {"uat", "#6a1b9a"}, {"prod", "#c62828"},
};

constexpr const char *kUntaggedColor = "#757575";

int knownRank(const QString &tag)
{
    for (int i = 0; i < int(std::size(kKnown)); ++i) {
        if (tag == QLatin1String(kKnown[i].tag))
            return i;
    }
    return -1;
}

/// FNV-1a over the UTF-16 text: unlike qHash it is the same on every run
/// and every Qt version, so a tag keeps its colour.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

QString hslToName(double hue, double saturation, double lightness)
{
    const double c = (1.0 - std::abs(2.0 * lightness - 1.0)) * saturation;
    const double h = hue / 60.0;
    const double x = c * (1.0 - std::abs(std::fmod(h, 2.0) - 1.0));
    double r = 0, g = 0, b = 0;
    if (h < 1) {
        r = c;
        g = x;
    } else if (h < 2) {
        r = x;
        g = c;
    } else if (h < 3) {
        g = c;
        b = x;
    } else if (h < 4) {
        g = x;
        b = c;
    } else if (h < 5) {
        r = x;
        b = c;
    } else {
        r = c;
        b = x;
    }
    const double m = lightness - c / 2.0;
    auto channel = [m](double v) {
        return std::clamp(int(std::lround((v + m) * 255.0)), 0, 255);
    };
    return QStringLiteral("#%1%2%3")
        .arg(channel(r), 2, 16, QLatin1Char('0'))
        .arg(channel(g), 2, 16, QLatin1Char('0'))
        .arg(channel(b), 2, 16, QLatin1Char('0'));
}

/// Known environments first in their fixed order, then custom tags
/// alphabetically, then profiles with no tag.
bool groupLess(const QString &a, const QString &b)
{
    const int ra = knownRank(a);
    const int rb = knownRank(b);
    if (ra >= 0 || rb >= 0)
        return ra >= 0 && (rb < 0 || ra < rb);
    if (a.isEmpty() != b.isEmpty())
        return b.isEmpty();
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

} // namespace

ProfileListModel::ProfileListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QStringList ProfileListModel::knownEnvironments()
{
    QStringList tags;
    for (const KnownEnvironment &known : kKnown)
        tags << QString::fromLatin1(known.tag);
    return tags;
}

QString ProfileListModel::normalizedEnvironment(const QString &tag)
{
    const QString trimmed = tag.trimmed();
    const QString lower = trimmed.toLower();
    return knownRank(lower) >= 0 ? lower : trimmed;
}

QString ProfileListModel::environmentColor(const QString &tag)
{
    const QString normalized = normalizedEnvironment(tag);
    if (normalized.isEmpty())
        return QString::fromLatin1(kUntaggedColor);
    if (const int rank = knownRank(normalized); rank >= 0)
        return QString::fromLatin1(kKnown[rank].color);
    // Hues 30..329 only: the reds around 0 belong to prod.
    const double hue = 30.0 + double(stableHash(normalized) % 300u);
    return hslToName(hue, 0.55, 0.40);
}

void ProfileListModel::setProfiles(const QList<Profile> &profiles)
{
    beginResetModel();
    QMap<QString, QList<Entry>> byTag;
    for (const Profile &profile : profiles) {
        // display() is the one form shown to people; a spec that does not
        // parse (a hand-edited file) is never shown raw, as it might hold a
        // password. Parse errors mask passwords.
        Entry entry{profile, {}};
        const auto parsed = ConnectionSpec::parse(profile.spec);
        entry.specDisplay =
            parsed ? parsed->display() : tr("Invalid spec: %1").arg(parsed.error().message);
        byTag[normalizedEnvironment(profile.environment)].append(entry);
    }
    m_groups.clear();
    for (auto it = byTag.begin(); it != byTag.end(); ++it) {
        std::ranges::sort(*it, [](const Entry &a, const Entry &b) {
            const int folded = a.profile.name.compare(b.profile.name, Qt::CaseInsensitive);
            return folded != 0 ? folded < 0 : a.profile.name < b.profile.name;
        });
        m_groups.append(Group{it.key(), environmentColor(it.key()), *it});
    }
    std::ranges::sort(m_groups, groupLess, &Group::environment);
    endResetModel();
}

const Profile *ProfileListModel::profileAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupId)
        return nullptr;
    const Group &group = m_groups.at(qsizetype(index.internalId() - 1));
    return &group.entries.at(index.row()).profile;
}

QModelIndex ProfileListModel::indexOfProfile(const QString &name) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<Entry> &entries = m_groups.at(g).entries;
        for (int row = 0; row < entries.size(); ++row) {
            if (entries.at(row).profile.name == name)
                return createIndex(row, 0, quintptr(g) + 1);
        }
    }
    return {};
}

QModelIndex ProfileListModel::indexOfGroup(const QString &environment) const
{
    const QString normalized = normalizedEnvironment(environment);
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).environment == normalized)
            return createIndex(g, 0, kGroupId);
    }
    return {};
}

QModelIndex ProfileListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    if (parent.internalId() == kGroupId)
        return createIndex(row, column, quintptr(parent.row()) + 1);
    return {};
}

QModelIndex ProfileListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_groups.at(parent.row()).entries.size());
}

int ProfileListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return group.environment.isEmpty() ? tr("(no environment)") : group.environment;
        case Qt::ToolTipRole:
            return tr("%n profile(s)", nullptr, int(group.entries.size()));
        case EnvironmentRole:
            return group.environment;
        case EnvironmentColorRole:
            return group.color;
        case IsGroupRole:
            return true;
        case ProtectedRole:
            return false;
        case ProfileNameRole:
        case SpecDisplayRole:
            return QString();
        default:
            return {};
        }
    }
    const Group &group = m_groups.at(qsizetype(index.internalId() - 1));
    const Entry &entry = group.entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ProfileNameRole:
        return entry.profile.name;
    case Qt::ToolTipRole:
        return entry.profile.isProtected
                   ? tr("%1\nProtected: changes need a typed confirmation").arg(entry.specDisplay)
                   : entry.specDisplay;
    case EnvironmentRole:
        return group.environment;
    case EnvironmentColorRole:
        return group.color;
    case ProtectedRole:
        return entry.profile.isProtected;
    case SpecDisplayRole:
        return entry.specDisplay;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ProfileNameRole, "profileName");
    names.insert(EnvironmentRole, "environment");
    names.insert(EnvironmentColorRole, "environmentColor");
    names.insert(ProtectedRole, "protected");
    names.insert(SpecDisplayRole, "specDisplay");
    names.insert(IsGroupRole, "isGroup");
    return names;
}

} // namespace parity
