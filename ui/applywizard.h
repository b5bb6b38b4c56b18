#pragma once

#include "migration/execution/applyrun.h"
#include "runwizard.h"

#include <memory>

namespace parity {

class ApplyBackupPage;
class ApplyPreflightPage;
class RunConfirmPage;
class RunExecutePage;
class RunResultPage;

/// The guided apply of a plan to its target, one page per phase of
/// ApplyRun: preflight (with the backup folder chosen first, since the
/// request carries it), backup, typed confirmation, apply → verify →
/// finish, result. Every phase runs on a worker; Back is gone once the
/// backup started, and closing while a phase runs asks first.
///
/// Each preflight makes a fresh ApplyRun from the request and the choices
/// on the first page (a run's request is fixed); a run left before the
/// apply is ended in the audit log as cancelled.
class ApplyWizard : public RunWizard
{
    Q_OBJECT

public:
    enum PageId { PreflightPageId, BackupPageId, ConfirmPageId, ApplyPageId, ResultPageId };

    /// `request`: target, plan, plannedFrom, to (the backup choices are made
    /// here). `isProtected`: the profile asks for the typed name.
    ApplyWizard(ApplyRequest request, bool isProtected, QWidget *parent = nullptr);
    ~ApplyWizard() override;

    const ApplyRequest &request() const { return m_request; }
    /// The run of the last preflight, or null before one.
    ApplyRun *run() const { return m_run.get(); }
    /// The confirmation is the database's name typed out (a protected
    /// profile or a production environment); else a checkbox.
    bool needsTypedConfirmation() const;
    /// The apply phase started: the target may have changed.
    bool changedDatabase() const { return m_changed; }

    /// Ends the previous run (if it never applied) and makes a new one from
    /// the request with these choices. For the preflight page.
    ApplyRun *newRun(const QString &backupFolder, bool noBackup, bool allowDataLoss);

    ApplyPreflightPage *preflightPage() const { return m_preflight; }
    ApplyBackupPage *backupPage() const { return m_backup; }
    RunConfirmPage *confirmPage() const { return m_confirm; }
    RunExecutePage *applyPage() const { return m_apply; }
    RunResultPage *resultPage() const { return m_result; }

    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    /// "Roll Back…" on the result page of a run that did not succeed.
    void rollbackRequested(const QString &runId);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    void endUnappliedRun(const QString &why);
    QString confirmSummary() const;

    ApplyRequest m_request;
    bool m_isProtected = false;
    std::unique_ptr<ApplyRun> m_run;
    bool m_changed = false;
    ApplyPreflightPage *m_preflight = nullptr; // owned by this (QWizard)
    ApplyBackupPage *m_backup = nullptr;       // owned by this
    RunConfirmPage *m_confirm = nullptr;       // owned by this
    RunExecutePage *m_apply = nullptr;         // owned by this
    RunResultPage *m_result = nullptr;         // owned by this
};

} // namespace parity
