#include "hazardlistmodel.h"

#include <algorithm>

namespace parity {

HazardListModel::HazardListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HazardListModel::setHazards(const QList<Hazard> &hazards)
{
    beginResetModel();
    m_hazards = hazards;
    std::stable_sort(m_hazards.begin(), m_hazards.end(), [](const Hazard &a, const Hazard &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.object < b.object;
    });
    endResetModel();
}

const Hazard *HazardListModel::hazardAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_hazards.size())
        return nullptr;
    return &m_hazards[index.row()];
}

int HazardListModel::count(HazardSeverity severity) const
{
    return int(std::count_if(m_hazards.cbegin(), m_hazards.cend(),
                             [severity](const Hazard &h) { return h.severity == severity; }));
}

int HazardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hazards.size());
}

int HazardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HazardListModel::data(const QModelIndex &index, int role) const
{
    const Hazard *h = hazardAt(index);
    if (!h)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            switch (h->severity) {
            case HazardSeverity::High: return tr("high");
            case HazardSeverity::Medium: return tr("medium");
            case HazardSeverity::Low: return tr("low");
            }
            return {};
        case ObjectColumn:
            return h->object;
        case ReasonColumn:
            return h->reason;
        case FigureColumn: {
            QString text = h->figureText();
            if (!h->samples.isEmpty())
                text += tr(" (e.g. %1)").arg(h->samples.mid(0, 3).join(QStringLiteral(", ")));
            return text;
        }
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = h->object + QStringLiteral(": ") + h->reason + QLatin1Char('\n') + h->figureText();
        if (!h->samples.isEmpty())
            tip += QLatin1Char('\n') + tr("Samples: %1").arg(h->samples.join(QStringLiteral(", ")));
        if (h->dataLoss)
            tip += QLatin1Char('\n') + tr("Loses data: the rows do not come back with the rollback script.");
        return tip;
    }
    case SeverityRole:
        return int(h->severity);
    case ObjectRole:
        return h->object;
    case DataLossRole:
        return h->dataLoss;
    default:
        return {};
    }
}

QVariant HazardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case ObjectColumn: return tr("Object");
    case ReasonColumn: return tr("Hazard");
    case FigureColumn: return tr("Measured");
    }
    return {};
}

} // namespace parity
