#pragma once

#include "migration/execution/runrecord.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace parity {

/// The last page of the apply and rollback wizards: how the run ended (in a
/// big coloured word), why, what the verification found, the run's id and
/// backup, and the way on: open the run's folder, or roll a failed apply
/// back.
class RunResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RunResultPage(QWidget *parent = nullptr);

    /// Shows `record`; `runFolder` is its folder in the audit log.
    /// `offerRollback`: show "Roll Back…" (an apply that did not succeed).
    void showRecord(const RunRecord &record, const QString &runFolder, bool offerRollback);
    /// For a run that ended in an error before it had a record to show.
    void showError(const RunRecord &record, const QString &runFolder, const QString &message);

    QString outcomeText() const;
    QString runId() const { return m_runId; }

Q_SIGNALS:
    void rollbackRequested(const QString &runId);

private:
    QVBoxLayout *m_layout = nullptr;      // owned by this
    QLabel *m_outcome = nullptr;          // owned by this
    QLabel *m_message = nullptr;          // owned by this
    QLabel *m_verificationHeading = nullptr; // owned by this
    QPlainTextEdit *m_differences = nullptr; // owned by this
    QLineEdit *m_runIdEdit = nullptr;     // owned by this
    QLabel *m_backup = nullptr;           // owned by this
    QPushButton *m_openFolder = nullptr;  // owned by this
    QPushButton *m_rollback = nullptr;    // owned by this
    QString m_runId;
    QString m_folder;
};

} // namespace parity
