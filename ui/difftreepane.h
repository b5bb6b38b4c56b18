#pragma once

#include <QWidget>

class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QTreeView;

namespace parity {

class DiffDecorationProxyModel;
class DiffFilterProxyModel;
class DiffTreeModel;

/// Both schemas side by side: the reference (desired) on the left, the
/// target (will change) on the right, one row per object on both sides.
/// Above them a summary in words and the filters (differences only, only in
/// reference, only in target, changed, a search, object kinds). The two trees
/// share one model and one selection, and expand, collapse and scroll together.
class DiffTreePane : public QWidget
{
    Q_OBJECT

public:
    explicit DiffTreePane(DiffTreeModel *model, QWidget *parent = nullptr);

    void setSummary(const QString &text);
    /// Selects the next (or previous) row that differs, expanding as needed.
    /// Returns false when there is none in that direction.
    bool selectNextDifference(bool forward = true);
    /// Selects and shows a row of the source model.
    void revealSource(const QModelIndex &sourceIndex);
    QModelIndex currentSource() const;

    QTreeView *referenceTree() const { return m_reference; }
    QTreeView *targetTree() const { return m_target; }
    DiffFilterProxyModel *filter() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *summaryLabel() const { return m_summary; }
    QActionGroup *modeActions() const { return m_modes; }
    QMenu *kindMenu() const { return m_kinds; }

    void expandDifferences();

Q_SIGNALS:
    /// The current row changed (an index of the DiffTreeModel, or invalid).
    void currentSourceChanged(const QModelIndex &sourceIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void syncTrees();
    void applyPalette();
    QModelIndex nextRow(const QModelIndex &from, bool forward) const;

    DiffTreeModel *m_model = nullptr;              // not owned (the window's)
    DiffFilterProxyModel *m_filter = nullptr;      // owned by this (QObject parent)
    DiffDecorationProxyModel *m_decorated = nullptr; // owned by this
    QTreeView *m_reference = nullptr;              // owned by the splitter
    QTreeView *m_target = nullptr;                 // owned by the splitter
    QLabel *m_summary = nullptr;                   // owned by this
    QLineEdit *m_search = nullptr;                 // owned by the filter bar
    QActionGroup *m_modes = nullptr;               // owned by this
    QMenu *m_kinds = nullptr;                      // owned by its tool button
    bool m_syncing = false;
};

} // namespace parity
