#include "historymatrixmodel.h"

#include <QDir>

namespace parity {

namespace {

QString utcText(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

HistoryMatrixModel::HistoryMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryMatrixModel::setMatrix(HistoryMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_manyFrameworks = false;
    m_folderFrameworks.clear();
    if (m_matrix.folder) {
        for (const DiskMigration &migration : std::as_const(m_matrix.folder->migrations)) {
            for (MigrationFramework framework : allMigrationFrameworks()) {
                if (layoutServes(migration.layout, framework))
                    m_folderFrameworks.insert(int(framework));
            }
        }
    }
    for (const HistoryRow &row : std::as_const(m_matrix.rows)) {
        if (row.framework != m_matrix.rows.first().framework) {
            m_manyFrameworks = true;
            break;
        }
    }
    endResetModel();
}

int HistoryMatrixModel::environmentColumn(qsizetype environment) const
{
    if (environment < 0 || environment >= m_matrix.environments.size())
        return -1;
    return firstEnvironmentColumn() + int(environment);
}

qsizetype HistoryMatrixModel::environmentOfColumn(int column) const
{
    const qsizetype environment = column - firstEnvironmentColumn();
    return environment >= 0 && environment < m_matrix.environments.size() ? environment : -1;
}

QModelIndex HistoryMatrixModel::indexOfMigration(const QString &id, int framework) const
{
    for (qsizetype r = 0; r < m_matrix.rows.size(); ++r) {
        const HistoryRow &row = m_matrix.rows[r];
        if (row.id == id && (framework < 0 || int(row.framework) == framework))
            return index(int(r), 0);
    }
    return {};
}

int HistoryMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int HistoryMatrixModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return firstEnvironmentColumn() + int(m_matrix.environments.size());
}

QString HistoryMatrixModel::migrationText(const HistoryRow &row) const
{
    if (!m_manyFrameworks)
        return row.id;
    return tr("%1 (%2)").arg(row.id, migrationFrameworkName(row.framework));
}

QString HistoryMatrixModel::migrationTip(const HistoryRow &row) const
{
    QStringList lines{row.id};
    if (!row.name.isEmpty() && row.name != row.id)
        lines << row.name;
    lines << tr("Framework: %1").arg(migrationFrameworkName(row.framework));
    if (row.onDisk)
        lines << tr("File: %1").arg(QDir::toNativeSeparators(row.path));
    else if (m_matrix.folderGiven())
        lines << tr("Not in the migrations folder");
    return lines.join(QLatin1Char('\n'));
}

QString HistoryMatrixModel::cellText(const HistoryRow &row, const HistoryCell &cell) const
{
    QString text;
    switch (cell.state) {
    case MigrationState::Applied:
        text = cell.appliedAt.isValid() ? tr("applied %1").arg(utcText(cell.appliedAt))
                                        : tr("applied");
        break;
    case MigrationState::Failed:
        text = cell.detail.isEmpty() ? tr("failed") : tr("failed: %1").arg(firstLine(cell.detail));
        break;
    case MigrationState::RolledBack:
        text = tr("rolled back");
        break;
    case MigrationState::Dirty:
        text = tr("dirty");
        break;
    case MigrationState::Skipped:
        text = tr("skipped");
        break;
    case MigrationState::Baseline:
        text = tr("baseline");
        break;
    case MigrationState::NotApplied:
        // Not in a folder that holds this framework's migrations: nothing is
        // waiting to run here, another branch ran it elsewhere.
        text = row.onDisk || !m_folderFrameworks.contains(int(row.framework)) ? tr("pending")
                                                                              : tr("not applied");
        break;
    case MigrationState::NoTable:
        return QStringLiteral("—");
    }
    if (cell.checksumDiffers)
        text += QStringLiteral(" · ") + tr("changed on disk");
    return text;
}

QString HistoryMatrixModel::cellTip(const HistoryRow &row, const HistoryCell &cell,
                                    qsizetype environment) const
{
    const EnvironmentHistory &env = m_matrix.environments[environment];
    QStringList lines;
    if (cell.state == MigrationState::NoTable)
        lines << tr("%1 keeps no %2 migration table.")
                     .arg(env.name, migrationFrameworkName(row.framework));
    else
        lines << tr("%1: %2").arg(env.name, cellText(row, cell));
    if (cell.state == MigrationState::Applied && cell.appliedAt.isValid())
        lines << tr("Applied at %1 (local time)")
                     .arg(cell.appliedAt.toLocalTime().toString(
                         QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!cell.detail.isEmpty())
        lines << cell.detail;
    if (cell.inferred)
        lines << tr("Inferred from the migrations folder: %1 records only the current version.")
                     .arg(migrationFrameworkName(row.framework));
    if (cell.checksumDiffers)
        lines << tr(
            "The file changed after it ran here: its checksum differs from the one recorded.");
    return lines.join(QLatin1Char('\n'));
}

QVariant HistoryMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_matrix.rows.size())
        return {};
    const HistoryRow &row = m_matrix.rows[index.row()];
    const qsizetype environment = environmentOfColumn(index.column());
    const HistoryCell *cell =
        environment >= 0 && environment < row.cells.size() ? &row.cells[environment] : nullptr;
    const bool onDiskColumn = m_matrix.folderGiven() && index.column() == 1;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return migrationText(row);
        if (onDiskColumn)
            return row.onDisk ? tr("yes") : tr("no");
        return cell ? cellText(row, *cell) : QString();
    case Qt::ToolTipRole:
        if (index.column() == 0)
            return migrationTip(row);
        if (onDiskColumn) {
            return row.onDisk
                       ? QDir::toNativeSeparators(QDir(m_matrix.folder->root).filePath(row.path))
                       : tr("Not in %1").arg(QDir::toNativeSeparators(m_matrix.folder->root));
        }
        return cell ? cellTip(row, *cell, environment) : QString();
    case StateRole:
        return cell ? QVariant(int(cell->state)) : QVariant();
    case FrameworkRole:
        return int(row.framework);
    case AgreesRole:
        return row.agrees;
    case OnDiskRole:
        return row.onDisk;
    case IdRole:
        return row.id;
    case ChecksumDiffersRole:
        return cell ? QVariant(cell->checksumDiffers) : QVariant();
    case EnvironmentRole:
        return int(environment);
    default:
        return {};
    }
}

