#include "scriptpane.h"

#include "common/workerpool.h"
#include "sqleditor.h"
#include "sqleditorpane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace parity {

ScriptPane::ScriptPane(QWidget *parent)
    : QWidget(parent)
    , m_chooseSavePath([this](const QString &title, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, suggested, filter);
    })
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("scriptTabs"));
    const QString titles[] = {tr("Forward script"), tr("Rollback script"), tr("Free SQL")};
    for (int i = 0; i < 3; ++i) {
        m_panes[i] = new SqlEditorPane(m_tabs);
        m_panes[i]->editor()->setReadOnly(i != FreeTab);
        m_tabs->addTab(m_panes[i], titles[i]);
    }
    m_panes[ForwardTab]->editor()->setObjectName(QStringLiteral("forwardEditor"));
    m_panes[RollbackTab]->editor()->setObjectName(QStringLiteral("rollbackEditor"));
    m_panes[FreeTab]->editor()->setObjectName(QStringLiteral("freeEditor"));
    m_tabs->setTabToolTip(ForwardTab, tr("Turns the target into the reference"));
    m_tabs->setTabToolTip(RollbackTab, tr("Turns the changed target back"));
    m_tabs->setTabToolTip(FreeTab, tr("Your own SQL, with completion from the compared schemas"));

    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("planNotes"));
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setVisible(false);

    m_save = new QAction(tr("&Save Script…"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the shown script to a file (Ctrl+S)"));
    connect(m_save, &QAction::triggered, this, &ScriptPane::saveCurrent);
    m_copy = new QAction(tr("&Copy Script"), this);
    m_copy->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    m_copy->setToolTip(tr("Copy the whole shown script to the clipboard (Ctrl+Shift+C)"));
    connect(m_copy, &QAction::triggered, this, &ScriptPane::copyCurrent);
    m_check = new QAction(tr("Check S&yntax"), this);
    m_check->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    m_check->setToolTip(tr("Parse the shown PostgreSQL script with PostgreSQL's own parser and mark errors (Ctrl+Shift+K)"));
    connect(m_check, &QAction::triggered, this, &ScriptPane::checkSyntax);
    m_dryRun = new QAction(tr("&Dry Run on Target"), this);
    m_dryRun->setToolTip(tr("Run the shown PostgreSQL script on the target inside a transaction that is "
                            "rolled back, and show the first error with its line"));
    connect(m_dryRun, &QAction::triggered, this, [this] {
        Q_EMIT dryRunRequested(script(currentTab()));
    });
    connect(&m_checkWatcher, &QFutureWatcherBase::finished, this, &ScriptPane::checkDone);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ScriptPane::updateActions);

    auto *bar = new QHBoxLayout;
    for (QAction *action : {m_save, m_copy, m_check, m_dryRun}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        bar->addWidget(button);
        addAction(action);
    }
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_notes);
    layout->addWidget(m_tabs, 1);
    clear(tr("-- The forward script appears here after a comparison."));
}

ScriptPane::~ScriptPane()
{
    m_checkWatcher.waitForFinished();
}

SqlEditor *ScriptPane::editor(Tab tab) const
{
    return m_panes[tab]->editor();
}

ScriptPane::Tab ScriptPane::currentTab() const
{
    return Tab(qBound(0, m_tabs->currentIndex(), 2));
}

QString ScriptPane::script(Tab tab) const
{
    return editor(tab)->text();
}

int ScriptPane::problemCount(Tab tab) const
{
    return editor(tab)->problemCount();
}

void ScriptPane::setCompletion(Dialect dialect, const QStringList &entries)
{
    m_dialect = dialect;
    for (SqlEditorPane *pane : m_panes) {
        if (pane->editor()->dialect() != dialect)
            pane->editor()->setDialect(dialect);
    }
    editor(FreeTab)->setCompletionEntries(entries);
    updateActions();
}

