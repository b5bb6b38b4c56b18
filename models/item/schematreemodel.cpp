#include "schematreemodel.h"

#include "schema/catalogtext.h"

namespace parity {

struct SchemaTreeModel::Node
{
    NodeKind kind = NodeKind::Root;
    QString name;
    QString detail;
    QString path;
    Node *parent = nullptr;  // not owned
    int row = 0;
    const Table *table = nullptr; // points into m_catalog; set for tables until expanded
    bool populated = true;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(NodeKind childKind, QString childName, QString childDetail = {}, QString childPath = {})
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->name = std::move(childName);
        child->detail = std::move(childDetail);
        child->path = std::move(childPath);
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

SchemaTreeModel::~SchemaTreeModel() = default;

namespace {

QString join(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

QString columnDetail(const parity::Column &c)
{
    QString d = c.type;
    if (!c.nullable)
        d += QStringLiteral(" NOT NULL");
    if (!c.defaultExpression.isEmpty())
        d += QStringLiteral(" DEFAULT ") + c.defaultExpression;
    if (c.identity != IdentityKind::None)
        d += QStringLiteral(" (%1)").arg(identityKindKey(c.identity));
    if (!c.generatedExpression.isEmpty())
        d += QStringLiteral(" GENERATED AS (%1)").arg(c.generatedExpression);
    return d;
}

} // namespace

void SchemaTreeModel::setCatalog(const Catalog &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_root = std::make_unique<Node>();
    for (const Schema &schema : m_catalog.schemas) {
        Node *s = m_root->add(NodeKind::Schema, schema.name, schema.comment, schema.name);
        auto group = [&](const QString &title, qsizetype count) -> Node * {
            if (count == 0)
                return nullptr;
            return s->add(NodeKind::Group, title, QString::number(count));
        };
        if (Node *g = group(tr("Tables"), schema.tables.size())) {
            for (const Table &t : schema.tables) {
                Node *n = g->add(NodeKind::Table, t.name, rowCountText(t), schema.name + QLatin1Char('.') + t.name);
                n->table = &t;
                n->populated = false;
            }
        }
        if (Node *g = group(tr("Views"), schema.views.size())) {
            for (const View &v : schema.views) {
                Node *n = g->add(NodeKind::View, v.name, v.materialized ? tr("materialized") : QString(),
                                 schema.name + QLatin1Char('.') + v.name);
                for (const QString &c : v.columns)
                    n->add(NodeKind::Column, c);
            }
        }
        if (Node *g = group(tr("Routines"), schema.routines.size())) {
            for (const Routine &r : schema.routines)
                g->add(NodeKind::Routine, r.signature(), r.returnType, schema.name + QLatin1Char('.') + r.name);
        }
        if (Node *g = group(tr("Triggers"), schema.triggers.size())) {
            for (const Trigger &t : schema.triggers) {
                g->add(NodeKind::Trigger, t.name,
                       QStringLiteral("%1 %2 ON %3").arg(t.timing, t.events.join(QStringLiteral(" OR ")), t.table));
            }
        }
        if (Node *g = group(tr("Policies"), schema.policies.size())) {
            for (const Policy &p : schema.policies)
                g->add(NodeKind::Policy, p.name, QStringLiteral("FOR %1 ON %2").arg(p.command, p.table));
        }
        if (Node *g = group(tr("Sequences"), schema.sequences.size())) {
            for (const Sequence &q : schema.sequences)
                g->add(NodeKind::Sequence, q.name, q.dataType);
        }
        if (Node *g = group(tr("Enum types"), schema.enums.size())) {
            for (const EnumType &e : schema.enums) {
                Node *n = g->add(NodeKind::Enum, e.name, QString::number(e.labels.size()));
                for (const QString &label : e.labels)
                    n->add(NodeKind::Label, label);
            }
        }
        if (Node *g = group(tr("Domains"), schema.domains.size())) {
            for (const Domain &d : schema.domains) {
                Node *n = g->add(NodeKind::Domain, d.name, d.baseType);
                for (const DomainCheck &c : d.checks)
                    n->add(NodeKind::Check, c.name, c.expression);
            }
        }
    }
    if (!m_catalog.extensions.isEmpty()) {
        Node *g = m_root->add(NodeKind::Group, tr("Extensions"), QString::number(m_catalog.extensions.size()));
        for (const Extension &e : m_catalog.extensions)
            g->add(NodeKind::Extension, e.name, e.version);
    }
    endResetModel();
}

void SchemaTreeModel::buildTableChildren(Node *n) const
{
    const Table &t = *n->table;
    for (const parity::Column &c : t.columns)
        n->add(NodeKind::Column, c.name, columnDetail(c), n->path + QLatin1Char('.') + c.name);
    if (t.primaryKey)
        n->add(NodeKind::PrimaryKey, t.primaryKey->name.isEmpty() ? tr("primary key") : t.primaryKey->name,
               QStringLiteral("PRIMARY KEY (%1)").arg(join(t.primaryKey->columns)));
    for (const ForeignKey &f : t.foreignKeys) {
        n->add(NodeKind::ForeignKey, f.name,
               QStringLiteral("(%1) → %2(%3)").arg(join(f.columns), f.referencedTable, join(f.referencedColumns)));
    }
    for (const UniqueConstraint &u : t.uniqueConstraints)
        n->add(NodeKind::Unique, u.name, QStringLiteral("UNIQUE (%1)").arg(join(u.columns)));
    for (const CheckConstraint &c : t.checks)
        n->add(NodeKind::Check, c.name, QStringLiteral("CHECK (%1)").arg(c.expression));
    for (const Index &i : t.indexes) {
        QStringList keys;
        for (const IndexKey &k : i.keys)
            keys << k.expression + (k.descending ? QStringLiteral(" DESC") : QString());
        n->add(NodeKind::Index, i.name,
               (i.unique ? QStringLiteral("UNIQUE ") : QString()) + QStringLiteral("(%1)").arg(join(keys)));
    }
    n->populated = true;
}

SchemaTreeModel::Node *SchemaTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeFor(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *p = nodeFor(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Node *n = nodeFor(parent);
    // A table's children are made the first time anyone asks how many there
    // are. They are a pure function of the snapshot, so to the views they
    // have always been there and no insert is announced.
    if (!n->populated)
        buildTableChildren(n);
    return int(n->children.size());
}

int SchemaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SchemaTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *n = nodeFor(parent);
    if (parent.column() > 0)
        return false;
    if (!n->populated) {
        // Decided without building the children: a view asks this for
        // every visible row. A virtual table may have no parts at all.
        const Table &t = *n->table;
        return !t.columns.isEmpty() || t.primaryKey || !t.foreignKeys.isEmpty()
               || !t.uniqueConstraints.isEmpty() || !t.checks.isEmpty() || !t.indexes.isEmpty();
    }
    return !n->children.empty();
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? n->name : n->detail;
    case Qt::ToolTipRole:
        return n->detail.isEmpty() ? n->name : n->name + QStringLiteral(": ") + n->detail;
    case NodeKindRole:
        return int(n->kind);
    case ObjectPathRole:
        return n->path;
    default:
        return {};
    }
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Details");
}

} // namespace parity
