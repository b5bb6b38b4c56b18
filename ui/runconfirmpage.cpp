#include "runconfirmpage.h"

#include "runpresentation.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace parity {

RunConfirmPage::RunConfirmPage(QWidget *parent)
    : QWizardPage(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("confirmSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scriptHeading = new QLabel(this);
    m_script = new QPlainTextEdit(this);
    m_script->setObjectName(QStringLiteral("confirmScript"));
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setTabChangesFocus(true);
    m_scriptHeading->setBuddy(m_script);

    m_typePrompt = new QLabel(this);
    m_typePrompt->setWordWrap(true);
    m_typedName = new QLineEdit(this);
    m_typedName->setObjectName(QStringLiteral("confirmNameEdit"));
    m_typePrompt->setBuddy(m_typedName);
    m_check = new QCheckBox(this);
    m_check->setObjectName(QStringLiteral("confirmCheck"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("confirmError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorBoxStyle());
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_scriptHeading);
    layout->addWidget(m_script, 1);
    layout->addWidget(m_typePrompt);
    layout->addWidget(m_typedName);
    layout->addWidget(m_check);
    layout->addWidget(m_error);

    connect(m_typedName, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        Q_EMIT completeChanged();
    });
    connect(m_check, &QCheckBox::toggled, this, [this] {
        m_error->hide();
        Q_EMIT completeChanged();
    });
}

void RunConfirmPage::setSummary(const QString &html)
{
    m_summary->setText(html);
}

void RunConfirmPage::setScript(const QString &heading, const QString &script)
{
    m_scriptHeading->setText(heading);
    m_script->setPlainText(script);
    m_scriptHeading->setVisible(!script.isEmpty());
    m_script->setVisible(!script.isEmpty());
}

void RunConfirmPage::setConfirmation(const QString &name, bool typed, const QString &checkText)
{
    m_name = name;
    m_typed = typed;
    m_typePrompt->setText(tr("Type <b>%1</b>, the name of the database that will change, to &confirm:").arg(name.toHtmlEscaped()));
    m_typedName->setPlaceholderText(name);
    m_typedName->setAccessibleName(tr("Type %1 to confirm").arg(name));
    m_check->setText(checkText);
    m_typePrompt->setVisible(typed);
    m_typedName->setVisible(typed);
    m_check->setVisible(!typed);
    m_typedName->clear();
    m_check->setChecked(false);
    m_error->hide();
    // After QWizard has settled the buttons' focus for the new page.
    QWidget *field = typed ? static_cast<QWidget *>(m_typedName) : m_check;
    QTimer::singleShot(0, field, [field] { field->setFocus(); });
}

QString RunConfirmPage::confirmationText() const
{
    if (m_typed)
        return m_typedName->text();
    return m_check->isChecked() ? m_name : QString();
}

void RunConfirmPage::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool RunConfirmPage::isComplete() const
{
    // Exactly the name: no trimming, no case folding. A name typed from
    // memory that is almost right is the mistake this guards against.
    return !m_name.isEmpty() && confirmationText() == m_name;
}

void RunConfirmPage::cleanupPage()
{
    m_typedName->clear();
    m_check->setChecked(false);
    m_error->hide();
}

} // namespace parity
