#include "profilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace parity {

ProfileStore::ProfileStore(QString path)
    : m_path(std::move(path))
{
}

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/parity/profiles.json");
}

Result<void> ProfileStore::load()
{
    m_profiles.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, QStringLiteral("Cannot read profiles from %1: %2").arg(m_path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonArray array = doc.object().value(QStringLiteral("profiles")).toArray();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(Error::Code::Corrupt,
                    QStringLiteral("The profile file %1 is damaged (%2); fix or move it away, Parity will "
                                   "not overwrite it")
                        .arg(m_path, parseError.errorString()));
    }
    for (const QJsonValue v : array) {
        const QJsonObject o = v.toObject();
        Profile p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.spec = o.value(QStringLiteral("spec")).toString();
        p.environment = o.value(QStringLiteral("environment")).toString();
        p.isProtected = o.value(QStringLiteral("protected")).toBool();
        p.migrationsFolder = o.value(QStringLiteral("migrationsFolder")).toString(); // absent in older files
        if (p.name.isEmpty() || p.spec.isEmpty()) {
            return fail(Error::Code::Corrupt,
                        QStringLiteral("The profile file %1 holds a profile without a name or spec").arg(m_path));
        }
        m_profiles.append(p);
    }
    return {};
}

Result<void> ProfileStore::save() const
{
    QJsonArray array;
    for (const Profile &p : m_profiles) {
        QJsonObject o{{QStringLiteral("name"), p.name},
                      {QStringLiteral("spec"), p.spec},
                      {QStringLiteral("environment"), p.environment},
                      {QStringLiteral("protected"), p.isProtected}};
        if (!p.migrationsFolder.isEmpty())
            o.insert(QStringLiteral("migrationsFolder"), p.migrationsFolder);
        array.append(o);
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, QStringLiteral("Cannot save profiles to %1: %2").arg(m_path, file.errorString()));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("profiles"), array}}).toJson());
    if (!file.commit())
        return fail(Error::Code::Io, QStringLiteral("Cannot save profiles to %1: %2").arg(m_path, file.errorString()));
    return {};
}

const Profile *ProfileStore::find(const QString &name) const
{
    auto it = std::ranges::find(m_profiles, name, &Profile::name);
    return it == m_profiles.end() ? nullptr : &*it;
}

Result<void> ProfileStore::upsert(const Profile &profile)
{
    auto parsed = ConnectionSpec::parse(profile.spec);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (!parsed->password.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("Profile %1: take the password out of the spec; Parity keeps passwords in "
                                   "the system keychain, never in the profile file")
                        .arg(profile.name));
    }
    if (parsed->kind == ConnectionSpec::Kind::Profile)
        return fail(Error::Code::InvalidInput, QStringLiteral("Profile %1 may not point to another profile").arg(profile.name));
    auto it = std::ranges::find(m_profiles, profile.name, &Profile::name);
    if (it == m_profiles.end())
        m_profiles.append(profile);
    else
        *it = profile;
    return {};
}

bool ProfileStore::remove(const QString &name)
{
    return m_profiles.removeIf([&](const Profile &p) { return p.name == name; }) > 0;
}

Result<ConnectionSpec> resolveProfile(const ConnectionSpec &spec, const QString &storePath)
{
    if (spec.kind != ConnectionSpec::Kind::Profile)
        return spec;
    ProfileStore store(storePath);
    if (auto loaded = store.load(); !loaded)
        return std::unexpected(loaded.error());
    const Profile *profile = store.find(spec.profileName);
    if (!profile) {
        return fail(Error::Code::NotFound,
                    QStringLiteral("No saved profile named \"%1\" in %2: save it in Parity's profile dock "
                                   "first, or give a connection URL")
                        .arg(spec.profileName, storePath));
    }
    return ConnectionSpec::parse(profile->spec);
}

} // namespace parity
