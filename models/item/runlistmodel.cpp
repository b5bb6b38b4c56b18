#include "runlistmodel.h"

namespace parity {

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunListModel::setRuns(const QList<RunRecord> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const RunRecord *RunListModel::runAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_runs.size())
        return nullptr;
    return &m_runs[index.row()];
}

QModelIndex RunListModel::indexOfRun(const QString &id) const
{
    for (qsizetype row = 0; row < m_runs.size(); ++row) {
        if (m_runs[row].id == id)
            return index(int(row), 0);
    }
    return {};
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunListModel::displayText(const RunRecord &run, int column) const
{
    switch (column) {
    case StartedColumn:
        return run.startedAt.isValid()
                   ? run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                   : QString();
    case KindColumn:
        if (run.kind == QLatin1String("rollback"))
            return run.rollsBack.isEmpty() ? tr("rollback")
                                           : tr("rollback of %1").arg(run.rollsBack);
        return run.kind;
    case TargetColumn:
        return run.profile.isEmpty()
                   ? run.target
                   : run.target + QStringLiteral(" (") + run.profile + QLatin1Char(')');
    case EnvironmentColumn:
        return run.environment;
    case OutcomeColumn:
        return runOutcomeText(run.outcome);
    case StatementsColumn:
        // A record from a run that died early may list more statements than
        // it planned; never show "5 of 3".
        return tr("%1 of %2")
            .arg(run.committedStatements().size())
            .arg(qMax<qsizetype>(run.statementsTotal, run.statements.size()));
    case BackupColumn:
        if (run.backupPath.isEmpty())
            return tr("none");
        return run.backupVerified ? tr("verified") : tr("not verified");
    case RunIdColumn:
        return run.id;
    }
    return {};
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    const RunRecord *run = runAt(index);
    if (!run)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*run, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OutcomeColumn:
            return run->message.isEmpty() ? QVariant() : QVariant(run->message);
        case BackupColumn:
            return run->backupPath.isEmpty() ? QVariant() : QVariant(run->backupPath);
        case TargetColumn:
            return run->targetName.isEmpty() ? QVariant() : QVariant(run->targetName);
        default:
            return {};
        }
    case RunIdRole:
        return run->id;
    case OutcomeRole:
        return runOutcomeKey(run->outcome);
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case KindColumn:
        return tr("Kind");
    case TargetColumn:
        return tr("Target");
    case EnvironmentColumn:
        return tr("Environment");
    case OutcomeColumn:
        return tr("Outcome");
    case StatementsColumn:
        return tr("Statements");
    case BackupColumn:
        return tr("Backup");
    case RunIdColumn:
        return tr("Run id");
    }
    return {};
}

} // namespace parity
