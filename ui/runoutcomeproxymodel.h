#pragma once

#include <QIdentityProxyModel>

namespace parity {

/// Colours a RunListModel's outcome column by outcome (green, red, amber)
/// and sets it in bold when the run did not succeed. RunListModel lives in
/// models/, which has no Gui; the colours are the view's business.
class RunOutcomeProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace parity
