#include "difftreepane.h"

#include "diffdecorationproxymodel.h"
#include "driftexplanationdelegate.h"
#include "item/difffilterproxymodel.h"
#include "item/difftreemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace parity {

namespace {

using State = DiffTreeModel::State;
using NodeKind = DiffTreeModel::NodeKind;

QTreeView *makeTree(QWidget *parent, const QString &accessibleName)
{
    auto *tree = new QTreeView(parent);
    tree->setUniformRowHeights(true); // both sides must keep the same row height
    tree->setAlternatingRowColors(false);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // equal viewport heights on both sides
    tree->setAccessibleName(accessibleName);
    tree->header()->setStretchLastSection(true);
    tree->setExpandsOnDoubleClick(true);
    return tree;
}

} // namespace

DiffTreePane::DiffTreePane(DiffTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new DiffFilterProxyModel(this))
    , m_decorated(new DiffDecorationProxyModel(this))
{
    m_filter->setSourceModel(m_model);
    m_decorated->setSourceModel(m_filter);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("summaryBanner"));
    m_summary->setMargin(6);
    m_summary->setText(tr("Choose a reference and a target, then Compare (F5)."));

    // Filters: one mode at a time, a search, kinds to leave out.
    auto *bar = new QWidget(this);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    m_modes = new QActionGroup(this);
    m_modes->setExclusive(true);
    const std::pair<DiffFilterProxyModel::Mode, QString> modes[] = {
        {DiffFilterProxyModel::Mode::All, tr("All")},
        {DiffFilterProxyModel::Mode::Differences, tr("Differences")},
        {DiffFilterProxyModel::Mode::OnlyInReference, tr("Only in reference")},
        {DiffFilterProxyModel::Mode::OnlyInTarget, tr("Only in target")},
        {DiffFilterProxyModel::Mode::Changed, tr("Changed")},
    };
    for (const auto &[mode, title] : modes) {
        auto *action = m_modes->addAction(title);
        action->setCheckable(true);
        action->setData(int(mode));
        action->setChecked(mode == DiffFilterProxyModel::Mode::All);
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        barLayout->addWidget(button);
        connect(action, &QAction::triggered, this, [this, mode] {
            m_filter->setMode(mode);
            if (mode != DiffFilterProxyModel::Mode::All)
                expandDifferences();
        });
    }
    auto *kindsButton = new QToolButton(bar);
    kindsButton->setText(tr("Kinds"));
    kindsButton->setToolTip(tr("Which kinds of object the trees show"));
    kindsButton->setPopupMode(QToolButton::InstantPopup);
    m_kinds = new QMenu(kindsButton);
    const std::pair<ObjectKind, QString> kinds[] = {
        {ObjectKind::Table, tr("Tables")},       {ObjectKind::View, tr("Views")},
        {ObjectKind::Routine, tr("Routines")},   {ObjectKind::Trigger, tr("Triggers")},
        {ObjectKind::Policy, tr("Policies")},    {ObjectKind::Sequence, tr("Sequences")},
        {ObjectKind::Enum, tr("Enum types")},   {ObjectKind::Domain, tr("Domains")},
        {ObjectKind::Extension, tr("Extensions")},
    };
    for (const auto &[kind, title] : kinds) {
        QAction *action = m_kinds->addAction(title);
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(kind));
        connect(action, &QAction::toggled, this, [this] {
            QSet<ObjectKind> hidden;
            for (QAction *a : m_kinds->actions()) {
                if (!a->isChecked())
                    hidden.insert(ObjectKind(a->data().toInt()));
            }
            m_filter->setHiddenKinds(hidden);
        });
    }
    kindsButton->setMenu(m_kinds);
    barLayout->addWidget(kindsButton);
    barLayout->addStretch(1);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search names (Ctrl+Shift+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the trees"));
    m_search->setMinimumWidth(200);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        if (!text.trimmed().isEmpty())
            m_reference->expandToDepth(1);
    });
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    focusSearch->setShortcutContext(Qt::WindowShortcut);
    connect(focusSearch, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(focusSearch);
    barLayout->addWidget(m_search);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("treeSplitter"));
    m_reference = makeTree(splitter, tr("Reference schema tree"));
    m_target = makeTree(splitter, tr("Target schema tree"));
    m_reference->setObjectName(QStringLiteral("referenceTree"));
    m_target->setObjectName(QStringLiteral("targetTree"));
    m_reference->setModel(m_decorated);
    m_target->setModel(m_decorated);
    // The migration that explains a difference (or "unexplained drift"),
    // beside the target's detail: the side the migration did or did not reach.
    m_target->setItemDelegateForColumn(DiffTreeModel::TargetDetail, new DriftExplanationDelegate(m_target));
    m_target->setSelectionModel(m_reference->selectionModel());
    m_reference->setColumnHidden(DiffTreeModel::TargetName, true);
    m_reference->setColumnHidden(DiffTreeModel::TargetDetail, true);
    m_target->setColumnHidden(DiffTreeModel::ReferenceName, true);
    m_target->setColumnHidden(DiffTreeModel::ReferenceDetail, true);
    m_reference->header()->resizeSection(DiffTreeModel::ReferenceName, 260);
    m_target->header()->resizeSection(DiffTreeModel::TargetName, 260);
    // One vertical scroll bar for both, on the right.
    m_reference->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_target->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    syncTrees();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);
    applyPalette();
}

