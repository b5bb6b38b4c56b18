#include "difftreemodel.h"

#include "difftreenodes.h"

#include <algorithm>

namespace parity {

DiffTreeModel::DiffTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_s(buildSnapshot({}, {}, {}))
{
}

DiffTreeModel::~DiffTreeModel() = default;

const SchemaDiff &DiffTreeModel::diff() const
{
    return m_s->diff;
}

const Catalog &DiffTreeModel::target() const
{
    return m_s->target;
}

const Catalog &DiffTreeModel::reference() const
{
    return m_s->reference;
}

void DiffTreeModel::clear()
{
    setComparison({}, {}, {});
}

void DiffTreeModel::setComparison(const Catalog &target, const Catalog &reference, const SchemaDiff &diff)
{
    setSnapshot(buildSnapshot(target, reference, diff));
}

void DiffTreeModel::setSnapshot(std::shared_ptr<Snapshot> snapshot)
{
    beginResetModel();
    m_s = snapshot ? std::move(snapshot) : buildSnapshot({}, {}, {});
    m_excluded.clear();
    m_pulledIn.clear();
    m_explanation = {};
    endResetModel();
}

DiffTreeModel::Node *DiffTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_s->root.get();
}

QModelIndex DiffTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_s->root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex DiffTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeFor(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex DiffTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeFor(child)->parent);
}

int DiffTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Node *n = nodeFor(parent);
    // Children are a pure function of the snapshot: to the views they have
    // always been there, so building them announces nothing.
    if (!n->populated)
        buildChildren(n);
    return int(n->children.size());
}

int DiffTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool DiffTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *n = nodeFor(parent);
    if (!n->populated) {
        for (const Table *t : {n->referenceTable, n->targetTable}) {
            if (t && (!t->columns.isEmpty() || !t->indexes.isEmpty()))
                return true;
        }
        for (const View *v : {n->referenceView, n->targetView}) {
            if (v && (!v->columns.isEmpty() || !v->indexes.isEmpty()))
                return true;
        }
        return false;
    }
    return !n->children.empty();
}

Qt::CheckState DiffTreeModel::checkState(const Node *n) const
{
    int excluded = 0;
    for (int i : n->subtree) {
        if (m_excluded.contains(i))
            ++excluded;
    }
    if (excluded == 0)
        return Qt::Checked;
    return excluded == n->subtree.size() ? Qt::Unchecked : Qt::PartiallyChecked;
}

