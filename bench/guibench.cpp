// parity-guibench: how responsive the workbench window stays on big schemas.
//
//   parity-guibench [--stacks] --compare REFERENCE TARGET
//   parity-guibench [--stacks] --synthetic N
//
// --compare runs a real compare in the window (both sides read on workers,
// compared, planned, hazards measured on a live target) while a 5 ms timer
// on the UI thread notes every tick: the largest gap between two ticks,
// less the interval, is the longest time the window could not answer. The
// probe runs until the controller is idle and a short settle after, so the
// painting that follows the last update counts too. Then it replays, one by
// one, the calls the window makes on the UI thread with the results, each
// timed, so a stall can be put on the call that causes it.
//
// --synthetic writes two snapshots of N tables each (1% of them differing)
// into a scratch folder, compares them the same way, then scrolls the
// reference tree top to bottom a page at a time and expands every group and
// then 200 tables one by one, timing each step (the change, the events it
// posts, one repaint of the viewport).
//
// (--write-synthetic N DIR is that generator alone; --synthetic runs it as a
// child process so that its catalogs stay out of the measured peak.)
//
// --stacks: the UI thread prints its stack to stderr whenever it stalls for
// more than 100 ms (see StallStacks), to find what holds it up.
//
// Both print the peak resident memory (VmHWM) at the end, and the resident
// memory at a few points of the run on the way. A figure over its
// target is printed as MISSED; the exit status is 0 unless the run itself
// failed (2).
#include "comparisoncontroller.h"
#include "connection/secretstore.h"
#include "diff/diffreport.h"
#include "difftreepane.h"
#include "hazardpanel.h"
#include "item/difffilterproxymodel.h"
#include "item/difftreemodel.h"
#include "mainwindow.h"
#include "schema/snapshot.h"
#include "scriptpane.h"
#include "sqleditor.h"

#include <Qsci/qsciapis.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include <execinfo.h>
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <unistd.h>

using namespace parity;

namespace {

constexpr int kExitError = 2;
constexpr int kProbeIntervalMs = 5;
constexpr int kSettleMs = 300;              // probing goes on this long once the controller is idle
constexpr int kCompareTimeoutMs = 600'000;  // a compare that takes longer than this has hung
constexpr double kMaxStallMs = 50.0;
constexpr double kMaxPeakMb = 300.0;
constexpr int kTablesToExpand = 200;

/// One clock for every timestamp of the run, so probe ticks and signals line up.
QElapsedTimer g_clock;
/// The probe's last tick, for the watchdog of --stacks (-1: not probing).
std::atomic<double> g_lastTickMs{-1};

double nowMs()
{
    return double(g_clock.nsecsElapsed()) / 1e6;
}

/// CPU time the calling thread has used: tells a UI thread busy with work
/// from one that waited (for a lock, or for a core the workers hold).
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Time the calling thread spent runnable but waiting for a core, from the
/// scheduler's own figures (/proc/thread-self/schedstat: on-CPU ns, run-queue
/// wait ns, slices); -1 when the kernel does not keep them. Read with plain
/// POSIX calls: it runs on every probe tick.
double threadRunDelayMs()
{
    const int fd = ::open("/proc/thread-self/schedstat", O_RDONLY);
    if (fd < 0)
        return -1;
    char buffer[128] = {};
    const ssize_t n = ::read(fd, buffer, sizeof buffer - 1);
    ::close(fd);
    if (n <= 0)
        return -1;
    unsigned long long onCpu = 0;
    unsigned long long waiting = 0;
    if (std::sscanf(buffer, "%llu %llu", &onCpu, &waiting) != 2)
        return -1;
    return double(waiting) / 1e6;
}

void say(const QString &line)
{
    std::puts(line.toUtf8().constData());
    std::fflush(stdout);
}

int fatal(const QString &message)
{
    const QByteArray text = "parity-guibench: " + message.toUtf8() + '\n';
    std::fputs(text.constData(), stderr);
    return kExitError;
}

int usageError(const QString &message)
{
    const QByteArray text = "parity-guibench: " + message.toUtf8()
                            + "\nusage: parity-guibench [--stacks] --compare REFERENCE TARGET | --synthetic N\n";
    std::fputs(text.constData(), stderr);
    return kExitError;
}

QString verdict(double value, double limit)
{
    return value <= limit ? QStringLiteral("OK") : QStringLiteral("MISSED");
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

/// A memory figure of this process in KiB from /proc/self/status ("VmHWM",
/// the kernel's high-water mark of resident memory, or "VmRSS", resident
/// now); -1 when /proc is not there to ask.
qint64 statusKib(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // /proc files report size 0: read it whole rather than trusting atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(field).append(':'))) {
            bool ok = false;
            const qint64 kib = line.mid(field.size() + 1).simplified().split(' ').value(0).toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::ranges::sort(values);
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/// The event-loop latency probe and a log of what the window did meanwhile.
/// A tick that comes late means the UI thread was busy with something else
/// for that long; the log says what was under way.
struct Probe
{
    struct Gap
    {
        double startMs = 0; // the tick before the gap
        double endMs = 0;   // the late tick
        double cpuMs = 0;   // CPU time the UI thread used in between
        double queuedMs = 0; // time it was runnable but had no core (-1: unknown)
        double lateMs() const { return endMs - startMs - kProbeIntervalMs; }
    };

    QTimer timer;
    double lastTickMs = -1;
    double lastCpuMs = 0;
    double lastQueuedMs = 0;
    std::vector<Gap> gaps;
    std::vector<std::pair<double, QString>> events;

    Probe()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(kProbeIntervalMs);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const double now = nowMs();
            const double cpu = threadCpuMs();
            const double queued = threadRunDelayMs();
            if (lastTickMs >= 0)
                gaps.push_back({lastTickMs, now, cpu - lastCpuMs,
                                queued < 0 || lastQueuedMs < 0 ? -1.0 : queued - lastQueuedMs});
            lastTickMs = now;
            g_lastTickMs = now;
            lastCpuMs = cpu;
            lastQueuedMs = queued;
        });
    }

