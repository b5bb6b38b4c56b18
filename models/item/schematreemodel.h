#pragma once

#include "schema/catalog.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace parity {

/// A read-only tree over one catalog snapshot:
/// schema -> object kind -> object -> columns, keys, indexes.
/// The catalog is copied in; setCatalog() swaps the whole snapshot.
/// Children of a table are built when a view first asks for them (expanding
/// it), so a database with thousands of tables opens at once.
class SchemaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, ///< NodeKind as int
        ObjectPathRole,                   ///< "schema.table.column" style path
    };
    enum class NodeKind {
        Root, Schema, Group, Table, View, Routine, Trigger, Policy, Sequence, Enum, Domain, Extension,
        Column, PrimaryKey, ForeignKey, Unique, Check, Index, Label,
    };

    explicit SchemaTreeModel(QObject *parent = nullptr);
    ~SchemaTreeModel() override;

    void setCatalog(const Catalog &catalog);
    const Catalog &catalog() const { return m_catalog; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    void buildTableChildren(Node *node) const;

    Catalog m_catalog;
    std::unique_ptr<Node> m_root; // owns every node through Node::children
};

} // namespace parity
