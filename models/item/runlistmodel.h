#pragma once

#include "migration/execution/runrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace parity {

/// The runs of the local audit log (RunStore::list()) as a table, in the
/// order given (the store gives newest first). The list is copied in;
/// setRuns() swaps the whole snapshot. Colours and icons per outcome are the
/// view's business: it reads OutcomeRole.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartedColumn,
        KindColumn,
        TargetColumn,
        EnvironmentColumn,
        OutcomeColumn,
        StatementsColumn,
        BackupColumn,
        RunIdColumn,
        ColumnCount
    };
    enum Role {
        RunIdRole = Qt::UserRole + 1, ///< the run's id, on every column
        OutcomeRole,                  ///< runOutcomeKey() of the run's outcome, on every column
    };

    explicit RunListModel(QObject *parent = nullptr);

    void setRuns(const QList<RunRecord> &runs);
    const QList<RunRecord> &runs() const { return m_runs; }
    /// The run at `index`, or nullptr for an invalid index.
    const RunRecord *runAt(const QModelIndex &index) const;
    /// The row of the run with `id`, or an invalid index.
    QModelIndex indexOfRun(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const RunRecord &run, int column) const;

    QList<RunRecord> m_runs;
};

} // namespace parity