    void start()
    {
        gaps.clear();
        events.clear();
        lastTickMs = nowMs();
        g_lastTickMs = lastTickMs;
        lastCpuMs = threadCpuMs();
        lastQueuedMs = threadRunDelayMs();
        timer.start();
    }
    void stop()
    {
        timer.stop();
        g_lastTickMs = -1;
    }
    void note(const QString &what)
    {
        const qint64 kib = statusKib("VmRSS");
        events.emplace_back(nowMs(), kib < 0 ? what : what + QStringLiteral("  [resident %1 MB]").arg(kib / 1024));
    }

    double worstMs() const
    {
        double worst = 0;
        for (const Gap &g : gaps)
            worst = std::max(worst, g.lateMs());
        return worst;
    }
    /// The most CPU the UI thread spent between two ticks: the share of a
    /// stall that is the window's own work, not waiting for a core.
    double worstCpuMs() const
    {
        double worst = 0;
        for (const Gap &g : gaps)
            worst = std::max(worst, g.cpuMs);
        return worst;
    }

    /// The `count` latest ticks with what happened while each was held up.
    void printWorst(int count, double originMs) const
    {
        std::vector<Gap> sorted = gaps;
        std::ranges::sort(sorted, [](const Gap &a, const Gap &b) { return a.lateMs() > b.lateMs(); });
        say(QStringLiteral("  longest stalls (times from the call of compare(); the window's signals during each):"));
        for (int i = 0; i < count && i < int(sorted.size()); ++i) {
            const Gap &g = sorted[size_t(i)];
            const QString queued = g.queuedMs < 0
                                       ? QString()
                                       : QStringLiteral(", waiting for a core %1 ms, asleep or blocked %2 ms")
                                             .arg(ms(g.queuedMs),
                                                  ms(std::max(0.0, g.endMs - g.startMs - g.cpuMs - g.queuedMs)));
            say(QStringLiteral("    %1 ms late, %2 .. %3 ms: UI thread on a core %4 ms%5")
                    .arg(ms(g.lateMs()), ms(g.startMs - originMs), ms(g.endMs - originMs), ms(g.cpuMs), queued));
            for (const auto &[at, what] : events) {
                if (at >= g.startMs && at <= g.endMs)
                    say(QStringLiteral("      %1 ms  %2").arg(ms(at - originMs), what));
            }
        }
    }
};

/// With --stacks: whenever the UI thread has not ticked for kStackAfterMs,
/// a watchdog thread interrupts it and it prints its own stack to stderr,
/// again every kStackEveryMs while the stall lasts. What the thread is doing
/// or waiting for, named down to the function (the executable exports its
/// symbols for this).
constexpr int kStackAfterMs = 100;
constexpr int kStackEveryMs = 250;

