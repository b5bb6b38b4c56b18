#include "mainwindow.h"

#include "connection/connectionspec.h"
#include "connection/profilestore.h"
#include "introspection/inspector.h"
#include "item/schematreemodel.h"
#include "opendatabasedialog.h"
#include "schemaiconproxymodel.h"
#include "schema/catalogtext.h"

#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace parity {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new SchemaTreeModel(this))
{
    setWindowTitle(tr("Parity"));
    setWindowIcon(QIcon(QStringLiteral(":/parity/icons/parity.svg")));

    auto *splitter = new QSplitter(this);
    m_tree = new QTreeView(splitter);
    auto *decorated = new SchemaIconProxyModel(this);
    decorated->setSourceModel(m_model);
    m_tree->setModel(decorated);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(SchemaTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(SchemaTreeModel::NameColumn, 280);
    m_tree->setAccessibleName(tr("Schema tree"));

    m_summary = new QPlainTextEdit(splitter);
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary->setPlaceholderText(tr("Open a database or a snapshot (Ctrl+O) to see its structure."));
    m_summary->setAccessibleName(tr("Catalog summary"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_statusLabel = new QLabel(tr("Ready"), this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setVisible(false);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelInspection);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &MainWindow::onInspectionDone);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, m_statusLabel, &QLabel::setText);

    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 700);
}

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Database…"),
                                        this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a database, a SQLite file or a snapshot and show its structure"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_exactCounts = viewMenu->addAction(tr("Count Rows &Exactly"));
    m_exactCounts->setCheckable(true);
    m_exactCounts->setToolTip(tr("Count every table's rows when opening a database instead of using "
                                 "statistics (slower on big databases)"));
    m_exactCounts->setChecked(QSettings().value(QStringLiteral("inspect/exactCounts"), false).toBool());
    connect(m_exactCounts, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("inspect/exactCounts"), on); });
    viewMenu->addSeparator();
    viewMenu->addAction(tr("&Expand All"), m_tree, &QTreeView::expandAll);
    viewMenu->addAction(tr("&Collapse All"), m_tree, &QTreeView::collapseAll);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Parity"), this, [this] {
        QMessageBox::about(this, tr("About Parity"),
                           tr("<h3>Parity %1</h3><p>Compare database schemas, preview the SQL that "
                              "turns one into the other, and apply it with a backup and a way back.</p>")
                               .arg(QStringLiteral(PARITY_VERSION)));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(open);
}

void MainWindow::openDialog()
{
    OpenDatabaseDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openSpec(dialog.specText());
}

void MainWindow::openSpec(const QString &specText)
{
    if (m_watcher.isRunning()) {
        QMessageBox::information(this, tr("Busy"), tr("Wait for the current inspection to finish, or cancel it."));
        return;
    }
    auto spec = ConnectionSpec::parse(specText);
    if (spec)
        spec = resolveProfile(*spec);
    if (!spec) {
        showError(tr("Cannot open"), spec.error());
        Q_EMIT inspectionFinished(false);
        return;
    }
    m_pendingSource = spec->display();
    m_statusLabel->setText(tr("Inspecting %1…").arg(m_pendingSource));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    IntrospectionOptions options;
    options.exactRowCounts = m_exactCounts->isChecked();
    m_watcher.setFuture(inspectAsync(*spec, options));
}

bool MainWindow::isBusy() const
{
    return m_watcher.isRunning();
}

void MainWindow::cancelInspection()
{
    m_watcher.cancel();
    m_statusLabel->setText(tr("Cancelling…"));
}

void MainWindow::onInspectionDone()
{
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    const QFuture<Result<Catalog>> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_statusLabel->setText(tr("Inspection of %1 cancelled").arg(m_pendingSource));
        Q_EMIT inspectionFinished(false);
        return;
    }
    const Result<Catalog> result = future.result();
    if (!result) {
        m_statusLabel->setText(tr("Could not inspect %1").arg(m_pendingSource));
        showError(tr("Inspection failed"), result.error());
        Q_EMIT inspectionFinished(false);
        return;
    }
    m_model->setCatalog(*result);
    m_summary->setPlainText(catalogSummaryText(*result));
    const CatalogCounts counts = countObjects(*result);
    m_statusLabel->setText(tr("%1: %n table(s)", nullptr, counts.tables).arg(result->database));
    setWindowTitle(tr("%1 — Parity").arg(result->database));
    // Open each schema and its table list: the first thing anyone looks at.
    for (int row = 0; row < m_tree->model()->rowCount(); ++row) {
        const QModelIndex schema = m_tree->model()->index(row, 0);
        m_tree->expand(schema);
        m_tree->expand(m_tree->model()->index(0, 0, schema));
    }
    Q_EMIT inspectionFinished(true);
}

void MainWindow::showError(const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    if (qEnvironmentVariableIsSet("PARITY_NO_MODAL_ERRORS")) {
        m_summary->setPlainText(error.message);
        return;
    }
    box.exec();
}

} // namespace parity
