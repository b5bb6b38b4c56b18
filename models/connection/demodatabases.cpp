#include "demodatabases.h"

#include "introspection/sqlite/sqlitetokenizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace parity {

QStringList splitSqliteScript(const QString &sql)
{
    QStringList statements;
    const QList<SqliteTokenizer::Token> tokens = SqliteTokenizer::tokenize(sql);
    qsizetype start = 0;
    bool trigger = false; // inside CREATE [TEMP] TRIGGER: ';' ends body statements until END
    int words = 0;
    int depth = 0;
    for (const SqliteTokenizer::Token &t : tokens) {
        if (t.kind == SqliteTokenizer::Token::Kind::Word) {
            if (words < 4 && t.isKeyword(QLatin1StringView("TRIGGER")))
                trigger = true;
            if (trigger && (t.isKeyword(QLatin1StringView("BEGIN")) || t.isKeyword(QLatin1StringView("CASE"))))
                ++depth;
            else if (trigger && t.isKeyword(QLatin1StringView("END")) && depth > 0)
                --depth;
            ++words;
        }
        if (t.isPunctuation(QLatin1Char(';')) && depth == 0) {
            const QString statement = sql.mid(start, t.begin - start).trimmed();
            if (!statement.isEmpty())
                statements << statement;
            start = t.end;
            trigger = false;
            words = 0;
        }
    }
    const QString rest = sql.mid(start).trimmed();
    // A trailing comment is not a statement (comments make no tokens).
    if (!rest.isEmpty() && !SqliteTokenizer::tokenize(rest).isEmpty())
        statements << rest;
    return statements;
}

namespace {

Result<void> build(const QString &path, const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Internal, QStringLiteral("the demo SQL %1 is missing from this build").arg(resource));
    const QString sql = QString::fromUtf8(file.readAll());
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    const QString name = QStringLiteral("parity-demo-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(partial);
        if (!db.open()) {
            result = fail(Error::Code::Io, QStringLiteral("cannot create %1: %2").arg(partial, db.lastError().text()));
        } else {
            QSqlQuery query(db);
            for (const QString &statement : splitSqliteScript(sql)) {
                if (!query.exec(statement)) {
                    result = fail(Error::Code::QueryFailed, QStringLiteral("building the demo database %1 failed: %2")
                                                                .arg(QFileInfo(path).fileName(), query.lastError().text()));
                    break;
                }
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!result) {
        QFile::remove(partial);
        return result;
    }
    // Only a complete database takes the final name.
    if (!QFile::rename(partial, path))
        return fail(Error::Code::Io, QStringLiteral("cannot write %1").arg(path));
    return {};
}

// Writes each file of the compiled-in migrations folder that `folder` lacks.
Result<void> writeMigrations(const QString &folder)
{
    const QDir resources(QStringLiteral(":/parity/demo/migrations"));
    const QStringList names = resources.entryList(QDir::Files, QDir::Name);
    if (names.isEmpty())
        return fail(Error::Code::Internal,
                    QStringLiteral("the demo migrations %1 are missing from this build")
                        .arg(resources.path()));
    if (!QDir().mkpath(folder))
        return fail(Error::Code::Io,
                    QStringLiteral("cannot create the folder %1 for the demo migrations")
                        .arg(folder));
    for (const QString &name : names) {
        const QString path = QDir(folder).filePath(name);
        if (QFileInfo::exists(path))
            continue;
        QFile source(resources.filePath(name));
        if (!source.open(QIODevice::ReadOnly))
            return fail(Error::Code::Internal,
                        QStringLiteral("cannot read the demo migration %1 of this build")
                            .arg(source.fileName()));
        // QSaveFile: a file cut short by a full disk never takes the name.
        QSaveFile target(path);
        if (!target.open(QIODevice::WriteOnly) || target.write(source.readAll()) < 0
            || !target.commit())
            return fail(Error::Code::Io,
                        QStringLiteral("cannot write %1: %2").arg(path, target.errorString()));
    }
    return {};
}

} // namespace

Result<DemoDatabases> prepareDemoDatabases(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return fail(Error::Code::Io, QStringLiteral("cannot create the folder %1 for the demo databases").arg(folder));
    const QDir dir(folder);
    DemoDatabases demo{dir.filePath(QStringLiteral("staging.db")),
                       dir.filePath(QStringLiteral("uat.db")),
                       dir.filePath(QStringLiteral("migrations"))};
    for (const auto &[path, resource] : {std::pair{demo.staging, QStringLiteral(":/parity/demo/staging.sql")},
                                         std::pair{demo.uat, QStringLiteral(":/parity/demo/uat.sql")}}) {
        if (QFileInfo::exists(path))
            continue;
        if (auto made = build(path, resource); !made)
            return std::unexpected(made.error());
    }
    if (auto written = writeMigrations(demo.migrations); !written)
        return std::unexpected(written.error());
    return demo;
}

} // namespace parity
