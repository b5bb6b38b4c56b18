#include "mainwindow.h"

#include "applywizard.h"
#include "common/jobcontext.h"
#include "common/workerpool.h"
#include "comparebar.h"
#include "comparisoncontroller.h"
#include "connection/profilestore.h"
#include "connection/secretmask.h"
#include "connection/secretstore.h"
#include "ddldiffview.h"
#include "diff/diffreport.h"
#include "difftreepane.h"
#include "hazardpanel.h"
#include "history/driftannotations.h"
#include "historycontroller.h"
#include "item/difftreemodel.h"
#include "keychainsecretstore.h"
#include "migration/objectddl.h"
#include "migration/sqlgenerator.h"
#include "migrationhistorydock.h"
#include "passwordprovider.h"
#include "runcheckcontroller.h"
#include "profilesdock.h"
#include "rollbackwizard.h"
#include "runhistorydock.h"
#include "scriptpane.h"
#include "sqleditor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

namespace parity {

namespace {

const QString kRecentKey = QStringLiteral("compare/recent");
constexpr int kRecentCount = 10;

QString rowsText(const Catalog &catalog, const QString &schema, const QString &table)
{
    const Table *t = catalog.table(schema, table);
    if (!t)
        return {};
    if (t->rowCount >= 0)
        return QObject::tr("%n rows", nullptr, int(qMin<qint64>(t->rowCount, INT_MAX)));
    if (t->rowEstimate >= 0)
        return QObject::tr("~%n rows", nullptr, int(qMin<qint64>(t->rowEstimate, INT_MAX)));
    return {};
}

QString severityWord(HazardSeverity severity)
{
    switch (severity) {
    case HazardSeverity::High: return MainWindow::tr("high");
    case HazardSeverity::Medium: return MainWindow::tr("medium");
    case HazardSeverity::Low: return MainWindow::tr("low");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_profileStore(std::make_unique<ProfileStore>())
    , m_controller(new ComparisonController(this))
    , m_diffModel(new DiffTreeModel(this))
{
    setWindowTitle(tr("Parity"));
    setWindowIcon(QIcon(QStringLiteral(":/parity/icons/parity.svg")));
    if (!secrets) {
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
        secrets = m_ownSecrets.get();
    }
    m_passwords = new PasswordProvider(secrets, this, this);

    // Profiles resolve through the keychain (or a question, once per session).
    m_controller->setSpecResolver([this](const QString &text, std::function<void(Result<ConnectionSpec>)> done) {
        resolveSpec(text, std::move(done));
    });

    m_compareBar = new CompareBar(this);
    auto *compareToolBar = addToolBar(tr("Compare"));
    compareToolBar->setObjectName(QStringLiteral("compareToolBar"));
    compareToolBar->setMovable(false);
    compareToolBar->addWidget(m_compareBar);
    connect(m_compareBar, &CompareBar::compareRequested, this, &MainWindow::compare);

    m_trees = new DiffTreePane(m_diffModel, this);
    m_detail = new DdlDiffView(this);
    m_detail->clear();
    m_scripts = new ScriptPane(this);

    m_lowerSplitter = new QSplitter(Qt::Horizontal, this);
    m_lowerSplitter->setObjectName(QStringLiteral("lowerSplitter"));
    m_lowerSplitter->addWidget(m_detail);
    m_lowerSplitter->addWidget(m_scripts);
    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_trees);
    m_mainSplitter->addWidget(m_lowerSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    setCentralWidget(m_mainSplitter);

    m_hazards = new HazardPanel(this);
    m_hazardDock = new QDockWidget(tr("Hazards"), this);
    m_hazardDock->setObjectName(QStringLiteral("hazardsDock"));
    m_hazardDock->setWidget(m_hazards);
    addDockWidget(Qt::BottomDockWidgetArea, m_hazardDock);
    connect(m_hazards, &HazardPanel::hazardActivated, this, &MainWindow::showHazard);

    m_profiles = new ProfilesDock(m_profileStore.get(), m_passwords, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_profiles);
    connect(m_profiles, &ProfilesDock::referenceChosen, m_compareBar, &CompareBar::setReference);
    connect(m_profiles, &ProfilesDock::targetChosen, m_compareBar, &CompareBar::setTarget);

    m_history = new RunHistoryDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_history);
    tabifyDockWidget(m_hazardDock, m_history);
    m_history->hide();
    connect(m_history, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_history->refresh();
    });
    connect(m_history, &RunHistoryDock::rollbackRequested, this, &MainWindow::startRollback);
    auto *runChecks = new RunCheckController(
        [this](const QString &text, std::function<void(Result<ConnectionSpec>)> done) { resolveSpec(text, std::move(done)); },
        this);
    connect(m_history, &RunHistoryDock::checkRequested, runChecks, &RunCheckController::check);
    connect(runChecks, &RunCheckController::checked, m_history, &RunHistoryDock::showCheckReport);

    m_historyController = new HistoryController(this);
    m_migrations = new MigrationHistoryDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_migrations);
    tabifyDockWidget(m_hazardDock, m_migrations);
    m_hazardDock->raise();
    connect(m_historyController, &HistoryController::busyChanged, m_migrations, &MigrationHistoryDock::setReading);
    connect(m_historyController, &HistoryController::historyRead, this, &MainWindow::showHistory);
    connect(m_migrations, &MigrationHistoryDock::reloadRequested, m_historyController, &HistoryController::reload);