QVariant DiffTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    const bool referenceSide = index.column() == ReferenceName || index.column() == ReferenceDetail;
    const bool present = referenceSide ? n->inReference : n->inTarget;
    switch (role) {
    case Qt::DisplayRole:
        if (n->kind == NodeKind::Group) {
            if (index.column() == ReferenceName || index.column() == TargetName)
                return n->name;
            int count = 0;
            for (const auto &c : n->children)
                count += (referenceSide ? c->inReference : c->inTarget) ? 1 : 0;
            return QString::number(count);
        }
        if (!present)
            return QString(); // the placeholder row of the side that lacks it
        if (index.column() == ReferenceName || index.column() == TargetName)
            return n->name;
        return referenceSide ? n->referenceDetail : n->targetDetail;
    case Qt::ToolTipRole: {
        QString tip = n->path.isEmpty() ? n->name : n->path;
        if (n->change >= 0) {
            const ObjectChange &c = m_s->diff.changes[n->change];
            const QString target = m_s->diff.fromName.isEmpty() ? tr("target") : m_s->diff.fromName;
            const QString reference = m_s->diff.toName.isEmpty() ? tr("reference") : m_s->diff.toName;
            switch (c.change) {
            case ChangeKind::Added:
                tip += QLatin1Char('\n') + tr("Only in %1: the script creates it in %2.").arg(reference, target);
                break;
            case ChangeKind::Removed:
                tip += QLatin1Char('\n') + tr("Only in %1: the script drops it.").arg(target);
                break;
            case ChangeKind::Changed:
                for (const FieldChange &f : c.fields)
                    tip += QLatin1Char('\n') + tr("%1: %2 in %3, %4 in %5").arg(f.field, f.from, target, f.to, reference);
                break;
            }
        }
        const QString pulled = m_pulledIn.value(n->change);
        if (!pulled.isEmpty())
            tip += QLatin1Char('\n') + pulled;
        if (n->change >= 0 && m_explanation.available) {
            const QList<MigrationLink> links = m_explanation.linksFor(n->change);
            if (links.isEmpty()) {
                tip += QLatin1Char('\n') + tr("Unexplained drift: no migration that one side ran and the other did not "
                                              "accounts for this difference (a change made by hand?).");
            } else {
                tip += QLatin1Char('\n') + tr("Explained by:");
                for (const MigrationLink &link : links)
                    tip += QStringLiteral("\n  ") + describeLink(link);
            }
        }
        return tip;
    }
    case Qt::CheckStateRole:
        if (index.column() == ReferenceName && !n->subtree.isEmpty() && n->kind != NodeKind::Root)
            return checkState(n);
        return {};
    case StateRole:
        return int(n->state);
    case NodeKindRole:
        return int(n->kind);
    case ObjectKindRole:
        return int(n->objectKind);
    case SchemaRole:
        return n->schema;
    case TableRole:
        return n->table;
    case ObjectNameRole:
        return n->name;
    case ChangeIndexRole:
        return n->change;
    case PathRole:
        return n->path;
    case SearchTextRole:
        return n->search;
    case PulledInRole:
        return n->change >= 0 ? m_pulledIn.value(n->change) : QString();
    case ExplanationRole: {
        if (n->change < 0 || !m_explanation.available)
            return QString();
        const QList<MigrationLink> links = m_explanation.linksFor(n->change);
        if (links.isEmpty())
            return tr("unexplained drift");
        QString text = QStringLiteral("← ") + links.first().id;
        if (links.size() > 1)
            text += QLatin1Char(' ') + tr("(+%n more)", nullptr, int(links.size() - 1));
        return text;
    }
    case UnexplainedRole:
        return n->change >= 0 && m_explanation.isUnexplained(n->change);
    case ExplainingMigrationsRole: {
        QStringList ids;
        if (n->change >= 0) {
            for (const MigrationLink &link : m_explanation.linksFor(n->change))
                ids << link.id;
        }
        return ids;
    }
    case SubtreeChangesRole: {
        int mask = 0;
        for (int i : n->subtree) {
            switch (m_s->diff.changes[i].change) {
            case ChangeKind::Added: mask |= HasAdded; break;
            case ChangeKind::Removed: mask |= HasRemoved; break;
            case ChangeKind::Changed: mask |= HasChanged; break;
            }
        }
        return mask;
    }
    default:
        return {};
    }
}

Qt::ItemFlags DiffTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node *n = nodeFor(index);
    if (index.column() == ReferenceName && !n->subtree.isEmpty())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool DiffTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != ReferenceName)
        return false;
    Node *n = nodeFor(index);
    if (n->subtree.isEmpty())
        return false;
    const bool include = Qt::CheckState(value.toInt()) != Qt::Unchecked;
    for (int i : std::as_const(n->subtree)) {
        if (include)
            m_excluded.remove(i);
        else
            m_excluded.insert(i);
    }
    for (const Node *up = n; up && up != m_s->root.get(); up = up->parent)
        Q_EMIT dataChanged(indexOf(up, 0), indexOf(up, ColumnCount - 1), {Qt::CheckStateRole});
    announceSubtree(n);
    Q_EMIT choiceChanged();
    return true;
}

void DiffTreeModel::announceSubtree(const Node *n)
{
    if (!n->populated || n->children.empty())
        return;
    Q_EMIT dataChanged(indexOf(n->children.front().get(), 0), indexOf(n->children.back().get(), ColumnCount - 1),
                       {Qt::CheckStateRole});
    for (const auto &c : n->children) {
        if (!c->subtree.isEmpty())
            announceSubtree(c.get());
    }
}

