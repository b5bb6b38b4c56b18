#pragma once

#include <QIdentityProxyModel>

namespace parity {

/// Adds what only a widget layer may know to SchemaTreeModel (which lives in
/// models/ and has no Gui): an icon per object kind and bold group rows.
class SchemaIconProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit SchemaIconProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace parity