    m_statusLabel = new QLabel(tr("Ready"), this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setVisible(false);
    m_cancelButton->setToolTip(tr("Stop reading the databases (Esc)"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &ComparisonController::cancel);

    connect(m_controller, &ComparisonController::busyChanged, this, &MainWindow::setBusy);
    connect(m_controller, &ComparisonController::progressChanged, this,
            [this](int value, int maximum, const QString &text) {
                m_progress->setRange(0, maximum);
                m_progress->setValue(value);
                m_statusLabel->setText(text);
            });
    connect(m_controller, &ComparisonController::comparisonFinished, this, &MainWindow::onComparisonFinished);
    connect(m_controller, &ComparisonController::comparisonFailed, this, &MainWindow::onComparisonFailed);
    connect(m_controller, &ComparisonController::planFinished, this, &MainWindow::onPlanFinished);
    connect(m_controller, &ComparisonController::planFailed, this, [this](const QString &message) {
        m_scripts->clear(QStringLiteral("-- ") + tr("No script: %1").arg(message));
        m_statusLabel->setText(tr("Planning failed: %1").arg(message));
    });
    connect(m_diffModel, &DiffTreeModel::choiceChanged, this,
            [this] { m_controller->setExcluded(m_diffModel->excludedChanges()); });
    connect(m_trees, &DiffTreePane::currentSourceChanged, this, &MainWindow::showDetail);
    connect(m_scripts, &ScriptPane::dryRunRequested, this, &MainWindow::startDryRun);
    connect(m_scripts, &ScriptPane::syntaxChecked, this, [this](int problems) {
        m_statusLabel->setText(problems == 0 ? tr("The script parses: no syntax errors.")
                                             : tr("%n syntax error(s) marked in the script.", nullptr, problems));
    });
    connect(&m_demoWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<DemoDatabases> demo = m_demoWatcher.result();
        if (!demo) {
            onComparisonFailed(tr("The demo databases could not be prepared: %1").arg(demo.error().message));
            return;
        }
        m_demo = *demo; // its migrations folder goes with the pair
        compare(demo->staging, demo->uat);
    });
    connect(&m_dryRunWatcher, &QFutureWatcherBase::finished, this, &MainWindow::dryRunDone);

    createActions();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    m_controller->blockSignals(true);
    m_controller->cancel();
    m_historyController->blockSignals(true);
    m_historyController->cancel();
    m_demoWatcher.waitForFinished();
    m_dryRunWatcher.waitForFinished();
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    auto make = [this](QMenu *menu, const QString &text, const char *name, const QKeySequence &shortcut,
                       const QString &tip) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *compareAction = make(file, tr("&Compare"), "compareAction", QKeySequence(Qt::Key_F5),
                                  tr("Read both databases and compare them (F5)"));
    connect(compareAction, &QAction::triggered, this, &MainWindow::startCompare);
    QAction *swap = make(file, tr("S&wap Reference and Target"), "swapAction", QKeySequence(QStringLiteral("Ctrl+Shift+W")),
                         tr("Exchange the two sides, then compare again"));
    connect(swap, &QAction::triggered, m_compareBar, &CompareBar::swap);
    QAction *cancel = make(file, tr("Ca&ncel"), "cancelAction", QKeySequence(Qt::Key_Escape),
                           tr("Stop the comparison under way"));
    connect(cancel, &QAction::triggered, m_controller, &ComparisonController::cancel);
    // Only while something runs: Esc also closes the editors' find bar.
    cancel->setEnabled(false);
    QAction *demo = make(file, tr("Open the &Demo"), "demoAction", {},
                         tr("Compare the bundled staging and uat SQLite databases"));
    connect(demo, &QAction::triggered, this, &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("&Recent Comparisons"));
    file->addSeparator();
    file->addAction(m_scripts->saveAction());
    QAction *report = make(file, tr("&Export HTML Report…"), "exportReportAction", QKeySequence(QStringLiteral("Ctrl+E")),
                           tr("Save the comparison as a self-contained HTML page for sign-off"));
    connect(report, &QAction::triggered, this, &MainWindow::exportReport);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_scripts->copyAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *next = make(view, tr("&Next Difference"), "nextDifferenceAction", QKeySequence(Qt::Key_F8),
                         tr("Select the next object that differs (F8)"));
    connect(next, &QAction::triggered, this, [this] { m_trees->selectNextDifference(true); });
    QAction *previous = make(view, tr("&Previous Difference"), "previousDifferenceAction",
                             QKeySequence(QStringLiteral("Shift+F8")), tr("Select the previous object that differs (Shift+F8)"));
    connect(previous, &QAction::triggered, this, [this] { m_trees->selectNextDifference(false); });
    view->addSeparator();
    QMenu *filters = view->addMenu(tr("&Show"));
    filters->addActions(m_trees->modeActions()->actions());
    view->addMenu(m_trees->kindMenu())->setText(tr("Object &Kinds"));
    view->addSeparator();
    m_exactCounts = make(view, tr("Count Rows &Exactly"), "exactCountsAction", {},
                         tr("Count every table's rows when reading a database instead of using statistics "
                            "(slower on big databases)"));
    m_exactCounts->setCheckable(true);
    const std::pair<const char *, QString> ignores[] = {
        {"ignoreColumnOrderAction", tr("Ignore Column &Order")},
        {"ignoreIndexNamesAction", tr("Ignore &Index and Constraint Names")},
        {"ignoreWhitespaceAction", tr("Ignore &Whitespace in Definitions")},
        {"ignoreOwnerAction", tr("Ignore O&wners")},
        {"ignorePrivilegesAction", tr("Ignore &Privileges")},
        {"ignoreCommentsAction", tr("Ignore Co&mments")},
    };
    QMenu *ignoreMenu = view->addMenu(tr("&Ignore"));
    for (const auto &[name, text] : ignores) {
        QAction *a = make(ignoreMenu, text, name, {}, tr("Leave this out of the comparison (applies at the next Compare)"));
        a->setCheckable(true);
        m_ignoreActions << a;
    }
    view->addSeparator();
    view->addAction(m_profiles->toggleViewAction());
    view->addAction(m_hazardDock->toggleViewAction());
    view->addAction(m_history->toggleViewAction());
    QAction *migrations = make(view, tr("&Migration History"), "migrationHistoryAction",
                               QKeySequence(QStringLiteral("Ctrl+Shift+H")),
                               tr("Show which framework migrations each side ran, and what is pending (Ctrl+Shift+H)"));
    connect(migrations, &QAction::triggered, this, [this] {
        m_migrations->show();
        m_migrations->raise();
        m_migrations->setFocus();
    });

    QMenu *script = menuBar()->addMenu(tr("&Script"));
    QAction *generate = make(script, tr("&Generate Script"), "generateScriptAction", QKeySequence(Qt::Key_F9),
                             tr("Show the forward script for the ticked differences (F9)"));
    connect(generate, &QAction::triggered, this, [this] {
        m_scripts->tabs()->setCurrentIndex(ScriptPane::ForwardTab);
        m_scripts->editor(ScriptPane::ForwardTab)->setFocus();
    });
    script->addAction(m_scripts->checkAction());
    script->addAction(m_scripts->dryRunAction());

    // Applying is what the script is for: the guided apply and its way back.
    script->addSeparator();
    QAction *apply = make(script, tr("&Apply to Target…"), "applyAction", QKeySequence(QStringLiteral("Ctrl+Shift+A")),
                          tr("Apply the forward script to the target: preflight, backup, confirmation, apply, "
                             "verification (Ctrl+Shift+A)"));
    connect(apply, &QAction::triggered, this, &MainWindow::startApply);
    QAction *rollback = make(script, tr("&Roll Back a Run…"), "rollbackAction", {},
                             tr("Undo an apply run on the target, with its script or its backup"));
    connect(rollback, &QAction::triggered, this, [this] { startRollback(QString(), m_controller->targetText()); });
    updateRunActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Parity"), this, [this] {
        QMessageBox::about(this, tr("About Parity"),
                           tr("<h3>Parity %1</h3><p>Compare database schemas, preview the SQL that "
                              "turns one into the other, and apply it with a backup and a way back.</p>")
                               .arg(QStringLiteral(PARITY_VERSION)));
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("mainWindow/mainSplitter")).toByteArray()))
        m_mainSplitter->setSizes({520, 340});
    if (!m_lowerSplitter->restoreState(settings.value(QStringLiteral("mainWindow/lowerSplitter")).toByteArray()))
        m_lowerSplitter->setSizes({600, 600});
    if (!settings.contains(QStringLiteral("mainWindow/state"))) {
        // First start: room for the profiles, a modest strip for the hazards
        // (once shown: the docks have no size before).
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_profiles}, {230}, Qt::Horizontal);
            resizeDocks({m_hazardDock}, {160}, Qt::Vertical);
        });
    }
    m_exactCounts->setChecked(settings.value(QStringLiteral("compare/exactCounts"), false).toBool());
    for (QAction *a : std::as_const(m_ignoreActions))
        a->setChecked(settings.value(QStringLiteral("compare/") + a->objectName(), false).toBool());
    rebuildRecentMenu();
    const QStringList recent = settings.value(kRecentKey).toStringList();
    if (!recent.isEmpty()) {
        m_compareBar->setReference(recent.first().section(QLatin1Char('\n'), 0, 0));
        m_compareBar->setTarget(recent.first().section(QLatin1Char('\n'), 1, 1));
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/lowerSplitter"), m_lowerSplitter->saveState());
    settings.setValue(QStringLiteral("compare/exactCounts"), m_exactCounts->isChecked());
    for (QAction *a : std::as_const(m_ignoreActions))
        settings.setValue(QStringLiteral("compare/") + a->objectName(), a->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::resolveSpec(const QString &text, std::function<void(Result<ConnectionSpec>)> done)
{
    auto spec = ConnectionSpec::parse(text);
    if (!spec) {
        done(std::unexpected(spec.error()));
        return;
    }
    if (spec->kind != ConnectionSpec::Kind::Profile) {
        resolvePassword(*spec);
        done(*spec);
        return;
    }
    auto concrete = resolveProfile(*spec, m_profileStore->path());
    if (!concrete) {
        done(std::unexpected(concrete.error()));
        return;
    }
    // The client's own sources first (PGPASSWORD, ~/.pgpass, MYSQL_PWD),
    // then the keychain, then one question per session.
    resolvePassword(*concrete);
    if (!concrete->isServer() || !concrete->password.isEmpty()) {
        done(*concrete);
        return;
    }
    const ConnectionSpec resolved = *concrete;
    m_passwords->passwordFor(spec->profileName, resolved.display(),
                             [resolved, done](std::optional<QString> password) {
                                 if (!password) {
                                     done(std::unexpected(Error{Error::Code::Cancelled, QString()}));
                                     return;
                                 }
                                 ConnectionSpec withPassword = resolved;
                                 withPassword.password = *password;
                                 done(withPassword);
                             });
}

bool MainWindow::isBusy() const
{
    return m_controller->isBusy() || m_demoWatcher.isRunning();
}

void MainWindow::setBusy(bool busy)
{
    action(QStringLiteral("cancelAction"))->setEnabled(busy);
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_compareBar->setBusy(busy && !m_controller->hasComparison());
    updateRunActions();
}

void MainWindow::startCompare()
{
    compare(m_compareBar->reference(), m_compareBar->target());
}

void MainWindow::compare(const QString &reference, const QString &target)
{
    m_compareBar->setReference(reference);
    m_compareBar->setTarget(target);
    m_diffModel->clear();
    m_detail->clear();
    m_hazards->setHazards({}, QString());
    m_scripts->clear(QStringLiteral("-- ") + tr("Comparing…"));
    m_trees->setSummary(tr("Reading %1 and %2…").arg(maskSecrets(reference), maskSecrets(target)));
    m_historyController->cancel();
    m_migrations->clear(tr("The history is read once the comparison is shown."));
    DiffOptions options;
    options.ignoreColumnOrder = action(QStringLiteral("ignoreColumnOrderAction"))->isChecked();
    options.ignoreIndexNames = action(QStringLiteral("ignoreIndexNamesAction"))->isChecked();
    options.ignoreWhitespace = action(QStringLiteral("ignoreWhitespaceAction"))->isChecked();
    options.ignoreOwner = action(QStringLiteral("ignoreOwnerAction"))->isChecked();
    options.ignorePrivileges = action(QStringLiteral("ignorePrivilegesAction"))->isChecked();
    options.ignoreComments = action(QStringLiteral("ignoreCommentsAction"))->isChecked();
    m_controller->setExactCounts(m_exactCounts->isChecked());
    m_controller->compare(reference, target, options);
}

void MainWindow::openDemo()
{
    // A build tree has the pair next to bin/; an installed Parity builds it
    // once in the user's data folder from the SQL compiled in.
    const QString built = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../demo"));
    const QString folder = QFileInfo::exists(built + QStringLiteral("/staging.db"))
                               ? QDir(built).canonicalPath()
                               : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                     + QStringLiteral("/demo");
    m_statusLabel->setText(tr("Preparing the demo databases…"));
    m_demoWatcher.setFuture(QtConcurrent::run(workerPool(), [folder] { return prepareDemoDatabases(folder); }));
}

void MainWindow::onComparisonFinished()
{
    const Catalog &target = m_controller->target();
    const Catalog &reference = m_controller->reference();
    m_diffModel->setSnapshot(m_controller->treeSnapshot());
    const QStringList summary = diffSummary(m_controller->diff());
    m_diffSummary = summary.join(QLatin1Char('\n'));
    m_trees->setSummary(m_diffSummary);
    m_trees->expandDifferences();
    m_scripts->setCompletion(reference.dialect, m_controller->completionEntries());
    const QString referenceName =
        reference.database.isEmpty() ? maskSecrets(m_controller->referenceText()) : reference.database;
    const QString targetName = target.database.isEmpty() ? maskSecrets(m_controller->targetText()) : target.database;
    setWindowTitle(tr("%1 → %2 — Parity").arg(referenceName, targetName));
    rememberComparison(m_controller->referenceText(), m_controller->targetText());
    m_detail->clear(m_controller->diff().isEmpty() ? tr("No differences: both have the same structure.")
                                                   : tr("Select an object to see its DDL on both sides (F8: next difference)."));
    startHistory();
    Q_EMIT comparisonFinished(true);
}

void MainWindow::startHistory()
{
    HistoryController::Request request;
    request.reference = {m_controller->referenceSpec(),
                         HistoryController::environmentName(m_controller->referenceText(), m_controller->reference().database)};
    request.target = {m_controller->targetSpec(),
                      HistoryController::environmentName(m_controller->targetText(), m_controller->target().database)};
    if (request.reference.name == request.target.name) {
        request.reference.name = tr("%1 (reference)").arg(request.reference.name);
        request.target.name = tr("%1 (target)").arg(request.target.name);
    }
    request.diff = m_controller->diff();
    std::tie(request.folder, request.folderOrigin) =
        migrationsFolderFor(m_controller->referenceText(), m_controller->targetText());
    m_historyController->start(std::move(request));
}

void MainWindow::showHistory()
{
    const HistoryController::Outcome &outcome = m_historyController->outcome();
    m_migrations->showOutcome(outcome);
    if (m_controller->hasComparison()) {
        m_diffModel->setDriftExplanation(outcome.explanation);
        const QString line =
            HistoryController::explanationSummary(outcome.explanation, m_controller->diff().changes.size());
        m_trees->setSummary(line.isEmpty() ? m_diffSummary : m_diffSummary + QLatin1Char('\n') + line);
    }
    Q_EMIT migrationHistoryShown();
}

std::pair<QString, QString> MainWindow::migrationsFolderFor(const QString &reference, const QString &target) const
{
    // The target's own project first: its pending migrations are the ones to run.
    for (const QString &text : {target, reference}) {
        if (const Profile *profile = profileOf(text); profile && !profile->migrationsFolder.isEmpty())
            return {profile->migrationsFolder, tr("profile @%1").arg(profile->name)};
    }
    if (m_demo.migrations.isEmpty())
        return {};
    auto sameFile = [](const QString &text, const QString &path) {
        const auto spec = ConnectionSpec::parse(text);
        if (!spec || spec->kind != ConnectionSpec::Kind::SQLite)
            return false;
        const QString canonical = QFileInfo(spec->path).canonicalFilePath();
        return !canonical.isEmpty() && canonical == QFileInfo(path).canonicalFilePath();
    };
    for (const QString &text : {target, reference}) {
        if (sameFile(text, m_demo.staging) || sameFile(text, m_demo.uat))
            return {m_demo.migrations, tr("the demo")};
    }
    return {};
}

void MainWindow::onComparisonFailed(const QString &message)
{
    m_migrations->clear(tr("No comparison: the history is read from both sides of one."));
    m_trees->setSummary(message);
    m_scripts->clear(QStringLiteral("-- ") + message);
    m_statusLabel->setText(message);
    Q_EMIT comparisonFinished(false);
}

void MainWindow::onPlanFinished()
{
    const ComparisonController::Scripts &s = m_controller->scripts();
    m_scripts->setPlan(s.plan.forward, s.forward, s.rollback);
    // Changes left out that the script needs anyway, and why.
    QHash<int, QString> pulled;
    const QSet<int> excluded = m_diffModel->excludedChanges();
    for (const SelectionNote &note : s.selection.notes) {
        if (excluded.contains(note.change) && s.selection.included.contains(note.change))
            pulled.insert(note.change, note.text);
    }
    m_diffModel->setPulledIn(pulled);
    QString note;
    if (m_controller->hazardsMeasured())
        note = tr("Figures measured on %1.").arg(m_controller->target().database);
    else if (m_controller->targetSpec().kind == ConnectionSpec::Kind::Snapshot)
        note = tr("Figures from the snapshot's statistics.");
    else
        note = tr("Figures from statistics; measuring on the target…");
    m_hazards->setHazards(s.plan.forward.hazards, note);
    const int steps = int(s.plan.forward.steps.size());
    m_statusLabel->setText(steps == 0 ? tr("Nothing to do: the ticked differences need no statement.")
                                      : tr("Forward script: %n statement(s).", nullptr, steps));
    updateRunActions();
    Q_EMIT scriptsUpdated();
}

void MainWindow::showDetail(const QModelIndex &sourceIndex)
{
    if (!sourceIndex.isValid()) {
        m_detail->clear();
        return;
    }
    const auto node = DiffTreeModel::NodeKind(sourceIndex.data(DiffTreeModel::NodeKindRole).toInt());
    if (node != DiffTreeModel::NodeKind::Object && node != DiffTreeModel::NodeKind::Child) {
        m_detail->clear(tr("Select an object to see its DDL on both sides."));
        return;
    }
    ObjectRef ref;
    ref.kind = ObjectKind(sourceIndex.data(DiffTreeModel::ObjectKindRole).toInt());
    ref.schema = sourceIndex.data(DiffTreeModel::SchemaRole).toString();
    ref.name = sourceIndex.data(DiffTreeModel::ObjectNameRole).toString();
    ref.table = sourceIndex.data(DiffTreeModel::TableRole).toString();
    const Catalog &reference = m_controller->reference();
    const Catalog &target = m_controller->target();
    ObjectRef targetRef = ref;
    const int change = sourceIndex.data(DiffTreeModel::ChangeIndexRole).toInt();
    if (change >= 0 && change < m_controller->diff().changes.size())
        targetRef = objectRefOf(m_controller->diff().changes[change], true);
    if (ref.kind == ObjectKind::Trigger || ref.kind == ObjectKind::Policy)
        targetRef.table = ref.table;
    const std::unique_ptr<SqlGenerator> g = SqlGenerator::create(reference.dialect);
    QString info;
    if (node == DiffTreeModel::NodeKind::Object && ref.kind == ObjectKind::Table) {
        const QString a = rowsText(reference, ref.schema, ref.name);
        const QString b = rowsText(target, ref.schema, ref.name);
        QStringList parts;
        if (!a.isEmpty())
            parts << tr("%1: %2").arg(reference.database, a);
        if (!b.isEmpty())
            parts << tr("%1: %2").arg(target.database, b);
        info = parts.join(QStringLiteral(" · "));
    }
    // The hazards of this object, in a line.
    QStringList hazards;
    const QString path = sourceIndex.data(DiffTreeModel::PathRole).toString();
    for (const Hazard &h : m_controller->scripts().plan.forward.hazards) {
        if (h.object == path || h.object.startsWith(path + QLatin1Char('.')) || path.endsWith(QLatin1Char('.') + h.object)
            || h.object == ref.name)
            hazards << tr("%1 hazard: %2 (%3)").arg(severityWord(h.severity), h.reason, h.figureText());
    }
    if (!hazards.isEmpty())
        info += (info.isEmpty() ? QString() : QStringLiteral(" · ")) + hazards.join(QStringLiteral(" · "));
    m_detail->showObject(tr("Reference: %1").arg(reference.database), objectDdl(reference, ref, *g),
                         tr("Target: %1").arg(target.database), objectDdl(target, targetRef, *g), reference.dialect,
                         info);
}

void MainWindow::showHazard(const Hazard &hazard)
{
    const QModelIndex at = m_diffModel->indexForPath(hazard.object);
    if (at.isValid())
        m_trees->revealSource(at);
    m_scripts->revealObject(hazard.object);
}

void MainWindow::rememberComparison(const QString &reference, const QString &target)
{
    // Never a password in the settings file: keep only specs without one.
    for (const QString &spec : {reference, target}) {
        auto parsed = ConnectionSpec::parse(spec);
        if (parsed && !parsed->password.isEmpty())
            return;
    }
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString entry = reference + QLatin1Char('\n') + target;
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    QStringList specs;
    for (const QString &entry : recent) {
        const QString reference = entry.section(QLatin1Char('\n'), 0, 0);
        const QString target = entry.section(QLatin1Char('\n'), 1, 1);
        m_recentMenu->addAction(tr("%1 → %2").arg(maskSecrets(reference), maskSecrets(target)), this,
                                [this, reference, target] { compare(reference, target); });
        for (const QString &s : {reference, target}) {
            if (!specs.contains(s))
                specs << s;
        }
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_compareBar->setRecent(specs);
}

void MainWindow::exportReport()
{
    if (!m_controller->hasComparison()) {
        m_statusLabel->setText(tr("Compare two databases first; the report describes a comparison."));
        return;
    }
    const QString path = m_scripts->savePathChooser()(tr("Export HTML Report"), QStringLiteral("comparison.html"),
                                                      tr("HTML pages (*.html)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    // With the migration history read, each difference names its migration (or "unexplained drift").
    const QString html = diffHtml(m_controller->diff(), QDateTime::currentDateTimeUtc(),
                                  driftAnnotations(m_controller->diff(), m_diffModel->driftExplanation()));
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export HTML Report"),
                             tr("Could not write %1: %2. Choose another folder.").arg(path, file.errorString()));
        return;
    }
    m_statusLabel->setText(tr("Report saved to %1").arg(path));
    Q_EMIT reportExported(path);
}

void MainWindow::startDryRun(const QString &script)
{
    const ConnectionSpec spec = m_controller->targetSpec();
    if (spec.kind != ConnectionSpec::Kind::PostgreSQL) {
        m_statusLabel->setText(tr("A dry run needs a live PostgreSQL target."));
        return;
    }
    if (m_dryRunWatcher.isRunning())
        return;
    m_statusLabel->setText(tr("Dry run on %1: the script runs in a transaction that is rolled back…").arg(spec.display()));
    m_dryRunWatcher.setFuture(QtConcurrent::run(workerPool(), [spec, script] {
        JobContext job;
        return dryRunPostgres(spec, script, job);
    }));
}

void MainWindow::dryRunDone()
{
    const Result<DryRunOutcome> outcome = m_dryRunWatcher.result();
    if (!outcome) {
        m_statusLabel->setText(tr("The dry run could not run: %1").arg(outcome.error().message));
        Q_EMIT dryRunFinished(false);
        return;
    }
    if (outcome->ok) {
        QString text = tr("Dry run passed: %n statement(s) ran and were rolled back.", nullptr, outcome->statementsRun);
        if (!outcome->skipped.isEmpty())
            text += QLatin1Char(' ') + tr("Not run (cannot run in a transaction): %1").arg(outcome->skipped.join(QStringLiteral("; ")));
        m_statusLabel->setText(text);
    } else {
        m_scripts->markProblem(m_scripts->currentTab(), outcome->failedLine, outcome->error);
        m_statusLabel->setText(tr("Dry run failed at line %1: %2").arg(outcome->failedLine).arg(outcome->error));
    }
    Q_EMIT dryRunFinished(outcome->ok);
}

const Profile *MainWindow::profileOf(const QString &specText) const
{
    const QString text = specText.trimmed();
    return text.startsWith(QLatin1Char('@')) ? m_profileStore->find(text.mid(1)) : nullptr;
}

void MainWindow::updateRunActions()
{
    QAction *apply = action(QStringLiteral("applyAction"));
    QAction *rollback = action(QStringLiteral("rollbackAction"));
    if (!apply || !rollback)
        return;
    const ConnectionSpec &target = m_controller->targetSpec();
    const bool live = m_controller->hasComparison()
                      && (target.isServer() || target.kind == ConnectionSpec::Kind::SQLite);
    apply->setEnabled(live && !m_controller->isBusy() && !m_controller->scripts().plan.forward.steps.isEmpty());
    rollback->setEnabled(live && !m_controller->isBusy());
}

void MainWindow::startApply()
{
    updateRunActions();
    if (!action(QStringLiteral("applyAction"))->isEnabled())
        return;
    const ComparisonController::Scripts &s = m_controller->scripts();
    ApplyRequest request;
    request.target = m_controller->targetSpec();
    request.plan = s.plan;
    request.plannedFrom = m_controller->target();
    const bool noSelection = s.selection.to.schemas.isEmpty() && s.selection.to.database.isEmpty();
    request.to = noSelection ? m_controller->reference() : s.selection.to;
    request.planOptions.diff = m_controller->diffOptions();
    const Profile *profile = profileOf(m_controller->targetText());
    if (profile) {
        request.profile = profile->name;
        request.environment = profile->environment;
    }
    const QString targetText = m_controller->targetText();
    auto *wizard = new ApplyWizard(std::move(request), profile && profile->isProtected, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ApplyWizard::rollbackRequested, this,
            [this, targetText](const QString &runId) { startRollback(runId, targetText); });
    connect(wizard, &QDialog::finished, this, [this, wizard] { runWizardClosed(wizard->changedDatabase()); });
    wizard->open();
}

void MainWindow::startRollback(const QString &runId, const QString &targetText)
{
    if (targetText.trimmed().isEmpty()) {
        m_statusLabel->setText(tr("Choose a run in the run history to roll it back."));
        m_history->show();
        return;
    }
    // The password comes the way the comparison's does (keychain, or asked).
    resolveSpec(targetText, [this, runId, targetText](Result<ConnectionSpec> spec) {
        if (!spec) {
            if (spec.error().code != Error::Code::Cancelled)
                m_statusLabel->setText(tr("Cannot roll back: %1").arg(spec.error().message));
            return;
        }
        RollbackRequest request;
        request.target = *spec;
        request.runId = runId;
        const Profile *profile = profileOf(targetText);
        if (profile) {
            request.profile = profile->name;
            request.environment = profile->environment;
        }
        auto *wizard = new RollbackWizard(std::move(request), profile && profile->isProtected, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &QDialog::finished, this, [this, wizard] { runWizardClosed(wizard->changedDatabase()); });
        wizard->open();
    });
}

void MainWindow::runWizardClosed(bool changedDatabase)
{
    if (m_history->isVisible())
        m_history->refresh();
    // The trees show the target as it was read: read it again.
    if (changedDatabase && m_controller->hasComparison())
        compare(m_controller->referenceText(), m_controller->targetText());
}

} // namespace parity