void DiffTreeModel::setExcludedChanges(const QSet<int> &excluded)
{
    m_excluded = excluded;
    for (const auto &c : m_s->root->children)
        Q_EMIT dataChanged(indexOf(c.get(), 0), indexOf(c.get(), ColumnCount - 1), {Qt::CheckStateRole});
    announceSubtree(m_s->root.get());
    Q_EMIT choiceChanged();
}

void DiffTreeModel::setPulledIn(const QHash<int, QString> &reasons)
{
    const QHash<int, QString> before = m_pulledIn;
    m_pulledIn = reasons;
    for (auto it = m_s->objectOfChange.cbegin(); it != m_s->objectOfChange.cend(); ++it) {
        if (before.contains(it.key()) != reasons.contains(it.key())) {
            const QModelIndex at = indexForChange(it.key());
            if (at.isValid())
                Q_EMIT dataChanged(at.siblingAtColumn(0), at.siblingAtColumn(ColumnCount - 1));
        }
    }
}

void DiffTreeModel::setDriftExplanation(const DriftExplanation &explanation)
{
    m_explanation = explanation;
    QList<int> changes;
    for (int i = 0; i < m_s->diff.changes.size(); ++i)
        changes << i;
    announceChanges(changes);
}

void DiffTreeModel::announceChanges(const QList<int> &changes)
{
    // Rows not built yet have never been seen: nothing to announce, and
    // nothing built for it.
    for (int change : changes) {
        const Node *n = m_s->objectOfChange.value(change);
        if (!n)
            continue;
        if (n->change != change) {
            if (!n->populated)
                continue;
            const auto it = std::ranges::find_if(n->children, [change](const auto &c) { return c->change == change; });
            if (it == n->children.end())
                continue;
            n = it->get();
        }
        Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1),
                           {Qt::ToolTipRole, ExplanationRole, UnexplainedRole, ExplainingMigrationsRole});
    }
}

QModelIndex DiffTreeModel::indexForChange(int change) const
{
    Node *n = m_s->objectOfChange.value(change);
    if (!n)
        return {};
    if (n->change == change)
        return indexOf(n);
    if (!n->populated)
        buildChildren(n);
    for (const auto &c : n->children) {
        if (c->change == change)
            return indexOf(c.get());
    }
    return indexOf(n);
}

QModelIndex DiffTreeModel::indexForPath(const QString &path) const
{
    const Node *best = nullptr;
    for (const auto &s : m_s->root->children) {
        QString rest;
        if (s->kind == NodeKind::Schema && path.startsWith(s->name + QLatin1Char('.')))
            rest = path.mid(s->name.size() + 1);
        else if (s->kind == NodeKind::Schema && m_s->root->children.size() <= 2)
            rest = path; // one schema (SQLite's main): names come without it
        else if (s->kind == NodeKind::Schema && path == s->name)
            return indexOf(s.get());
        else
            continue;
        for (const auto &g : s->children) {
            for (const auto &o : g->children) {
                if (rest == o->name)
                    return indexOf(o.get());
                if (!rest.startsWith(o->name + QLatin1Char('.')))
                    continue;
                best = o.get();
                const QString childName = rest.mid(o->name.size() + 1);
                if (!o->populated)
                    buildChildren(o.get());
                for (const auto &c : o->children) {
                    if (c->name == childName)
                        return indexOf(c.get());
                }
            }
        }
    }
    return indexOf(best);
}

QVariant DiffTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString reference = m_s->diff.toName.isEmpty() ? m_s->reference.database : m_s->diff.toName;
    const QString target = m_s->diff.fromName.isEmpty() ? m_s->target.database : m_s->diff.fromName;
    switch (section) {
    case ReferenceName:
        return reference.isEmpty() ? tr("Reference") : tr("%1 (reference)").arg(reference);
    case TargetName:
        return target.isEmpty() ? tr("Target") : tr("%1 (target)").arg(target);
    default:
        return tr("Details");
    }
}

} // namespace parity
