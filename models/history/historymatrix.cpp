#include "historymatrix.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace parity {

namespace {

// Compares ids the way people read versions: runs of digits by value, so
// "1.10" follows "1.9" and "000012" follows "3".
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ie = i;
            qsizetype je = j;
            while (ie < a.size() && a.at(ie).isDigit())
                ++ie;
            while (je < b.size() && b.at(je).isDigit())
                ++je;
            QStringView da = QStringView(a).mid(i, ie - i);
            QStringView db = QStringView(b).mid(j, je - j);
            while (da.size() > 1 && da.front() == QLatin1Char('0'))
                da = da.mid(1);
            while (db.size() > 1 && db.front() == QLatin1Char('0'))
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size();
            if (const int c = da.compare(db); c != 0)
                return c < 0;
            i = ie;
            j = je;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

// A golang-migrate version as a number, for "everything up to the current version ran".
std::optional<qulonglong> versionNumber(const QString &id)
{
    bool ok = false;
    const qulonglong v = id.toULongLong(&ok);
    return ok ? std::optional<qulonglong>(v) : std::nullopt;
}

// Whether frameworks record their run order better than their ids sort:
// Liquibase ids are "file::id::author", Knex runs in batches.
bool keepsRunOrder(MigrationFramework framework)
{
    return framework == MigrationFramework::Liquibase || framework == MigrationFramework::Knex;
}

bool ran(MigrationState state)
{
    return state == MigrationState::Applied || state == MigrationState::Baseline || state == MigrationState::Failed
           || state == MigrationState::Dirty || state == MigrationState::Skipped;
}

bool needsAttention(MigrationState state)
{
    return state == MigrationState::Failed || state == MigrationState::Dirty || state == MigrationState::RolledBack;
}

// The frameworks the matrix has rows for: every one an environment keeps a
// table of, and for a folder layout no environment has a table for yet, the
// first framework it serves (a fresh database has not run any).
QList<MigrationFramework> frameworksOf(const QList<EnvironmentHistory> &environments,
                                       const std::optional<MigrationFolder> &folder)
{
    QSet<MigrationFramework> kept;
    for (const EnvironmentHistory &environment : environments) {
        for (const HistoryTable &table : environment.tables)
            kept.insert(table.framework);
    }
    QSet<MigrationFramework> wanted = kept;
    if (folder) {
        QSet<FolderLayout> layouts;
        for (const DiskMigration &m : folder->migrations)
            layouts.insert(m.layout);
        for (FolderLayout layout : std::as_const(layouts)) {
            bool served = false;
            std::optional<MigrationFramework> first;
            for (MigrationFramework f : allMigrationFrameworks()) {
                if (!layoutServes(layout, f))
                    continue;
                if (!first)
                    first = f;
                served = served || kept.contains(f);
            }
            if (!served && first)
                wanted.insert(*first);
        }
    }
    QList<MigrationFramework> result;
    for (MigrationFramework f : allMigrationFrameworks()) {
        if (wanted.contains(f))
            result.append(f);
    }
    return result;
}

struct FrameworkRows
{
    MigrationFramework framework;
    const QList<EnvironmentHistory> &environments;
    QList<const DiskMigration *> disk;
    QHash<QString, const DiskMigration *> diskById;

    QStringList orderedIds() const
    {
        QStringList ids;
        QSet<QString> seen;
        auto add = [&](const QString &id) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        };
        for (const DiskMigration *m : disk)
            add(m->id);
        for (const EnvironmentHistory &environment : environments) {
            if (const HistoryTable *table = environment.table(framework)) {
                for (const AppliedMigration &m : table->migrations)
                    add(m.id);
            }
        }
        // Ids that sort as versions or timestamps are shown in that order; for
        // the others (Liquibase, Knex, Alembic's graph) the folder's order and
        // then the order the databases ran them is the meaningful one.
        if (!keepsRunOrder(framework) && framework != MigrationFramework::Alembic)
            std::stable_sort(ids.begin(), ids.end(), naturalLess);
        return ids;
    }

    // The ids an Alembic database has run: its heads and all their ancestors on disk.
    QSet<QString> alembicRan(const HistoryTable &table) const
    {
        QSet<QString> result;
        QStringList stack;
        for (const AppliedMigration &head : table.migrations)
            stack.append(head.id);
        while (!stack.isEmpty()) {
            const QString id = stack.takeLast();
            if (result.contains(id))
                continue;
            result.insert(id);
            if (const DiskMigration *m = diskById.value(id))
                stack.append(m->parents);
        }
        return result;
    }