void printOwnStack(int)
{
    void *frames[64];
    const int n = backtrace(frames, 64);
    static const char header[] = "---- UI thread stack during a stall ----\n";
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, header, sizeof header - 1);
    backtrace_symbols_fd(frames, n, STDERR_FILENO);
}

class StallStacks
{
public:
    StallStacks()
        : m_ui(pthread_self())
    {
        void *warm[1];
        backtrace(warm, 1); // loads libgcc now, not in the signal handler
        std::signal(SIGUSR1, printOwnStack);
        m_thread = std::thread([this] { watch(); });
    }
    ~StallStacks()
    {
        m_stop = true;
        m_thread.join();
    }

private:
    void watch()
    {
        double lastSampleMs = -1;
        while (!m_stop) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            const double last = g_lastTickMs.load();
            const double now = nowMs();
            if (last < 0 || now - last < kStackAfterMs)
                continue;
            if (lastSampleMs > last && now - lastSampleMs < kStackEveryMs)
                continue;
            lastSampleMs = now;
            const QByteArray note = QStringLiteral("parity-guibench: UI thread silent for %1 ms (%2 ms into the run)\n")
                                        .arg(ms(now - last), ms(now))
                                        .toUtf8();
            std::fputs(note.constData(), stderr);
            pthread_kill(m_ui, SIGUSR1);
        }
    }

    pthread_t m_ui;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

/// Times of one compare in the window, from the call of compare().
struct CompareRun
{
    bool ok = false;
    QString error;
    double shownMs = -1;    // the trees filled and the event loop back
    double scriptsMs = -1;  // the first scripts shown
    double idleMs = -1;     // the controller idle: scripts final, hazards measured
    double stallMs = 0;
    double stallCpuMs = 0;
};

/// Shows the window and lets it settle: its first layout and paint, and
/// the editors' start-up, belong to opening the window, not to a compare.
void showAndSettle(MainWindow &window)
{
    window.resize(1400, 900);
    window.show();
    QEventLoop settle;
    QTimer::singleShot(kSettleMs, &settle, &QEventLoop::quit);
    settle.exec();
    window.repaint();
    QCoreApplication::processEvents();
}

/// Runs window.compare(reference, target) under the probe until the
/// controller is idle, then lets the loop settle a moment.
CompareRun runCompare(MainWindow &window, Probe &probe, const QString &reference, const QString &target)
{
    CompareRun run;
    ComparisonController *controller = window.controller();
    DiffTreeModel *model = window.diffModel();
    QEventLoop loop;
    double origin = 0;
    bool comparing = false;
    std::vector<QMetaObject::Connection> connections;
    auto log = [&](const QString &what) {
        if (comparing)
            probe.note(what);
    };
    connections.push_back(QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, [&] {
        log(QStringLiteral("DiffTreeModel reset begins (setComparison or clear)"));
    }));
    connections.push_back(QObject::connect(model, &QAbstractItemModel::modelReset, [&] {
        log(QStringLiteral("DiffTreeModel reset ends"));
    }));
    connections.push_back(QObject::connect(controller, &ComparisonController::progressChanged,
                                           [&](int, int, const QString &text) {
                                               log(QStringLiteral("controller progress: ") + text);
                                           }));
    connections.push_back(QObject::connect(&window, &MainWindow::comparisonFinished, [&](bool ok) {
        log(QStringLiteral("window comparisonFinished(%1): MainWindow::onComparisonFinished ends")
                .arg(ok ? QStringLiteral("true") : QStringLiteral("false")));
        if (!ok) {
            // The window's own message, which names the side and never a password.
            run.error = QStringLiteral("the compare failed: ") + window.trees()->summaryLabel()->text();
            loop.quit();
            return;
        }
        // Shown once the loop is back: the posted layout and paint requests run first.
        QTimer::singleShot(0, &loop, [&] {
            run.shownMs = nowMs() - origin;
            log(QStringLiteral("first event-loop pass after the trees were filled"));
        });
    }));
    connections.push_back(QObject::connect(controller, &ComparisonController::comparisonFinished, [&] {
        log(QStringLiteral("controller comparisonFinished handled; planning starts"));
    }));
    connections.push_back(QObject::connect(&window, &MainWindow::scriptsUpdated, [&] {
        log(QStringLiteral("window scriptsUpdated: MainWindow::onPlanFinished ends"));
        if (run.scriptsMs < 0)
            run.scriptsMs = nowMs() - origin;
    }));
    connections.push_back(QObject::connect(controller, &ComparisonController::planFailed, [&](const QString &message) {
        run.error = QStringLiteral("planning failed: ") + message;
        loop.quit();
    }));
    connections.push_back(QObject::connect(controller, &ComparisonController::busyChanged, [&](bool busy) {
        log(busy ? QStringLiteral("controller busy") : QStringLiteral("controller idle"));
        if (!busy && comparing && controller->hasComparison() && run.idleMs < 0) {
            run.idleMs = nowMs() - origin;
            QTimer::singleShot(kSettleMs, &loop, &QEventLoop::quit);
        }
    }));
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        run.error = QStringLiteral("the compare did not finish within %1 s").arg(kCompareTimeoutMs / 1000);
        loop.quit();
    });
    timeout.start(kCompareTimeoutMs);

    probe.start();
    origin = nowMs();
    comparing = true;
    window.compare(reference, target);
    loop.exec();
    comparing = false;
    probe.stop();
    for (const auto &c : connections)
        QObject::disconnect(c);

    run.stallMs = probe.worstMs();
    run.stallCpuMs = probe.worstCpuMs();
    run.ok = run.error.isEmpty() && run.idleMs >= 0 && run.shownMs >= 0;
    if (run.error.isEmpty() && !run.ok)
        run.error = QStringLiteral("the compare ended without showing a comparison");
    // Printed here, before anything else runs, so the log belongs to this run.
    probe.printWorst(5, origin);
    return run;
}

