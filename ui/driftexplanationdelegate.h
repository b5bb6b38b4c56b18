#pragma once

#include <QStyledItemDelegate>

namespace parity {

/// Draws, after a diff tree row's detail text, the migration that explains
/// the difference ("← 20251203_01_create_sync_audit_logs_table.js") in a
/// quiet chip, or "⚠ unexplained drift" in a warning one. The words come
/// from DiffTreeModel::ExplanationRole; the full story is the row's tooltip.
/// Rows without an explanation draw as usual.
class DriftExplanationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The chip's text for a row: empty when the row has no explanation.
    static QString chipText(const QModelIndex &index);
};

} // namespace parity
