#pragma once

#include "history/migrationfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// How scanMigrationFolder() recognises each layout's files, names them with
// the ids their frameworks record, and puts them in the order they run.

namespace parity {

/// A file that is (or may be) a migration, before it is read.
struct MigrationCandidate
{
    DiskMigration migration; ///< layout, id, name, path, version, and hasDown where files tell it
    QString file;            ///< the absolute path of the file to read
    QString group;           ///< migrations are ordered within a group: a Django app, a folder
    bool certain = true; ///< Alembic: in a `versions` folder (else a .py file that may not be one)
    bool undo =
        false; ///< a Flyway U file: the undo of version `migration.version`, not a migration
    bool unreadable = false; ///< reading it failed (a warning says why)
};

/// The folder a file sits in.
struct FolderContext
{
    QString path; ///< absolute
    QString name;
    bool isRoot = false; ///< the folder the scan started at
    QSet<QString> files; ///< the names of the files beside it
};

/// What `file` is, if it is a migration of some layout; a malformed one
/// (a Flyway name whose version is not a version) adds a warning instead.
std::optional<MigrationCandidate> classifyMigrationFile(const QFileInfo &file,
                                                        const FolderContext &folder,
                                                        const QDir &root, QStringList &warnings);

/// Layouts in FolderLayout order; within a layout, by group and then in the
/// order the framework runs them (Alembic: by file name until its graph is read).
void sortMigrationCandidates(QList<MigrationCandidate> &candidates);

/// Alembic revisions in graph order, parents before children, per folder.
QList<DiskMigration> orderAlembicRevisions(const QList<MigrationCandidate> &revisions,
                                           QStringList &warnings);

/// Flyway: a U file makes its V file undoable.
void markFlywayUndos(QList<DiskMigration> &migrations, const QList<MigrationCandidate> &candidates);

/// A DROP INDEX that names no table (PostgreSQL, Alembic's drop_index) gets
/// the table an earlier migration of the same layout created the index on.
void fillIndexTables(QList<DiskMigration> &migrations);

/// Compares Flyway versions number by number ("1.10" after "1.9"; "1" equals "1.0").
int compareFlywayVersions(const QString &a, const QString &b);

} // namespace parity