/// Notes when the script pane's editors have prepared their completion
/// lists (QsciAPIs does it on a thread of its own). Armed right after the
/// call that starts the preparation, before any event is processed, so no
/// "finished" can be missed.
struct CompletionWatch
{
    QEventLoop loop;
    int pending = 0;
    QElapsedTimer clock;

    void arm(ScriptPane *scripts)
    {
        clock.start();
        for (ScriptPane::Tab tab : {ScriptPane::ForwardTab, ScriptPane::RollbackTab, ScriptPane::FreeTab}) {
            QsciAPIs *apis = scripts->editor(tab)->completionApis();
            if (!apis)
                continue;
            ++pending;
            auto done = [this] {
                if (--pending == 0)
                    loop.quit();
            };
            QObject::connect(apis, &QsciAPIs::apiPreparationFinished, &loop, done);
            QObject::connect(apis, &QsciAPIs::apiPreparationCancelled, &loop, done);
        }
    }
    /// The time from arm() until every list was ready; -1 after a minute.
    double wait()
    {
        QTimer::singleShot(60'000, &loop, [this] { loop.exit(1); });
        if (pending > 0 && loop.exec() != 0)
            return -1;
        return double(clock.nsecsElapsed()) / 1e6;
    }
};

/// Replays the calls MainWindow makes on the UI thread with a comparison's
/// results, each timed on its own with the events it posts and a repaint of
/// the window after it: where a stall comes from. The resident memory after
/// each says roughly what it holds on to (the allocator keeps freed memory,
/// so a drop shows late or not at all).
void printBreakdown(MainWindow &window)
{
    ComparisonController *c = window.controller();
    const ComparisonController::Scripts &s = c->scripts();
    say(QStringLiteral("  UI-thread calls of the window, replayed one at a time:"));
    say(QStringLiteral("    %1 %2 %3 %4 %5")
            .arg(QStringLiteral("call"), -58)
            .arg(QStringLiteral("call ms"), 9)
            .arg(QStringLiteral("events ms"), 10)
            .arg(QStringLiteral("repaint ms"), 11)
            .arg(QStringLiteral("resident MB"), 12));
    auto step = [&](const QString &name, const std::function<void()> &call) {
        QElapsedTimer t;
        t.start();
        call();
        const double callMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        QCoreApplication::processEvents();
        const double eventsMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        window.repaint();
        const double paintMs = double(t.nsecsElapsed()) / 1e6;
        say(QStringLiteral("    %1 %2 %3 %4 %5")
                .arg(name, -58)
                .arg(ms(callMs), 9)
                .arg(ms(eventsMs), 10)
                .arg(ms(paintMs), 11)
                .arg(ms(double(statusKib("VmRSS")) / 1024.0), 12));
    };
    step(QStringLiteral("DiffTreeModel::setComparison"), [&] {
        window.diffModel()->setComparison(c->target(), c->reference(), c->diff());
    });
    step(QStringLiteral("diffSummary + DiffTreePane::setSummary"), [&] {
        window.trees()->setSummary(diffSummary(c->diff()).join(QLatin1Char('\n')));
    });
    step(QStringLiteral("DiffTreePane::expandDifferences"), [&] { window.trees()->expandDifferences(); });
    CompletionWatch completion;
    step(QStringLiteral("ScriptPane::setCompletion"), [&] {
        window.scripts()->setCompletion(c->reference().dialect, c->completionEntries());
        completion.arm(window.scripts());
    });
    const double prepareMs = completion.wait();
    say(QStringLiteral("    %1 %2; resident then %3 MB")
            .arg(QStringLiteral("  then the editors' completion lists prepared"), -58)
            .arg(prepareMs < 0 ? QStringLiteral("not within a minute")
                               : QStringLiteral("%1 ms after the call, on QsciAPIs' threads").arg(ms(prepareMs)))
            .arg(ms(double(statusKib("VmRSS")) / 1024.0)));
    step(QStringLiteral("ScriptPane::setPlan"), [&] { window.scripts()->setPlan(s.plan.forward, s.forward, s.rollback); });
    step(QStringLiteral("DiffTreeModel::setPulledIn"), [&] { window.diffModel()->setPulledIn({}); });
    step(QStringLiteral("HazardPanel::setHazards"), [&] {
        window.hazards()->setHazards(s.plan.forward.hazards, QStringLiteral("-"));
    });
    // The same calls apart from the window, to tell the model's share from
    // its filter's and the views', and one editor's from the pane's three.
    step(QStringLiteral("  of which: DiffTreeModel::setComparison, no view"), [&] {
        DiffTreeModel model;
        model.setComparison(c->target(), c->reference(), c->diff());
    });
    step(QStringLiteral("  of which: the same with a DiffFilterProxyModel"), [&] {
        DiffTreeModel model;
        DiffFilterProxyModel filter;
        filter.setSourceModel(&model);
        model.setComparison(c->target(), c->reference(), c->diff());
        filter.rowCount(); // the filter answers lazily; a view asks this at once
    });
    SqlEditor *forward = window.scripts()->editor(ScriptPane::ForwardTab);
    step(QStringLiteral("  of which: SqlEditor::setDialect (one editor)"), [&] { forward->setDialect(c->reference().dialect); });
    step(QStringLiteral("  of which: SqlEditor::setCompletionCatalog (one editor)"), [&] {
        forward->setCompletionCatalog(c->reference());
    });
    say(QStringLiteral("    (forward script: %1 lines; hazards: %2; changes: %3; completion entries per editor: %4)")
            .arg(s.forward.count(QLatin1Char('\n')))
            .arg(s.plan.forward.hazards.size())
            .arg(c->diff().changes.size())
            .arg(forward->completionEntries().size()));
}

/// Where the memory goes: resident memory now, at a point of the run.
void printResident(const QString &when)
{
    const qint64 kib = statusKib("VmRSS");
    if (kib >= 0)
        say(QStringLiteral("  resident memory %1: %2 MB").arg(when, ms(double(kib) / 1024.0)));
}

/// Hands the memory the allocator keeps after frees (worker threads' arenas
/// above all) back to the system, and says how much of the resident memory
/// that was: the rest is what the window really holds.
void releaseFreedMemory()
{
    malloc_trim(0);
    printResident(QStringLiteral("after malloc_trim (what the window really holds)"));
}

void printPeak()
{
    const qint64 kib = statusKib("VmHWM");
    if (kib < 0) {
        say(QStringLiteral("peak memory (VmHWM): unknown (no /proc/self/status)"));
        return;
    }
    const double mb = double(kib) / 1024.0;
    say(QStringLiteral("peak memory (VmHWM): %1 MB (target <= %2 MB) %3")
            .arg(ms(mb))
            .arg(kMaxPeakMb, 0, 'f', 0)
            .arg(verdict(mb, kMaxPeakMb)));
}

void printCompare(const CompareRun &run, const QString &what)
{
    say(QStringLiteral("ui stall during compare (%1): worst %2 ms (target <= %3 ms) %4")
            .arg(what, ms(run.stallMs))
            .arg(kMaxStallMs, 0, 'f', 0)
            .arg(verdict(run.stallMs, kMaxStallMs)));
    say(QStringLiteral("ui thread's own work between two probe ticks (%1): at most %2 ms of CPU "
                       "(the rest of a stall is waiting: for a core, or blocked)")
            .arg(what, ms(run.stallCpuMs)));
    say(QStringLiteral("time to comparison shown (%1): %2 ms").arg(what, ms(run.shownMs)));
    say(QStringLiteral("time to scripts shown (%1): %2 ms").arg(what, ms(run.scriptsMs)));
    say(QStringLiteral("time to idle, scripts final and hazards measured (%1): %2 ms").arg(what, ms(run.idleMs)));
}

// ---- --synthetic ---------------------------------------------------------------

QString tableName(int i)
{
    return QStringLiteral("t%1").arg(i, 5, 10, QLatin1Char('0'));
}

/// A table like an application's: an id key, nine columns of the usual
/// types, and one secondary index.
Table syntheticTable(int i)
{
    static const QString types[] = {
        QStringLiteral("integer"),   QStringLiteral("text"),    QStringLiteral("character varying(255)"),
        QStringLiteral("boolean"),   QStringLiteral("numeric(12,2)"), QStringLiteral("timestamp with time zone"),
        QStringLiteral("bigint"),    QStringLiteral("date"),    QStringLiteral("jsonb"),
    };
    Table t;
    t.schema = QStringLiteral("public");
    t.name = tableName(i);
    t.owner = QStringLiteral("app");
    t.rowEstimate = 1000 + i % 5000;
    Column id{QStringLiteral("id"), 1, QStringLiteral("bigint")};
    id.normalizedType = id.type;
    id.nullable = false;
    id.identity = IdentityKind::ByDefault;
    t.columns << id;
    for (int c = 0; c < 9; ++c) {
        Column col{QStringLiteral("c%1").arg(c + 1), c + 2, types[c]};
        col.normalizedType = col.type;
        col.nullable = c % 3 != 0;
        t.columns << col;
    }
    t.primaryKey = PrimaryKey{t.name + QStringLiteral("_pkey"), {QStringLiteral("id")}};
    Index index;
    index.name = t.name + QStringLiteral("_c1_idx");
    index.keys << IndexKey{QStringLiteral("c1")};
    index.method = QStringLiteral("btree");
    index.definition = QStringLiteral("CREATE INDEX %1 ON public.%2 USING btree (c1)").arg(index.name, t.name);
    t.indexes << index;
    return t;
}

Catalog syntheticCatalog(const QString &database, const QList<Table> &tables)
{
    Catalog c;
    c.dialect = Dialect::PostgreSQL;
    c.serverVersion = QStringLiteral("PostgreSQL 15.18");
    c.database = database;
    Schema s;
    s.name = QStringLiteral("public");
    s.owner = QStringLiteral("app");
    s.tables = tables;
    c.schemas = {s};
    c.normalize();
    return c;
}

/// Writes reference.parity.json and target.parity.json of `n` tables each
/// into `dir`. Every hundredth table differs, in turn: the reference lacks a
/// column (the script drops it), a column's type changed, the table is only
/// in the reference, only in the target.
Result<int> writeSyntheticPair(int n, const QString &dir, QString *referencePath, QString *targetPath)
{
    QList<Table> reference;
    QList<Table> target;
    reference.reserve(n);
    target.reserve(n);
    int differing = 0;
    for (int i = 1; i <= n; ++i) {
        Table t = syntheticTable(i);
        if (i % 100 != 0) {
            reference << t;
            target << t;
            continue;
        }
        ++differing;
        switch ((i / 100) % 4) {
        case 0: // the target has a column the reference dropped
            target << t;
            t.columns.removeLast();
            reference << t;
            break;
        case 1: // a type changed (c3, varchar(255) on the target)
            target << t;
            t.columns[3].type = t.columns[3].normalizedType = QStringLiteral("text");
            reference << t;
            break;
        case 2:
            reference << t;
            break;
        default:
            target << t;
            break;
        }
    }
    *referencePath = dir + QStringLiteral("/reference.parity.json");
    *targetPath = dir + QStringLiteral("/target.parity.json");
    if (auto ok = writeSnapshot(syntheticCatalog(QStringLiteral("reference"), reference), *referencePath); !ok)
        return std::unexpected(ok.error());
    if (auto ok = writeSnapshot(syntheticCatalog(QStringLiteral("target"), target), *targetPath); !ok)
        return std::unexpected(ok.error());
    return differing;
}

/// Step times of one walk through the tree, in ms.
struct Steps
{
    std::vector<double> times;
    void add(const std::function<void()> &change, QTreeView *tree)
    {
        QElapsedTimer t;
        t.start();
        change();
        QCoreApplication::processEvents();
        tree->viewport()->repaint();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    double worst() const { return times.empty() ? 0.0 : *std::ranges::max_element(times); }
};

void printSteps(const QString &what, const Steps &steps)
{
    say(QStringLiteral("%1: %2 steps, worst %3 ms, median %4 ms")
            .arg(what)
            .arg(steps.times.size())
            .arg(ms(steps.worst()), ms(median(steps.times))));
}

Steps scrollTopToBottom(QTreeView *tree)
{
    Steps steps;
    QScrollBar *bar = tree->verticalScrollBar();
    bar->setValue(0);
    QCoreApplication::processEvents();
    const int page = std::max(1, bar->pageStep());
    for (int value = 0; value < bar->maximum();) {
        value = std::min(value + page, bar->maximum());
        steps.add([bar, value] { bar->setValue(value); }, tree);
    }
    return steps;
}

/// --write-synthetic N DIR: the generator alone, run as a child of
/// --synthetic so that the catalogs it builds stay out of the measured
/// process's peak memory.
int runWriteSynthetic(int n, const QString &dir)
{
    QString referencePath;
    QString targetPath;
    const auto differing = writeSyntheticPair(n, dir, &referencePath, &targetPath);
    if (!differing)
        return fatal(QStringLiteral("cannot write the snapshots: %1").arg(differing.error().message));
    say(QString::number(*differing));
    return 0;
}

int runSynthetic(int n)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fatal(QStringLiteral("cannot create a scratch folder: %1").arg(dir.errorString()));
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--write-synthetic"), QString::number(n), dir.path()});
    if (!writer.waitForFinished(-1) || writer.exitStatus() != QProcess::NormalExit || writer.exitCode() != 0)
        return fatal(QStringLiteral("writing the synthetic snapshots failed"));
    const QString referencePath = dir.filePath(QStringLiteral("reference.parity.json"));
    const QString targetPath = dir.filePath(QStringLiteral("target.parity.json"));
    const QString differing = QString::fromUtf8(writer.readAllStandardOutput()).trimmed();
    say(QStringLiteral("synthetic pair: %1 tables a side, %2 differing, PostgreSQL snapshots").arg(n).arg(differing));

