#include "runoutcomeproxymodel.h"

#include "item/runlistmodel.h"
#include "runpresentation.h"

#include <QFont>

namespace parity {

QVariant RunOutcomeProxyModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == RunListModel::OutcomeColumn
        && (role == Qt::ForegroundRole || role == Qt::FontRole)) {
        const auto outcome = runOutcomeFromKey(index.data(RunListModel::OutcomeRole).toString());
        if (!outcome)
            return QIdentityProxyModel::data(index, role);
        if (role == Qt::ForegroundRole) {
            const QColor colour = runOutcomeColor(*outcome);
            return colour.isValid() ? QVariant(colour) : QVariant();
        }
        QFont font;
        font.setBold(*outcome != RunOutcome::Succeeded);
        return font;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace parity
