#pragma once

#include "migration/migrationplan.h"
#include "migration/scriptcheck.h"
#include "schema/dialect.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QTabWidget;

namespace parity {

class SqlEditor;
class SqlEditorPane;

/// The scripts of a comparison in SQL editors: the forward script (turns
/// the target into the reference), the rollback script, and a free SQL tab.
/// Generated scripts are read-only; they follow the ticked differences.
/// Above them: what the plan notes (dependencies pulled in, what it leaves
/// alone), and the actions Save, Copy, Check syntax and Dry run.
class ScriptPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ForwardTab, RollbackTab, FreeTab };

    /// Asks where to save; an empty answer cancels. The default is a file
    /// dialog; tests answer without one.
    using SavePathChooser = std::function<QString(const QString &title, const QString &suggested, const QString &filter)>;

    explicit ScriptPane(QWidget *parent = nullptr);
    ~ScriptPane() override;

    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }
    SavePathChooser savePathChooser() const { return m_chooseSavePath; }

    void setPlan(const MigrationPlan &forward, const QString &forwardScript, const QString &rollbackScript);
    void clear(const QString &message);
    /// The dialect of the scripts, and the names the free SQL tab completes
    /// (the generated scripts are read-only: they complete nothing).
    void setCompletion(Dialect dialect, const QStringList &entries);

    /// Shows the statement that changes `object` in the forward script.
    bool revealObject(const QString &object);
    /// Parses the shown script (PostgreSQL) and marks what does not parse.
    void checkSyntax();
    /// Marks the failing line of a dry run.
    void markProblem(Tab tab, int line, const QString &message);

    QString script(Tab tab) const;
    SqlEditor *editor(Tab tab) const;
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *notesLabel() const { return m_notes; }
    QAction *saveAction() const { return m_save; }
    QAction *copyAction() const { return m_copy; }
    QAction *checkAction() const { return m_check; }
    QAction *dryRunAction() const { return m_dryRun; }
    Tab currentTab() const;
    int problemCount(Tab tab) const;

public Q_SLOTS:
    void saveCurrent();
    void copyCurrent();

Q_SIGNALS:
    /// The user asked to rehearse this script on the target.
    void dryRunRequested(const QString &script);
    void syntaxChecked(int problems);
    /// The shown script was written to `path`.
    void saved(const QString &path);

private:
    void updateActions();
    void checkDone();

    QTabWidget *m_tabs = nullptr;              // owned by this
    SqlEditorPane *m_panes[3] = {};            // owned by the tab widget
    QLabel *m_notes = nullptr;                 // owned by this
    QAction *m_save = nullptr;                 // owned by this
    QAction *m_copy = nullptr;
    QAction *m_check = nullptr;
    QAction *m_dryRun = nullptr;
    Dialect m_dialect = Dialect::SQLite;
    MigrationPlan m_plan;
    QFutureWatcher<QList<ScriptProblem>> m_checkWatcher;
    Tab m_checkedTab = ForwardTab;
    SavePathChooser m_chooseSavePath;
};

} // namespace parity
