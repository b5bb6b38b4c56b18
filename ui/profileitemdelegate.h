#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace parity {

/// Paints ProfileListModel rows: a colour swatch per environment group, a
/// dot in the environment's colour per profile, and a padlock instead of the
/// dot for protected profiles. The model only names the colour (it has no
/// QtGui); the swatches are drawn here.
class ProfileItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    enum class Mark { Group, Profile, ProtectedProfile };

    /// The icon drawn for a row.
    static QIcon swatch(const QString &colorName, Mark mark);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon cachedSwatch(const QString &colorName, Mark mark) const;

    // Painting asks for the same few icons on every repaint; they live as
    // long as the delegate (so never past the QGuiApplication).
    mutable QHash<QString, QIcon> m_swatches;
};

} // namespace parity
