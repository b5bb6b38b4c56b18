#include "phaseprogress.h"

#include "phaserunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace parity {

PhaseProgress::PhaseProgress(PhaseRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
{
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("phaseProgressBar"));
    m_bar->setTextVisible(false);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("phaseStepLabel"));
    m_step->setWordWrap(true);
    m_cancel = new QPushButton(tr("&Stop"), this);
    m_cancel->setObjectName(QStringLiteral("phaseCancelButton"));
    m_cancel->setToolTip(tr("Stop this step; nothing is left half-done"));
    m_cancel->setAutoDefault(false);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_step);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        m_cancel->setEnabled(false);
        m_step->setText(tr("Stopping…"));
    });
    connect(runner, &PhaseRunner::started, this, [this] { setRunning(true); });
    connect(runner, &PhaseRunner::finished, this, [this] { setRunning(false); });
    connect(runner, &PhaseRunner::phaseEntered, this, [this](int, const QString &label) {
        m_bar->setRange(0, 0);
        m_step->setText(label);
    });
    connect(runner, &PhaseRunner::progressed, this, [this](int done, int total, const QString &step) {
        if (m_runner->cancelRequested())
            return;
        // total 0: the step cannot tell how far it is (a dump tool running).
        m_bar->setRange(0, qMax(0, total));
        m_bar->setValue(total > 0 ? qBound(0, done, total) : 0);
        m_step->setText(step);
    });
    setRunning(false);
}

QString PhaseProgress::stepText() const
{
    return m_step->text();
}

void PhaseProgress::setRunning(bool running)
{
    if (running) {
        m_bar->setRange(0, 0);
        m_step->setText(tr("Starting…"));
        m_cancel->setEnabled(true);
    }
    setVisible(running);
}

} // namespace parity
