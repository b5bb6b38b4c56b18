#include "schemaiconproxymodel.h"

#include "item/schematreemodel.h"

#include <QFont>
#include <QIcon>

namespace parity {

namespace {

using Kind = SchemaTreeModel::NodeKind;

QIcon iconFor(Kind kind)
{
    auto load = [](const char *name) {
        return QIcon(QStringLiteral(":/parity/icons/kinds/%1.svg").arg(QLatin1String(name)));
    };
    // Loaded once: QIcon is cheap to copy, loading an SVG is not.
    static const QIcon schema = load("schema"), folder = load("folder"), table = load("table"),
                       view = load("view"), column = load("column"), key = load("key"),
                       foreignKey = load("foreignkey"), constraint = load("constraint"),
                       index = load("index"), routine = load("routine"), trigger = load("trigger"),
                       sequence = load("sequence"), enumType = load("enum"),
                       extension = load("extension"), label = load("label");
    switch (kind) {
    case Kind::Schema: return schema;
    case Kind::Group: return folder;
    case Kind::Table: return table;
    case Kind::View: return view;
    case Kind::Column: return column;
    case Kind::PrimaryKey: return key;
    case Kind::ForeignKey: return foreignKey;
    case Kind::Unique:
    case Kind::Check: return constraint;
    case Kind::Index: return index;
    case Kind::Routine: return routine;
    case Kind::Trigger: return trigger;
    case Kind::Sequence: return sequence;
    case Kind::Enum: return enumType;
    case Kind::Extension: return extension;
    case Kind::Label: return label;
    case Kind::Root: break;
    }
    return {};
}

} // namespace

SchemaIconProxyModel::SchemaIconProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

QVariant SchemaIconProxyModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == SchemaTreeModel::NameColumn
        && (role == Qt::DecorationRole || role == Qt::FontRole)) {
        const auto kind = Kind(index.data(SchemaTreeModel::NodeKindRole).toInt());
        if (role == Qt::DecorationRole)
            return iconFor(kind);
        if (kind == Kind::Group || kind == Kind::Schema) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace parity
