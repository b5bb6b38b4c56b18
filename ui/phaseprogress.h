#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace parity {

class PhaseRunner;

/// A progress bar, the step in words and a Cancel button for the phase a
/// PhaseRunner runs. Shown while the phase runs, hidden otherwise.
class PhaseProgress : public QWidget
{
    Q_OBJECT

public:
    explicit PhaseProgress(PhaseRunner *runner, QWidget *parent = nullptr);

    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *bar() const { return m_bar; }
    /// The step in words, as the phase last reported it.
    QString stepText() const;

private:
    void setRunning(bool running);

    PhaseRunner *m_runner;          // not owned; lives as long as the page
    QProgressBar *m_bar = nullptr;  // owned by this
    QLabel *m_step = nullptr;       // owned by this
    QPushButton *m_cancel = nullptr; // owned by this
};

} // namespace parity