void ScriptPane::setPlan(const MigrationPlan &forward, const QString &forwardScript, const QString &rollbackScript)
{
    m_plan = forward;
    m_dialect = forward.dialect;
    // Keep the reader's place when the script follows a new choice.
    for (const auto &[tab, text] : {std::pair{ForwardTab, forwardScript}, std::pair{RollbackTab, rollbackScript}}) {
        SqlEditor *e = editor(tab);
        const int firstLine = e->firstVisibleLine();
        e->setReadOnly(false);
        e->clearProblems();
        e->setText(text);
        e->setReadOnly(true);
        e->setFirstVisibleLine(firstLine);
    }
    m_notes->setText(forward.notes.isEmpty() ? QString() : QStringLiteral("• ") + forward.notes.join(QStringLiteral("\n• ")));
    m_notes->setVisible(!forward.notes.isEmpty());
    updateActions();
}

void ScriptPane::clear(const QString &message)
{
    m_plan = {};
    for (Tab tab : {ForwardTab, RollbackTab}) {
        SqlEditor *e = editor(tab);
        e->setReadOnly(false);
        e->clearProblems();
        e->setText(message);
        e->setReadOnly(true);
    }
    m_notes->clear();
    m_notes->setVisible(false);
    updateActions();
}

void ScriptPane::updateActions()
{
    const bool postgres = m_dialect == Dialect::PostgreSQL;
    const bool generated = currentTab() != FreeTab;
    m_check->setEnabled(postgres);
    m_dryRun->setEnabled(postgres && (!generated || !m_plan.steps.isEmpty()));
    m_save->setEnabled(!generated || !m_plan.steps.isEmpty());
}

bool ScriptPane::revealObject(const QString &object)
{
    // The first statement that changes the object, found by its text.
    for (const PlanStep &step : std::as_const(m_plan.steps)) {
        if (step.object != object && !object.startsWith(step.object + QLatin1Char('.')))
            continue;
        const QString firstLine = step.sql.section(QLatin1Char('\n'), 0, 0);
        const QString text = script(ForwardTab);
        const qsizetype at = text.indexOf(firstLine);
        if (at < 0)
            continue;
        m_tabs->setCurrentIndex(ForwardTab);
        editor(ForwardTab)->goToLine(int(text.left(at).count(QLatin1Char('\n'))) + 1);
        return true;
    }
    return false;
}

void ScriptPane::checkSyntax()
{
    if (m_dialect != Dialect::PostgreSQL || m_checkWatcher.isRunning())
        return;
    m_checkedTab = currentTab();
    const QString text = script(m_checkedTab);
    // Parsing is pure but may take a moment on a long script.
    m_checkWatcher.setFuture(QtConcurrent::run(workerPool(), [text] { return checkPostgresScript(text); }));
}

void ScriptPane::checkDone()
{
    const QList<ScriptProblem> problems = m_checkWatcher.result();
    SqlEditor *e = editor(m_checkedTab);
    e->clearProblems();
    for (const ScriptProblem &p : problems)
        e->markProblem(p.line, p.column, p.message);
    if (!problems.isEmpty())
        e->goToLine(problems.first().line);
    Q_EMIT syntaxChecked(int(problems.size()));
}

void ScriptPane::markProblem(Tab tab, int line, const QString &message)
{
    m_tabs->setCurrentIndex(tab);
    editor(tab)->markProblem(line, 1, message);
    editor(tab)->goToLine(line);
}

void ScriptPane::saveCurrent()
{
    const Tab tab = currentTab();
    const QString suggested = tab == ForwardTab    ? QStringLiteral("forward.sql")
                              : tab == RollbackTab ? QStringLiteral("rollback.sql")
                                                   : QStringLiteral("query.sql");
    const QString path = m_chooseSavePath(tr("Save Script"), suggested, tr("SQL scripts (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(script(tab).toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save Script"),
                             tr("Could not write %1: %2. Choose another folder.").arg(path, file.errorString()));
        return;
    }
    Q_EMIT saved(path);
}

void ScriptPane::copyCurrent()
{
    QApplication::clipboard()->setText(script(currentTab()));
}

} // namespace parity
