#pragma once

#include "common/error.h"
#include "connection/demodatabases.h"
#include "migration/dryrun.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;

namespace parity {

class CompareBar;
class ComparisonController;
class DdlDiffView;
class DiffTreeModel;
class DiffTreePane;
class HazardPanel;
class HistoryController;
class MigrationHistoryDock;
class PasswordProvider;
class ProfileStore;
class ProfilesDock;
class RunHistoryDock;
class ScriptPane;
class SecretStore;
struct ConnectionSpec;
struct Hazard;
struct Profile;

/// The workbench window. It only wires the parts together: the compare bar
/// (reference and target), the two aligned trees, the detail pane with both
/// sides' DDL, the script editors, the hazards and the profiles. Every job
/// runs on a worker through ComparisonController.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `secrets` (not owned) replaces the system keychain, for tests; null
    /// uses the keychain.
    explicit MainWindow(SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Compares `reference` (the desired state) with `target` (the database
    /// that will change).
    void compare(const QString &reference, const QString &target);
    /// Builds the demo pair if needed and compares staging with uat.
    void openDemo();

    bool isBusy() const;
    ComparisonController *controller() const { return m_controller; }
    DiffTreeModel *diffModel() const { return m_diffModel; }
    DiffTreePane *trees() const { return m_trees; }
    DdlDiffView *detail() const { return m_detail; }
    ScriptPane *scripts() const { return m_scripts; }
    HazardPanel *hazards() const { return m_hazards; }
    ProfilesDock *profiles() const { return m_profiles; }
    CompareBar *compareBar() const { return m_compareBar; }
    RunHistoryDock *runHistory() const { return m_history; }
    MigrationHistoryDock *migrationHistory() const { return m_migrations; }
    HistoryController *historyController() const { return m_historyController; }
    QAction *action(const QString &objectName) const;

Q_SIGNALS:
    /// A comparison ended: the trees are filled (ok) or an error was shown.
    void comparisonFinished(bool ok);
    /// New scripts are shown.
    void scriptsUpdated();
    void dryRunFinished(bool ok);
    void reportExported(const QString &path);
    /// The migration history of the compared databases is shown (in the
    /// Migration History dock, and beside each difference in the trees).
    void migrationHistoryShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreSettings();
    void saveSettings() const;
    void startCompare();
    void onComparisonFinished();
    void onComparisonFailed(const QString &message);
    void onPlanFinished();
    void showDetail(const QModelIndex &sourceIndex);
    void showHazard(const Hazard &hazard);
    void rememberComparison(const QString &reference, const QString &target);
    void rebuildRecentMenu();
    void exportReport();
    void startDryRun(const QString &script);
    void dryRunDone();
    void setBusy(bool busy);
    void resolveSpec(const QString &text, std::function<void(Result<ConnectionSpec>)> done);
    const Profile *profileOf(const QString &specText) const;
    void updateRunActions();
    void startApply();
    void startRollback(const QString &runId, const QString &targetText);
    void runWizardClosed(bool changedDatabase);
    void startHistory();
    void showHistory();
    std::pair<QString, QString> migrationsFolderFor(const QString &reference, const QString &target) const;

    std::unique_ptr<SecretStore> m_ownSecrets;     // the keychain, when no store was given
    std::unique_ptr<ProfileStore> m_profileStore;
    PasswordProvider *m_passwords = nullptr;       // owned by this (QObject parent)
    ComparisonController *m_controller = nullptr;  // owned by this
    DiffTreeModel *m_diffModel = nullptr;          // owned by this
    CompareBar *m_compareBar = nullptr;            // owned by the tool bar
    DiffTreePane *m_trees = nullptr;               // owned by the main splitter
    DdlDiffView *m_detail = nullptr;               // owned by the lower splitter
    ScriptPane *m_scripts = nullptr;               // owned by the lower splitter
    HazardPanel *m_hazards = nullptr;              // owned by its dock
    ProfilesDock *m_profiles = nullptr;            // owned by this
    QDockWidget *m_hazardDock = nullptr;           // owned by this
    RunHistoryDock *m_history = nullptr;           // owned by this
    HistoryController *m_historyController = nullptr; // owned by this
    MigrationHistoryDock *m_migrations = nullptr;  // owned by this
    QString m_diffSummary;                         // the trees' summary before the history adds its line
    DemoDatabases m_demo;                          // the demo's paths, once opened
    QSplitter *m_mainSplitter = nullptr;           // central widget
    QSplitter *m_lowerSplitter = nullptr;          // owned by the main splitter
    QLabel *m_statusLabel = nullptr;               // owned by the status bar
    QProgressBar *m_progress = nullptr;            // owned by the status bar
    QPushButton *m_cancelButton = nullptr;         // owned by the status bar
    QMenu *m_recentMenu = nullptr;                 // owned by the File menu
    QAction *m_exactCounts = nullptr;              // owned by the View menu
    QList<QAction *> m_ignoreActions;              // owned by the View menu
    QFutureWatcher<Result<DemoDatabases>> m_demoWatcher;
    QFutureWatcher<Result<DryRunOutcome>> m_dryRunWatcher;
};

} // namespace parity
