#pragma once

// Internal to the diff tree model (difftreemodel.cpp, difftreesnapshot.cpp):
// the rows and the snapshot they belong to. Include it from nowhere else.

#include "difftreemodel.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace parity {

struct DiffTreeModel::Node
{
    NodeKind kind = NodeKind::Root;
    ObjectKind objectKind = ObjectKind::Table;
    State state = State::Same;
    QString schema;
    QString table;           // owning table of children and triggers
    QString name;            // as shown (a routine's signature)
    QString path;
    QString referenceDetail;
    QString targetDetail;
    bool inReference = false;
    bool inTarget = false;
    int change = -1;         // this row's own change
    QList<int> subtree;      // every change at or beneath this row
    QString search;          // lower-case names a search matches
    Node *parent = nullptr;  // not owned
    int row = 0;
    const Table *referenceTable = nullptr; // into m_s->reference, while children are not built
    const Table *targetTable = nullptr;    // into m_s->target
    const View *referenceView = nullptr;
    const View *targetView = nullptr;
    bool populated = true;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(NodeKind childKind, ObjectKind childObjectKind, const QString &childName)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->objectKind = childObjectKind;
        child->name = childName;
        child->schema = schema;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

struct DiffTreeModel::Snapshot
{
    Catalog target;
    Catalog reference;
    SchemaDiff diff;
    std::unique_ptr<Node> root; // owns every node through Node::children
    /// Changes by key(kind group, schema, table, name) for building children.
    QHash<QString, int> changeByKey;
    QHash<int, Node *> objectOfChange; // change -> its object row (children found from there)
};

} // namespace parity