void DiffTreePane::syncTrees()
{
    auto mirror = [this](QTreeView *from, QTreeView *to) {
        connect(from, &QTreeView::expanded, to, [this, to](const QModelIndex &index) {
            if (!to->isExpanded(index))
                to->expand(index);
        });
        connect(from, &QTreeView::collapsed, to, [to](const QModelIndex &index) {
            if (to->isExpanded(index))
                to->collapse(index);
        });
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to, [this, to](int value) {
            if (m_syncing)
                return;
            m_syncing = true;
            to->verticalScrollBar()->setValue(value);
            m_syncing = false;
        });
        // Expanding on one side changes the range on both; keep them equal.
        connect(from->verticalScrollBar(), &QScrollBar::rangeChanged, to, [this, from, to] {
            if (m_syncing)
                return;
            m_syncing = true;
            to->verticalScrollBar()->setValue(from->verticalScrollBar()->value());
            m_syncing = false;
        });
    };
    mirror(m_reference, m_target);
    mirror(m_target, m_reference);
    connect(m_reference->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_reference->scrollTo(current);
                Q_EMIT currentSourceChanged(m_filter->mapToSource(m_decorated->mapToSource(current)));
            });
}

void DiffTreePane::setSummary(const QString &text)
{
    m_summary->setText(text);
}

QModelIndex DiffTreePane::currentSource() const
{
    const QModelIndex current = m_reference->selectionModel()->currentIndex();
    return m_filter->mapToSource(m_decorated->mapToSource(current));
}

void DiffTreePane::revealSource(const QModelIndex &sourceIndex)
{
    if (!sourceIndex.isValid())
        return;
    QModelIndex shown = m_decorated->mapFromSource(m_filter->mapFromSource(sourceIndex));
    if (!shown.isValid()) {
        // Hidden by a filter: show everything so the row can be reached.
        m_search->clear();
        for (QAction *a : m_modes->actions()) {
            if (DiffFilterProxyModel::Mode(a->data().toInt()) == DiffFilterProxyModel::Mode::All)
                a->trigger();
        }
        for (QAction *a : m_kinds->actions())
            a->setChecked(true);
        shown = m_decorated->mapFromSource(m_filter->mapFromSource(sourceIndex));
    }
    if (!shown.isValid())
        return;
    for (QModelIndex p = shown.parent(); p.isValid(); p = p.parent()) {
        m_reference->expand(p);
        m_target->expand(p);
    }
    m_reference->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    m_reference->scrollTo(shown);
}

QModelIndex DiffTreePane::nextRow(const QModelIndex &from, bool forward) const
{
    // Pre-order walk of the shown rows. Only rows that hold differences are
    // entered, so unchanged tables never build their children.
    auto differs = [](const QModelIndex &i) {
        return State(i.data(DiffTreeModel::StateRole).toInt()) != State::Same;
    };
    auto firstChild = [this](const QModelIndex &i) { return m_decorated->index(0, 0, i); };
    auto lastDescendant = [&](QModelIndex i) {
        while (differs(i) && m_decorated->rowCount(i) > 0)
            i = m_decorated->index(m_decorated->rowCount(i) - 1, 0, i);
        return i;
    };
    auto after = [&](QModelIndex i) -> QModelIndex {
        if (differs(i) && m_decorated->rowCount(i) > 0)
            return firstChild(i);
        while (i.isValid()) {
            const QModelIndex sibling = i.sibling(i.row() + 1, 0);
            if (sibling.isValid())
                return sibling;
            i = i.parent();
        }
        return {};
    };
    auto before = [&](const QModelIndex &i) -> QModelIndex {
        if (i.row() > 0)
            return lastDescendant(i.sibling(i.row() - 1, 0));
        return i.parent();
    };
    QModelIndex i = from;
    if (!i.isValid()) {
        if (!forward) {
            const int rows = m_decorated->rowCount();
            if (rows == 0)
                return {};
            i = lastDescendant(m_decorated->index(rows - 1, 0));
        } else {
            i = m_decorated->index(0, 0);
        }
        if (!i.isValid())
            return {};
    } else {
        i = forward ? after(i) : before(i);
    }
    for (; i.isValid(); i = forward ? after(i) : before(i)) {
        const auto node = NodeKind(i.data(DiffTreeModel::NodeKindRole).toInt());
        if ((node == NodeKind::Object || node == NodeKind::Child || node == NodeKind::Schema)
            && i.data(DiffTreeModel::ChangeIndexRole).toInt() >= 0)
            return i;
    }
    return {};
}

bool DiffTreePane::selectNextDifference(bool forward)
{
    const QModelIndex current = m_reference->selectionModel()->currentIndex();
    const QModelIndex next = nextRow(current.siblingAtColumn(0), forward);
    if (!next.isValid())
        return false;
    revealSource(m_filter->mapToSource(m_decorated->mapToSource(next)));
    return true;
}

void DiffTreePane::expandDifferences()
{
    // Schemas and groups open; objects stay closed so nothing is built in vain.
    for (int s = 0; s < m_decorated->rowCount(); ++s) {
        const QModelIndex schema = m_decorated->index(s, 0);
        m_reference->expand(schema);
        for (int g = 0; g < m_decorated->rowCount(schema); ++g) {
            const QModelIndex group = m_decorated->index(g, 0, schema);
            if (State(group.data(DiffTreeModel::StateRole).toInt()) != State::Same)
                m_reference->expand(group);
        }
    }
}

void DiffTreePane::applyPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_decorated->setDarkPalette(dark);
    const QColor banner = dark ? QColor(0x26, 0x32, 0x38) : QColor(0xe8, 0xf0, 0xfe);
    m_summary->setStyleSheet(QStringLiteral("QLabel#summaryBanner { background: %1; border-radius: 4px; }")
                                 .arg(banner.name()));
    m_reference->viewport()->update();
    m_target->viewport()->update();
}

void DiffTreePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace parity