    MemorySecretStore secrets;
    MainWindow window(&secrets);
    showAndSettle(window);
    printResident(QStringLiteral("with the window open, before the compare"));

    Probe probe;
    const CompareRun run = runCompare(window, probe, referencePath, targetPath);
    if (!run.ok)
        return fatal(run.error);
    printResident(QStringLiteral("with the comparison shown, the controller idle"));
    const QString what = QStringLiteral("%1 tables, snapshots").arg(n);
    printCompare(run, what);
    if (window.controller()->diff().isEmpty())
        return fatal(QStringLiteral("the synthetic pair compared equal: the generator or the comparison is broken"));

    QTreeView *tree = window.trees()->referenceTree();
    QCoreApplication::processEvents();
    const Steps scroll = scrollTopToBottom(tree);
    printSteps(QStringLiteral("scrolling the reference tree top to bottom, a page a step (%1 rows shown)")
                   .arg(tree->verticalScrollBar()->maximum() + tree->verticalScrollBar()->pageStep()),
               scroll);

    // Every group open, then tables one by one, each brought into view first
    // (not timed) as a person clicking it would have it.
    QAbstractItemModel *shown = tree->model();
    tree->verticalScrollBar()->setValue(0);
    QCoreApplication::processEvents();
    Steps groups;
    QList<QModelIndex> tableRows;
    for (int s = 0; s < shown->rowCount(); ++s) {
        const QModelIndex schema = shown->index(s, 0);
        if (!tree->isExpanded(schema))
            groups.add([tree, schema] { tree->expand(schema); }, tree);
        for (int g = 0; g < shown->rowCount(schema); ++g) {
            const QModelIndex group = shown->index(g, 0, schema);
            if (!tree->isExpanded(group))
                groups.add([tree, group] { tree->expand(group); }, tree);
            if (ObjectKind(group.data(DiffTreeModel::ObjectKindRole).toInt()) != ObjectKind::Table)
                continue;
            for (int r = 0; r < shown->rowCount(group) && tableRows.size() < kTablesToExpand; ++r)
                tableRows << shown->index(r, 0, group);
        }
    }
    if (groups.times.empty())
        say(QStringLiteral("expanding every group: every group was open already (the window opens them)"));
    else
        printSteps(QStringLiteral("expanding every group (those still closed, one by one)"), groups);
    Steps tables;
    for (const QModelIndex &row : std::as_const(tableRows)) {
        const QPersistentModelIndex at(row);
        tree->scrollTo(at, QAbstractItemView::PositionAtTop);
        QCoreApplication::processEvents();
        tables.add([tree, at] { tree->expand(at); }, tree);
    }
    printSteps(QStringLiteral("expanding %1 tables one by one").arg(tables.times.size()), tables);
    if (tables.times.size() < size_t(std::min(n, kTablesToExpand)))
        return fatal(QStringLiteral("found only %1 tables to expand in the tree").arg(tables.times.size()));
    printResident(QStringLiteral("after scrolling and expanding"));

