#pragma once

#include "diff/schemadiff.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace parity {

/// What of a DiffTreeModel the two trees show: everything, the differences
/// only, or one kind of difference; names matching a search; some kinds of
/// object. Schema and group rows stay while anything beneath them does.
/// Both trees of the window share one proxy, so they stay aligned.
class DiffFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Mode {
        All,
        Differences,     ///< anything that differs
        OnlyInReference, ///< what the script creates
        OnlyInTarget,    ///< what the script drops
        Changed,         ///< what both have and differs
    };

    explicit DiffFilterProxyModel(QObject *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// Case-insensitive; an object matches by its own name or its columns'.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    /// Object kinds to leave out (views stand for materialized views too).
    void setHiddenKinds(const QSet<ObjectKind> &kinds);
    QSet<ObjectKind> hiddenKinds() const { return m_hidden; }

    /// Asks the source without mapping the children: mapping them would build
    /// every table's rows just to draw the expand arrows.
    bool hasChildren(const QModelIndex &parent = {}) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsObject(const QModelIndex &source) const;
    bool acceptsState(int state) const;

    Mode m_mode = Mode::All;
    QString m_search;
    QSet<ObjectKind> m_hidden;
};

} // namespace parity
