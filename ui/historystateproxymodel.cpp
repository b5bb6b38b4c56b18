#include "historystateproxymodel.h"

#include "history/migrationhistory.h"
#include "item/historymatrixmodel.h"

#include <QFont>

namespace parity {

QColor HistoryStateProxyModel::stateColor(MigrationState state, bool dark)
{
    switch (state) {
    case MigrationState::Applied:
    case MigrationState::Baseline:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case MigrationState::NotApplied:
    case MigrationState::RolledBack:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa8, 0x5d, 0x00);
    case MigrationState::Failed:
    case MigrationState::Dirty:
        return dark ? QColor(0xef, 0x73, 0x73) : QColor(0xc6, 0x28, 0x28);
    case MigrationState::Skipped:
    case MigrationState::NoTable:
        return dark ? QColor(0x8a, 0x8a, 0x8a) : QColor(0x75, 0x75, 0x75);
    }
    return {};
}

void HistoryStateProxyModel::setDarkPalette(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ForegroundRole});
}

QVariant HistoryStateProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || (role != Qt::ForegroundRole && role != Qt::FontRole && role != Qt::AccessibleTextRole))
        return QIdentityProxyModel::data(index, role);
    const QVariant state = index.data(HistoryMatrixModel::StateRole);
    const bool agrees = index.data(HistoryMatrixModel::AgreesRole).toBool();
    switch (role) {
    case Qt::ForegroundRole: {
        if (!state.isValid())
            return {};
        const QColor colour = stateColor(MigrationState(state.toInt()), m_dark);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::FontRole: {
        const bool boldRow = index.column() == 0 && !agrees;
        const bool changed = index.data(HistoryMatrixModel::ChecksumDiffersRole).toBool();
        if (!boldRow && !changed)
            return QIdentityProxyModel::data(index, role);
        QFont font;
        font.setBold(boldRow);
        font.setItalic(changed);
        return font;
    }
    case Qt::AccessibleTextRole: {
        // Screen readers cannot see colours or bold: say it.
        const QString text = index.data(Qt::DisplayRole).toString();
        return index.column() == 0 && !agrees ? tr("%1, differs between environments").arg(text)
                                              : text;
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace parity