    // The peak first: the replays below build models of their own.
    printPeak();
    releaseFreedMemory();
    printBreakdown(window);

    // What one catalog of this size takes in memory, to set against the rest.
    malloc_trim(0);
    const qint64 before = statusKib("VmRSS");
    const Result<Catalog> one = readSnapshot(referencePath);
    malloc_trim(0);
    const qint64 after = statusKib("VmRSS");
    if (one && before >= 0 && after >= 0)
        say(QStringLiteral("  one catalog of %1 tables, read from its snapshot, holds about %2 MB")
                .arg(countObjects(*one).tables)
                .arg(ms(double(after - before) / 1024.0)));
    return 0;
}

int runLive(const QString &reference, const QString &target)
{
    MemorySecretStore secrets;
    MainWindow window(&secrets);
    showAndSettle(window);
    printResident(QStringLiteral("with the window open, before the compare"));

    Probe probe;
    const CompareRun run = runCompare(window, probe, reference, target);
    if (!run.ok)
        return fatal(run.error);
    printResident(QStringLiteral("with the comparison shown, the controller idle"));
    const Catalog &t = window.controller()->target();
    const QString what = QStringLiteral("%1 tables, %2").arg(countObjects(t).tables).arg(dialectDisplayName(t.dialect));
    printCompare(run, what);
    if (window.controller()->diff().isEmpty())
        return fatal(QStringLiteral("the two databases compared equal: nothing was measured"));
    // The peak first: the replays below build models of their own.
    printPeak();
    releaseFreedMemory();
    printBreakdown(window);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    g_clock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window reads and writes its settings and profiles: keep them in a
    // scratch home, away from the user's own.
    QTemporaryDir home;
    if (!home.isValid())
        return fatal(QStringLiteral("cannot create a scratch home: %1").arg(home.errorString()));
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("parity-guibench"));
    QApplication::setApplicationName(QStringLiteral("parity-guibench"));
    QStringList args = QCoreApplication::arguments().mid(1);
    std::unique_ptr<StallStacks> stacks;
    if (args.removeAll(QStringLiteral("--stacks")) > 0)
        stacks = std::make_unique<StallStacks>();

