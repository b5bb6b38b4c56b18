#include "difffilterproxymodel.h"

#include "difftreemodel.h"

namespace parity {

namespace {

using State = DiffTreeModel::State;
using NodeKind = DiffTreeModel::NodeKind;

NodeKind nodeKind(const QModelIndex &index)
{
    return NodeKind(index.data(DiffTreeModel::NodeKindRole).toInt());
}

} // namespace

DiffFilterProxyModel::DiffFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows keep the source's order: both sides line up by it.
    setDynamicSortFilter(false);
}

void DiffFilterProxyModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    invalidateFilter();
}

void DiffFilterProxyModel::setSearchText(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_search)
        return;
    m_search = lower;
    invalidateFilter();
}

void DiffFilterProxyModel::setHiddenKinds(const QSet<ObjectKind> &kinds)
{
    if (kinds == m_hidden)
        return;
    m_hidden = kinds;
    invalidateFilter();
}

bool DiffFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return QSortFilterProxyModel::hasChildren(parent);
    const QModelIndex source = mapToSource(parent);
    const auto node = nodeKind(source);
    // Schemas and groups: whether any child passes the filter (cheap, no
    // table builds its rows). Objects: whether the source has parts at all.
    if (node == NodeKind::Object)
        return sourceModel()->hasChildren(source);
    return QSortFilterProxyModel::hasChildren(parent);
}

bool DiffFilterProxyModel::acceptsState(int state) const
{
    switch (m_mode) {
    case Mode::All:
        return true;
    case Mode::Differences:
        return State(state) != State::Same;
    case Mode::OnlyInReference:
        return State(state) == State::OnlyInReference;
    case Mode::OnlyInTarget:
        return State(state) == State::OnlyInTarget;
    case Mode::Changed:
        return State(state) == State::Changed || State(state) == State::ContainsChanges;
    }
    return true;
}

bool DiffFilterProxyModel::acceptsObject(const QModelIndex &source) const
{
    ObjectKind kind = ObjectKind(source.data(DiffTreeModel::ObjectKindRole).toInt());
    if (kind == ObjectKind::MaterializedView)
        kind = ObjectKind::View;
    if (m_hidden.contains(kind))
        return false;
    if (!acceptsState(source.data(DiffTreeModel::StateRole).toInt())) {
        // A table that stays can still hold a column only one side has.
        const int mask = source.data(DiffTreeModel::SubtreeChangesRole).toInt();
        const bool beneath = (m_mode == Mode::OnlyInReference && (mask & DiffTreeModel::HasAdded))
                             || (m_mode == Mode::OnlyInTarget && (mask & DiffTreeModel::HasRemoved));
        if (!beneath)
            return false;
    }
    return m_search.isEmpty() || source.data(DiffTreeModel::SearchTextRole).toString().contains(m_search);
}

bool DiffFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (nodeKind(source)) {
    case NodeKind::Object:
        return acceptsObject(source);
    case NodeKind::Child: {
        // Under a shown object: all of its parts, or those that differ.
        if (m_mode == Mode::All)
            return true;
        if (m_mode == Mode::Differences || m_mode == Mode::Changed)
            return State(source.data(DiffTreeModel::StateRole).toInt()) != State::Same;
        // Only-in-one-side: the parts that side alone has (all of them when
        // the whole object is only there).
        return acceptsState(source.data(DiffTreeModel::StateRole).toInt());
    }
    case NodeKind::Schema:
    case NodeKind::Group: {
        // Kept while anything beneath is; objects are two levels down at most.
        const int rows = sourceModel()->rowCount(source);
        for (int r = 0; r < rows; ++r) {
            if (filterAcceptsRow(r, source))
                return true;
        }
        // A schema that differs itself but holds nothing shown.
        return nodeKind(source) == NodeKind::Schema && m_search.isEmpty() && m_mode != Mode::All
               && source.data(DiffTreeModel::ChangeIndexRole).toInt() >= 0
               && acceptsState(source.data(DiffTreeModel::StateRole).toInt());
    }
    case NodeKind::Root:
        return true;
    }
    return true;
}

} // namespace parity
