#pragma once

#include "migration/execution/rollbackrun.h"
#include "runwizard.h"

#include <memory>

namespace parity {

class RollbackMethodPage;
class RollbackPreflightPage;
class RunConfirmPage;
class RunExecutePage;
class RunResultPage;

/// The guided rollback of one apply run, one page per phase of
/// RollbackRun: the run (when none was given) and the way back (its
/// script, or the backup, possibly into a new database to inspect first),
/// the preflight with what cannot come back shown first, the confirmation,
/// execute → verify → finish, and the result. Every phase runs on a worker.
class RollbackWizard : public RunWizard
{
    Q_OBJECT

public:
    enum PageId { MethodPageId, PreflightPageId, ConfirmPageId, ExecutePageId, ResultPageId };

    /// `request`: the target (password resolved), and the run to undo or
    /// none (the first page lists the target's apply runs); the method is
    /// chosen here. `isProtected`: the profile asks for the typed name.
    RollbackWizard(RollbackRequest request, bool isProtected, QWidget *parent = nullptr);
    ~RollbackWizard() override;

    const RollbackRequest &request() const { return m_request; }
    /// The run of the last preflight, or null before one.
    RollbackRun *run() const { return m_run.get(); }
    bool needsTypedConfirmation() const;
    /// The rollback started changing a database.
    bool changedDatabase() const { return m_changed; }

    /// Ends the previous rollback run (if it never ran) and makes a new one
    /// with these choices. For the preflight page.
    RollbackRun *newRun(const QString &runId, RollbackMethod method, const QString &intoDatabase);
    /// Ends a prepared rollback that will not run (Back to other choices).
    void endUnexecutedRun(const QString &why);

    RollbackMethodPage *methodPage() const { return m_method; }
    RollbackPreflightPage *preflightPage() const { return m_preflight; }
    RunConfirmPage *confirmPage() const { return m_confirm; }
    RunExecutePage *executePage() const { return m_execute; }
    RunResultPage *resultPage() const { return m_result; }

    void reject() override;
    void done(int result) override;

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QString confirmSummary() const;

    RollbackRequest m_request;
    bool m_isProtected = false;
    std::unique_ptr<RollbackRun> m_run;
    bool m_changed = false;
    RollbackMethodPage *m_method = nullptr;       // owned by this (QWizard)
    RollbackPreflightPage *m_preflight = nullptr; // owned by this
    RunConfirmPage *m_confirm = nullptr;          // owned by this
    RunExecutePage *m_execute = nullptr;          // owned by this
    RunResultPage *m_result = nullptr;            // owned by this
};

} // namespace parity
