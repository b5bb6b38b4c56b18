#include "profileitemdelegate.h"

#include "item/profilelistmodel.h"

#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace parity {

namespace {

constexpr int kSize = 16;

QPixmap drawSwatch(const QColor &color, ProfileItemDelegate::Mark mark, qreal ratio)
{
    QPixmap pixmap(QSize(kSize, kSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    switch (mark) {
    case ProfileItemDelegate::Mark::Group:
        painter.drawRoundedRect(QRectF(1, 1, kSize - 2, kSize - 2), 3, 3);
        break;
    case ProfileItemDelegate::Mark::Profile:
        painter.drawEllipse(QRectF(4, 4, kSize - 8, kSize - 8));
        break;
    case ProfileItemDelegate::Mark::ProtectedProfile: {
        // A padlock: shackle above a solid body, in the environment's colour.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(color, 2.0));
        painter.drawArc(QRectF(4.5, 1.5, 7, 9), 0, 180 * 16);
        painter.drawLine(QPointF(4.5, 6), QPointF(4.5, 8));
        painter.drawLine(QPointF(11.5, 6), QPointF(11.5, 8));
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(2.5, 7.5, 11, 8), 1.5, 1.5);
        break;
    }
    }
    return pixmap;
}

} // namespace

QIcon ProfileItemDelegate::swatch(const QString &colorName, Mark mark)
{
    const QColor color = QColor::fromString(colorName);
    QIcon icon;
    icon.addPixmap(drawSwatch(color, mark, 1.0));
    icon.addPixmap(drawSwatch(color, mark, 2.0));
    return icon;
}

QIcon ProfileItemDelegate::cachedSwatch(const QString &colorName, Mark mark) const
{
    const QString key = colorName + QLatin1Char('/') + QString::number(int(mark));
    if (auto it = m_swatches.constFind(key); it != m_swatches.constEnd())
        return *it;
    const QIcon icon = swatch(colorName, mark);
    m_swatches.insert(key, icon);
    return icon;
}

void ProfileItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString color = index.data(ProfileListModel::EnvironmentColorRole).toString();
    if (color.isEmpty())
        return;
    const bool group = index.data(ProfileListModel::IsGroupRole).toBool();
    const bool locked = index.data(ProfileListModel::ProtectedRole).toBool();
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = cachedSwatch(color, group    ? Mark::Group
                                       : locked ? Mark::ProtectedProfile
                                                : Mark::Profile);
    option->decorationSize = QSize(kSize, kSize);
    if (group)
        option->font.setBold(true);
}

} // namespace parity
