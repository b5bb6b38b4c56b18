#include "runwizard.h"

#include "phaserunner.h"

#include <QMessageBox>
#include <QTimer>

#include <algorithm>

namespace parity {

bool RunWizard::isRunning() const
{
    const QList<PhaseRunner *> runners = findChildren<PhaseRunner *>();
    return std::ranges::any_of(runners, [](const PhaseRunner *r) { return r->isRunning(); });
}

void RunWizard::watchPhases()
{
    for (PhaseRunner *runner : findChildren<PhaseRunner *>()) {
        connect(runner, &PhaseRunner::finished, this, [this] {
            // The person asked to close while the phase ran.
            if (m_closeWhenStopped && !isRunning())
                QTimer::singleShot(0, this, [this] { QWizard::reject(); });
        });
    }
}

void RunWizard::stopPhasesAndWait()
{
    for (PhaseRunner *runner : findChildren<PhaseRunner *>())
        runner->cancelAndWait();
}

bool RunWizard::mayCloseNow(const QString &title, const QString &question)
{
    if (!isRunning())
        return true;
    if (QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    m_closeWhenStopped = true;
    for (PhaseRunner *runner : findChildren<PhaseRunner *>())
        runner->cancel();
    return false;
}

} // namespace parity
