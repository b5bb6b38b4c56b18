#pragma once

#include "history/historymatrix.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

namespace parity {

/// A HistoryMatrix as a table: one row per migration, column 0 the
/// migration, column 1 "On disk" when a folder was given, then one column
/// per environment with the migration's state there ("applied 2025-12-03
/// 10:15 UTC", "pending", "failed: …", "—" without a table). The matrix is
/// copied in; setMatrix() swaps the whole snapshot. Colours per state are
/// the view's business: it reads StateRole and AgreesRole.
class HistoryMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        /// MigrationState as int, on environment columns; invalid elsewhere.
        StateRole = Qt::UserRole + 1,
        FrameworkRole,       ///< MigrationFramework as int, on every column
        AgreesRole,          ///< bool: HistoryRow::agrees, on every column
        OnDiskRole,          ///< bool: the folder has the migration, on every column
        IdRole,              ///< the migration's id, on every column
        ChecksumDiffersRole, ///< bool: the file changed after it ran there (environment columns)
        EnvironmentRole,     ///< the environment's index for its column, -1 elsewhere
    };

    explicit HistoryMatrixModel(QObject *parent = nullptr);

    void setMatrix(HistoryMatrix matrix);
    const HistoryMatrix &matrix() const { return m_matrix; }

    /// The column of environment `environment`, or -1.
    int environmentColumn(qsizetype environment) const;
    /// The environment shown in `column`, or -1 for the migration and "On disk" columns.
    qsizetype environmentOfColumn(int column) const;
    /// The row of migration `id` (of any framework when `framework` is -1), or an invalid index.
    QModelIndex indexOfMigration(const QString &id, int framework = -1) const;

    /// One line per environment ("uat: 11 pending, 1 applied but not on
    /// disk"), or one line saying that all environments agree.
    QStringList summaryLines() const;
    /// The state of one cell in words, as the table shows it.
    QString cellText(const HistoryRow &row, const HistoryCell &cell) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int firstEnvironmentColumn() const { return m_matrix.folderGiven() ? 2 : 1; }
    QString migrationText(const HistoryRow &row) const;
    QString migrationTip(const HistoryRow &row) const;
    QString cellTip(const HistoryRow &row, const HistoryCell &cell, qsizetype environment) const;

    HistoryMatrix m_matrix;
    bool m_manyFrameworks = false; // name the framework in column 0
    QSet<int> m_folderFrameworks;  // MigrationFramework values the folder holds migrations of
};

} // namespace parity