    HistoryCell cell(const QString &id, const EnvironmentHistory &environment) const
    {
        HistoryCell c;
        const HistoryTable *table = environment.table(framework);
        if (!table) {
            c.state = MigrationState::NoTable;
            return c;
        }
        // The last row wins: a Prisma migration failed, was marked rolled
        // back and ran again leaves three rows, and the last one is its state.
        const AppliedMigration *row = nullptr;
        for (const AppliedMigration &m : table->migrations) {
            if (m.id == id)
                row = &m;
        }
        if (row) {
            c.state = row->state;
            c.appliedAt = row->appliedAt;
            c.detail = row->detail;
            if (const DiskMigration *disk = diskById.value(id); disk && !disk->checksum.isEmpty()
                                                                && !row->checksum.isEmpty()
                                                                && row->state != MigrationState::Baseline)
                c.checksumDiffers = disk->checksum.trimmed() != row->checksum.trimmed();
            return c;
        }
        c.state = MigrationState::NotApplied;
        if (framework == MigrationFramework::GolangMigrate) {
            // One row: the current version. Every lower version ran before it.
            const auto wanted = versionNumber(id);
            for (const AppliedMigration &m : table->migrations) {
                const auto current = versionNumber(m.id);
                if (wanted && current && *wanted < *current) {
                    c.state = MigrationState::Applied;
                    c.inferred = true;
                }
            }
        } else if (framework == MigrationFramework::Alembic) {
            if (alembicRan(*table).contains(id)) {
                c.state = MigrationState::Applied;
                c.inferred = true;
            }
        } else if (framework == MigrationFramework::Flyway) {
            // Versions at or below the baseline are taken as there.
            for (const AppliedMigration &m : table->migrations) {
                if (m.state == MigrationState::Baseline && !id.startsWith(QLatin1String("R:"))
                    && !naturalLess(m.id, id)) {
                    c.state = MigrationState::Baseline;
                    c.inferred = true;
                }
            }
        }
        return c;
    }
};

bool rowAgrees(const HistoryRow &row, bool folderCovers)
{
    if (folderCovers && !row.onDisk)
        return false;
    std::optional<MigrationState> common;
    for (const HistoryCell &c : row.cells) {
        if (needsAttention(c.state) || c.checksumDiffers)
            return false;
        const MigrationState state = isAppliedLike(c.state) ? MigrationState::Applied : c.state;
        if (folderCovers && state != MigrationState::Applied)
            return false;
        if (common && *common != state)
            return false;
        common = state;
    }
    return true;
}

} // namespace

HistoryMatrix buildHistoryMatrix(const QList<EnvironmentHistory> &environments,
                                 const std::optional<MigrationFolder> &folder)
{
    HistoryMatrix matrix;
    matrix.environments = environments;
    matrix.folder = folder;
    for (MigrationFramework framework : frameworksOf(environments, folder)) {
        FrameworkRows rows{framework, environments, {}, {}};
        if (folder) {
            for (const DiskMigration &m : folder->migrations) {
                if (layoutServes(m.layout, framework) && !rows.diskById.contains(m.id)) {
                    rows.disk.append(&m);
                    rows.diskById.insert(m.id, &m);
                }
            }
        }
        const bool folderCovers = !rows.disk.isEmpty();
        for (const QString &id : rows.orderedIds()) {
            HistoryRow row;
            row.framework = framework;
            row.id = id;
            row.name = id;
            if (const DiskMigration *disk = rows.diskById.value(id)) {
                row.onDisk = true;
                row.path = disk->path;
                row.name = disk->name;
            }
            for (const EnvironmentHistory &environment : environments) {
                row.cells.append(rows.cell(id, environment));
                if (const HistoryTable *table = environment.table(framework)) {
                    for (const AppliedMigration &m : table->migrations) {
                        if (m.id == id && !m.name.isEmpty() && !row.onDisk)
                            row.name = m.name;
                    }
                }
            }
            row.agrees = rowAgrees(row, folderCovers);
            matrix.rows.append(row);
        }
    }
    return matrix;
}

bool HistoryMatrix::allAgree() const
{
    return std::ranges::all_of(rows, &HistoryRow::agrees);
}

QList<MigrationFramework> HistoryMatrix::frameworks() const
{
    QList<MigrationFramework> result;
    for (const HistoryRow &row : rows) {
        if (!result.contains(row.framework))
            result.append(row.framework);
    }
    return result;
}

QList<const HistoryRow *> HistoryMatrix::pending(qsizetype environment) const
{
    QList<const HistoryRow *> result;
    for (const HistoryRow &row : rows) {
        if (!row.onDisk || environment < 0 || environment >= row.cells.size())
            continue;
        const MigrationState state = row.cells.at(environment).state;
        if (state == MigrationState::NotApplied || state == MigrationState::NoTable
            || state == MigrationState::RolledBack)
            result.append(&row);
    }
    return result;
}

QList<const HistoryRow *> HistoryMatrix::missingOnDisk(qsizetype environment) const
{
    QList<const HistoryRow *> result;
    if (!folder)
        return result;
    QSet<MigrationFramework> covered;
    for (const HistoryRow &row : rows) {
        if (row.onDisk)
            covered.insert(row.framework);
    }
    for (const HistoryRow &row : rows) {
        if (row.onDisk || !covered.contains(row.framework) || environment < 0 || environment >= row.cells.size())
            continue;
        const HistoryCell &cell = row.cells.at(environment);
        if (ran(cell.state) && cell.state != MigrationState::Baseline)
            result.append(&row);
    }
    return result;
}

} // namespace parity
