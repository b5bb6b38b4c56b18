#pragma once

#include <QColor>
#include <QIdentityProxyModel>

namespace parity {

enum class MigrationState;

/// What only a widget layer may add to a HistoryMatrixModel (it lives in
/// models/, which has no Gui): a text colour per state (applied green,
/// pending amber, failed and dirty red, no table grey), italics for a file
/// changed after it ran, and the migration in bold on rows where the
/// environments disagree. setDarkPalette() switches to colours that read on
/// a dark background.
class HistoryStateProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    void setDarkPalette(bool dark);
    bool isDarkPalette() const { return m_dark; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The text colour of a state on this palette; invalid for the default colour.
    static QColor stateColor(MigrationState state, bool dark);

private:
    bool m_dark = false;
};

} // namespace parity
