#pragma once

#include "common/error.h"
#include "schema/catalog.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QAction;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace parity {

class SchemaTreeModel;
struct ConnectionSpec;

/// The workbench window. For now it opens one database (or snapshot) and
/// shows its catalog as a tree, with a text summary beside it. Introspection
/// runs on a worker; the window only shows progress and results.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts inspecting `specText`; errors are shown to the user.
    void openSpec(const QString &specText);

    /// True while an inspection runs (for tests).
    bool isBusy() const;
    SchemaTreeModel *schemaModel() const { return m_model; }

Q_SIGNALS:
    void inspectionFinished(bool ok);

private:
    void createActions();
    void openDialog();
    void cancelInspection();
    void onInspectionDone();
    void showError(const QString &title, const Error &error);

    SchemaTreeModel *m_model = nullptr;     // owned by this (QObject parent)
    QTreeView *m_tree = nullptr;            // owned by the splitter
    QPlainTextEdit *m_summary = nullptr;    // owned by the splitter
    QLabel *m_statusLabel = nullptr;        // owned by the status bar
    QProgressBar *m_progress = nullptr;     // owned by the status bar
    QPushButton *m_cancelButton = nullptr;  // owned by the status bar
    QAction *m_exactCounts = nullptr;       // owned by the View menu
    QFutureWatcher<Result<Catalog>> m_watcher;
    QString m_pendingSource;
};

} // namespace parity
