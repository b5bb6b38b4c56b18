#pragma once

#include "migration/migrationplan.h"

#include <QAbstractTableModel>

namespace parity {

/// The hazards of a plan as a table, most severe first: severity, object,
/// reason, the live figure and a few samples. setHazards() swaps the list.
class HazardListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, ObjectColumn, ReasonColumn, FigureColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< HazardSeverity as int
        ObjectRole,                       ///< "public.users.email"
        DataLossRole,                     ///< bool
    };

    explicit HazardListModel(QObject *parent = nullptr);

    void setHazards(const QList<Hazard> &hazards);
    const QList<Hazard> &hazards() const { return m_hazards; }
    const Hazard *hazardAt(const QModelIndex &index) const;
    /// How many hazards of each severity, for a summary ("2 high, 1 medium").
    int count(HazardSeverity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Hazard> m_hazards; // most severe first, then by object
};

} // namespace parity
