#include "driftexplanationdelegate.h"

#include "item/difftreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace parity {

namespace {

constexpr int kPadding = 6; // inside the chip, left and right
constexpr int kGap = 10;    // between the detail text and the chip
constexpr int kSlack = 4;   // glyphs from a fallback font (⚠) measure a little short

struct ChipColours
{
    QColor background;
    QColor text;
};

ChipColours coloursFor(bool unexplained, bool dark)
{
    if (unexplained)
        return dark ? ChipColours{QColor(0x6b, 0x24, 0x1f), QColor(0xff, 0xcd, 0xc7)}
                    : ChipColours{QColor(0xfd, 0xe0, 0xdc), QColor(0xa3, 0x1b, 0x12)};
    return dark ? ChipColours{QColor(0x24, 0x3a, 0x52), QColor(0xb9, 0xd8, 0xf7)}
                : ChipColours{QColor(0xe3, 0xed, 0xf8), QColor(0x1c, 0x4a, 0x78)};
}

} // namespace

QString DriftExplanationDelegate::chipText(const QModelIndex &index)
{
    const QString text = index.data(DiffTreeModel::ExplanationRole).toString();
    if (text.isEmpty())
        return {};
    return index.data(DiffTreeModel::UnexplainedRole).toBool() ? QStringLiteral("⚠ ") + text : text;
}

void DriftExplanationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QString chip = chipText(index);
    if (chip.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QFontMetrics metrics(opt.font);

    // The detail gives way to the chip: it is what the row is about now.
    const int chipWidth =
        qMin(metrics.horizontalAdvance(chip) + 2 * kPadding + kSlack, textRect.width());
    const int room = qMax(0, textRect.width() - chipWidth - kGap);
    QString detail = opt.text;
    if (metrics.horizontalAdvance(detail) > room)
        detail = metrics.elidedText(detail, Qt::ElideRight, room);
    opt.text = detail;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int detailWidth = detail.isEmpty() ? 0 : metrics.horizontalAdvance(detail) + kGap;
    QRect chipRect(textRect.left() + detailWidth, textRect.top() + 2, chipWidth,
                   textRect.height() - 4);
    chipRect.setRight(qMin(chipRect.right(), textRect.right()));
    if (chipRect.width() <= 2 * kPadding)
        return;
    const bool dark = opt.palette.color(QPalette::Base).lightness() < 128;
    const ChipColours colours =
        coloursFor(index.data(DiffTreeModel::UnexplainedRole).toBool(), dark);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(chipRect), 4, 4);
    painter->fillPath(path, colours.background);
    painter->setPen(colours.text);
    painter->setFont(opt.font);
    const QRect inside = chipRect.adjusted(kPadding, 0, -kPadding, 0);
    painter->drawText(inside, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(chip, Qt::ElideMiddle, inside.width()));
    painter->restore();
}

QSize DriftExplanationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString chip = chipText(index);
    if (!chip.isEmpty())
        size.rwidth() +=
            QFontMetrics(option.font).horizontalAdvance(chip) + 2 * kPadding + kSlack + kGap;
    return size;
}

} // namespace parity
