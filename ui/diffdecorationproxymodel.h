#pragma once

#include <QBrush>
#include <QIdentityProxyModel>

namespace parity {

/// What only a widget layer may add to the diff tree (DiffTreeModel lives in
/// models/ and has no Gui): icons per object kind, a colour per kind of
/// difference, and a hatched placeholder on the side that lacks an object.
/// Colours suit the palette: setDarkPalette() switches them.
class DiffDecorationProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit DiffDecorationProxyModel(QObject *parent = nullptr);

    void setDarkPalette(bool dark);
    bool isDarkPalette() const { return m_dark; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Background of added, removed and changed rows for this palette (the
    /// detail pane and the legend use the same colours).
    static QColor addedColor(bool dark);
    static QColor removedColor(bool dark);
    static QColor changedColor(bool dark);

private:
    bool m_dark = false;
};

} // namespace parity