    if (args.value(0) == QLatin1String("-h") || args.value(0) == QLatin1String("--help")) {
        std::puts("usage: parity-guibench [--stacks] --compare REFERENCE TARGET | --synthetic N\n"
                  "Measures how long the workbench window's UI thread is held up during a compare,\n"
                  "and (--synthetic) frame times while scrolling and expanding a big comparison.\n"
                  "--stacks prints the UI thread's stack to stderr whenever it stalls over 100 ms.");
        return 0;
    }
    if (args.value(0) == QLatin1String("--compare")) {
        if (args.size() != 3)
            return usageError(QStringLiteral("--compare needs REFERENCE and TARGET"));
        return runLive(args.at(1), args.at(2));
    }
    if (args.value(0) == QLatin1String("--write-synthetic")) {
        bool ok = false;
        const int n = args.value(1).toInt(&ok);
        if (args.size() != 3 || !ok || n < 1)
            return usageError(QStringLiteral("--write-synthetic needs a number of tables and a folder"));
        return runWriteSynthetic(n, args.at(2));
    }
    if (args.value(0) == QLatin1String("--synthetic")) {
        bool ok = false;
        const int n = args.value(1).toInt(&ok);
        if (args.size() != 2 || !ok || n < 1)
            return usageError(QStringLiteral("--synthetic needs a number of tables, 1 or more"));
        return runSynthetic(n);
    }
    return usageError(args.isEmpty() ? QStringLiteral("no mode given")
                                     : QStringLiteral("unknown mode \"%1\"").arg(args.at(0)));
}
