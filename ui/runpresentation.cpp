#include "runpresentation.h"

#include "item/profilelistmodel.h"

#include <QCoreApplication>

namespace parity {

QString runOutcomeTitle(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Running: return QCoreApplication::translate("RunPresentation", "Running");
    case RunOutcome::Succeeded: return QCoreApplication::translate("RunPresentation", "Succeeded");
    case RunOutcome::Failed: return QCoreApplication::translate("RunPresentation", "Failed");
    case RunOutcome::VerificationFailed:
        return QCoreApplication::translate("RunPresentation", "Verification failed");
    case RunOutcome::Cancelled: return QCoreApplication::translate("RunPresentation", "Cancelled");
    case RunOutcome::Refused: return QCoreApplication::translate("RunPresentation", "Refused");
    case RunOutcome::Interrupted: return QCoreApplication::translate("RunPresentation", "Interrupted");
    }
    return {};
}

QColor runOutcomeColor(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Running: return {};
    case RunOutcome::Succeeded: return QColor(0x2e, 0x7d, 0x32);
    case RunOutcome::Failed: return QColor(0xc6, 0x28, 0x28);
    case RunOutcome::VerificationFailed:
    case RunOutcome::Interrupted: return QColor(0xd8, 0x43, 0x15);
    // Nothing changed (refused) or the user stopped it: amber, not red.
    case RunOutcome::Cancelled:
    case RunOutcome::Refused: return QColor(0xb2, 0x6a, 0x00);
    }
    return {};
}

QString environmentBadgeStyle(const QString &environment)
{
    if (environment.isEmpty())
        return {};
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; padding: 1px 6px; "
                          "font-weight: bold; }")
        .arg(ProfileListModel::environmentColor(environment));
}

QString environmentBadgeHtml(const QString &environment)
{
    return QStringLiteral("<span style='background:%1; color:white; font-weight:bold'>&nbsp;%2&nbsp;</span>")
        .arg(ProfileListModel::environmentColor(environment), environment.toHtmlEscaped());
}

QString errorBoxStyle()
{
    return QStringLiteral("QLabel { background: #fdecea; color: #8e1b1b; border: 1px solid #c62828; "
                          "border-radius: 3px; padding: 6px; }");
}

QString warningBoxStyle()
{
    return QStringLiteral("QLabel { background: #fff4e0; color: #5d3a00; border: 1px solid #ef8f00; "
                          "border-radius: 3px; padding: 6px; }");
}

bool isProductionEnvironment(const QString &environment)
{
    const QString tag = environment.trimmed().toLower();
    return tag == QLatin1String("prod") || tag == QLatin1String("production");
}

} // namespace parity
