#include "diffdecorationproxymodel.h"

#include "item/difftreemodel.h"

#include <QFont>
#include <QIcon>

namespace parity {

namespace {

using State = DiffTreeModel::State;
using NodeKind = DiffTreeModel::NodeKind;

QIcon iconFor(NodeKind node, ObjectKind kind)
{
    auto load = [](const char *name) {
        return QIcon(QStringLiteral(":/parity/icons/kinds/%1.svg").arg(QLatin1String(name)));
    };
    // Loaded once: QIcon is cheap to copy, loading an SVG is not.
    static const QIcon schema = load("schema"), folder = load("folder"), table = load("table"),
                       view = load("view"), column = load("column"), key = load("key"),
                       foreignKey = load("foreignkey"), constraint = load("constraint"),
                       index = load("index"), routine = load("routine"), trigger = load("trigger"),
                       sequence = load("sequence"), enumType = load("enum"), extension = load("extension"),
                       domain = load("domain"), policy = load("policy");
    if (node == NodeKind::Group)
        return folder;
    switch (kind) {
    case ObjectKind::Schema: return schema;
    case ObjectKind::Extension: return extension;
    case ObjectKind::Enum: return enumType;
    case ObjectKind::Domain: return domain;
    case ObjectKind::Sequence: return sequence;
    case ObjectKind::Table: return table;
    case ObjectKind::Column: return column;
    case ObjectKind::PrimaryKey: return key;
    case ObjectKind::ForeignKey: return foreignKey;
    case ObjectKind::UniqueConstraint:
    case ObjectKind::Check: return constraint;
    case ObjectKind::Index: return index;
    case ObjectKind::View:
    case ObjectKind::MaterializedView: return view;
    case ObjectKind::Routine: return routine;
    case ObjectKind::Trigger: return trigger;
    case ObjectKind::Policy: return policy;
    }
    return {};
}

} // namespace

DiffDecorationProxyModel::DiffDecorationProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

QColor DiffDecorationProxyModel::addedColor(bool dark)
{
    return dark ? QColor(0x1e, 0x4d, 0x2b) : QColor(0xd7, 0xf5, 0xdd);
}

QColor DiffDecorationProxyModel::removedColor(bool dark)
{
    return dark ? QColor(0x5c, 0x23, 0x23) : QColor(0xfb, 0xdc, 0xdc);
}

QColor DiffDecorationProxyModel::changedColor(bool dark)
{
    return dark ? QColor(0x5a, 0x47, 0x12) : QColor(0xfc, 0xef, 0xc7);
}

void DiffDecorationProxyModel::setDarkPalette(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
}

QVariant DiffDecorationProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != Qt::DecorationRole && role != Qt::BackgroundRole && role != Qt::FontRole
        && role != Qt::ForegroundRole && role != Qt::AccessibleTextRole)
        return QIdentityProxyModel::data(index, role);

    const auto node = NodeKind(index.data(DiffTreeModel::NodeKindRole).toInt());
    const auto kind = ObjectKind(index.data(DiffTreeModel::ObjectKindRole).toInt());
    const auto state = State(index.data(DiffTreeModel::StateRole).toInt());
    const bool referenceSide = index.column() == DiffTreeModel::ReferenceName
                               || index.column() == DiffTreeModel::ReferenceDetail;
    const bool nameColumn = index.column() == DiffTreeModel::ReferenceName || index.column() == DiffTreeModel::TargetName;
    const bool placeholder = node != NodeKind::Group && index.data(Qt::DisplayRole).toString().isEmpty()
                             && ((referenceSide && state == State::OnlyInTarget)
                                 || (!referenceSide && state == State::OnlyInReference));
    switch (role) {
    case Qt::DecorationRole:
        if (!nameColumn || placeholder)
            return {};
        return iconFor(node, kind);
    case Qt::BackgroundRole:
        if (placeholder) {
            QColor hatch = referenceSide ? removedColor(m_dark) : addedColor(m_dark);
            return QBrush(hatch, Qt::BDiagPattern);
        }
        switch (state) {
        case State::OnlyInReference: return QBrush(addedColor(m_dark));
        case State::OnlyInTarget: return QBrush(removedColor(m_dark));
        case State::Changed: return QBrush(changedColor(m_dark));
        case State::Same:
        case State::ContainsChanges: return {};
        }
        return {};
    case Qt::FontRole: {
        QFont font;
        if (node == NodeKind::Schema || node == NodeKind::Group || state == State::ContainsChanges)
            font.setBold(true);
        if (!index.data(DiffTreeModel::PulledInRole).toString().isEmpty())
            font.setItalic(true);
        return font;
    }
    case Qt::AccessibleTextRole: {
        // Screen readers cannot see colours: say the state in words.
        const QString text = index.data(Qt::DisplayRole).toString();
        QString said = text;
        switch (state) {
        case State::OnlyInReference: said = placeholder ? tr("missing") : tr("%1, only in reference").arg(text); break;
        case State::OnlyInTarget: said = placeholder ? tr("missing") : tr("%1, only in target").arg(text); break;
        case State::Changed: said = tr("%1, differs").arg(text); break;
        case State::ContainsChanges: said = tr("%1, contains differences").arg(text); break;
        case State::Same: break;
        }
        const QString explanation = index.data(DiffTreeModel::ExplanationRole).toString();
        if (index.column() == DiffTreeModel::TargetDetail && !explanation.isEmpty())
            said += QStringLiteral(", ") + explanation;
        return said;
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace parity