QVariant HistoryMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? tr("Migration")
                                       : tr("The migration, as its framework records it");
    if (m_matrix.folderGiven() && section == 1) {
        return role == Qt::DisplayRole
                   ? tr("On disk")
                   : tr("Whether %1 holds it").arg(QDir::toNativeSeparators(m_matrix.folder->root));
    }
    const qsizetype environment = environmentOfColumn(section);
    if (environment < 0)
        return {};
    const EnvironmentHistory &env = m_matrix.environments[environment];
    return role == Qt::DisplayRole ? env.name : env.source;
}

QStringList HistoryMatrixModel::summaryLines() const
{
    if (m_matrix.environments.isEmpty())
        return {tr("No migration history was read.")};
    bool anyTable = false;
    for (const EnvironmentHistory &env : m_matrix.environments)
        anyTable = anyTable || !env.tables.isEmpty();
    if (!anyTable)
        return {tr("No environment keeps a migration table of a framework Parity knows.")};
    if (m_matrix.allAgree()) {
        return {
            m_matrix.environments.size() > 1
                ? tr("All environments agree: %n migration(s) applied everywhere.", nullptr,
                     int(m_matrix.rows.size()))
                : tr("%n migration(s) applied, none pending.", nullptr, int(m_matrix.rows.size()))};
    }
    QStringList lines;
    for (qsizetype e = 0; e < m_matrix.environments.size(); ++e) {
        const EnvironmentHistory &env = m_matrix.environments[e];
        if (env.tables.isEmpty()) {
            lines << tr("%1: no migration table").arg(env.name);
            continue;
        }
        int applied = 0, failed = 0, dirty = 0, rolledBack = 0, changed = 0, elsewhere = 0;
        for (const HistoryRow &row : m_matrix.rows) {
            if (e >= row.cells.size())
                continue;
            const HistoryCell &cell = row.cells[e];
            switch (cell.state) {
            case MigrationState::Applied:
            case MigrationState::Baseline:
                ++applied;
                break;
            case MigrationState::Failed:
                ++failed;
                break;
            case MigrationState::Dirty:
                ++dirty;
                break;
            case MigrationState::RolledBack:
                ++rolledBack;
                break;
            case MigrationState::NotApplied:
                ++elsewhere;
                break;
            case MigrationState::Skipped:
            case MigrationState::NoTable:
                break;
            }
            if (cell.checksumDiffers)
                ++changed;
        }
        QStringList parts;
        if (m_matrix.folderGiven()) {
            if (const int pending = int(m_matrix.pending(e).size()); pending > 0)
                parts << tr("%n pending", nullptr, pending);
            if (const int missing = int(m_matrix.missingOnDisk(e).size()); missing > 0)
                parts << tr("%n applied but not on disk", nullptr, missing);
        } else if (elsewhere > 0) {
            parts << tr("%n not applied that another environment ran", nullptr, elsewhere);
        }
        if (failed > 0)
            parts << tr("%n failed", nullptr, failed);
        if (dirty > 0)
            parts << tr("%n dirty", nullptr, dirty);
        if (rolledBack > 0)
            parts << tr("%n rolled back", nullptr, rolledBack);
        if (changed > 0)
            parts << tr("%n file(s) changed after they ran", nullptr, changed);
        if (parts.isEmpty())
            parts << tr("%n applied, up to date", nullptr, applied);
        lines << tr("%1: %2").arg(env.name, parts.join(QStringLiteral(", ")));
    }
    return lines;
}

} // namespace parity
