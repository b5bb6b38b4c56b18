#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace parity {

/// The last page before a run changes a database: what will happen (a
/// summary the wizard writes, the script) and the confirmation. A protected
/// or production target asks for its name typed out; any other a checkbox
/// naming it. The wizard sets it up in its initializePage() and checks the
/// confirmation with the run in validateCurrentPage().
class RunConfirmPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RunConfirmPage(QWidget *parent = nullptr);

    /// Rich text: target, environment, hazards or warnings, backup.
    void setSummary(const QString &html);
    /// The script that will run, under `heading`; empty hides both.
    void setScript(const QString &heading, const QString &script);
    /// `name` must be typed out (typed) or the checkbox, labelled
    /// `checkText` ("Apply to uat"), ticked.
    void setConfirmation(const QString &name, bool typed, const QString &checkText);
    /// What the person confirmed with: the typed text, or the name when the
    /// checkbox is ticked (empty when not).
    QString confirmationText() const;
    /// Shown under the confirmation when the run refused it.
    void setError(const QString &message);

    bool isComplete() const override;
    void cleanupPage() override;

private:
    QLabel *m_summary = nullptr;          // owned by this
    QLabel *m_scriptHeading = nullptr;    // owned by this
    QPlainTextEdit *m_script = nullptr;   // owned by this
    QLabel *m_typePrompt = nullptr;       // owned by this
    QLineEdit *m_typedName = nullptr;     // owned by this
    QCheckBox *m_check = nullptr;         // owned by this
    QLabel *m_error = nullptr;            // owned by this
    QString m_name;
    bool m_typed = true;
};

} // namespace parity
