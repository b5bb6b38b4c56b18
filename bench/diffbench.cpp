// parity-diffbench: how long compareCatalogs takes on two given catalogs.
//
//   parity-diffbench FROM TO [--runs N]
//
// Reads both specs once (snapshot files are the usual input, so reading costs
// little and is not what is measured), then times compareCatalogs alone N
// times. Prints one "name: value" line per figure for bench/diff.sh to pick up.
#include "common/jobcontext.h"
#include "connection/connectionspec.h"
#include "connection/profilestore.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "schema/catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kExitError = 2;
constexpr int kDefaultRuns = 21;

int fatal(const QString &message)
{
    const QByteArray text = "parity-diffbench: " + message.toUtf8() + '\n';
    std::fputs(text.constData(), stderr);
    return kExitError;
}

int usageError(const QString &message)
{
    const QByteArray text =
        "parity-diffbench: " + message.toUtf8() + "\nusage: parity-diffbench FROM TO [--runs N]\n";
    std::fputs(text.constData(), stderr);
    return kExitError;
}

void printFigure(const char *name, const QString &value)
{
    std::printf("%-22s %s\n", name, value.toUtf8().constData());
}

/// Peak resident memory of this process in KiB, from the kernel's own
/// high-water mark; -1 when /proc is not there to ask.
qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // /proc files report size 0, so QFile::atEnd() is true at once: read it whole.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:")) {
            // "VmHWM:     123456 kB"
            const QList<QByteArray> parts = line.mid(6).simplified().split(' ');
            bool ok = false;
            const qint64 kib = parts.value(0).toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

parity::Result<parity::Catalog> readCatalog(const QString &text)
{
    auto spec = parity::ConnectionSpec::parse(text);
    if (!spec)
        return std::unexpected(spec.error());
    auto resolved = parity::resolveProfile(*spec);
    if (!resolved)
        return std::unexpected(resolved.error());
    parity::JobContext quiet;
    return parity::inspect(*resolved, parity::IntrospectionOptions{}, quiet);
}

double median(std::vector<double> sorted)
{
    std::ranges::sort(sorted);
    const size_t n = sorted.size();
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

/// "table added 100, column changed 40, …": lets a reader check that the
/// drift the benchmark was fed is the drift it found.
QString changeBreakdown(const parity::SchemaDiff &diff)
{
    QMap<QString, int> counts;
    for (const parity::ObjectChange &change : diff.changes)
        ++counts[parity::objectKindKey(change.kind) + QLatin1Char(' ')
                 + parity::changeKindKey(change.change)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

QString milliseconds(double ms)
{
    return QString::number(ms, 'f', 3);
}

} // namespace

int main(int argc, char *argv[])
{
    // The SQL drivers are plugins, and loading them wants an application object.
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);

    int runs = kDefaultRuns;
    QStringList specs;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--runs")) {
            bool ok = false;
            runs = args.value(i + 1).toInt(&ok);
            if (!ok || runs < 1)
                return usageError(QStringLiteral("--runs needs a whole number, 1 or more"));
            ++i;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            std::puts("usage: parity-diffbench FROM TO [--runs N]\n"
                      "Times compareCatalogs on two specs (snapshot files are the usual input).");
            return 0;
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return usageError(QStringLiteral("unknown option \"%1\"").arg(arg));
        } else {
            specs << arg;
        }
    }
    if (specs.size() != 2)
        return usageError(QStringLiteral("needs two specs, FROM and TO, got %1").arg(specs.size()));

    const auto from = readCatalog(specs.at(0));
    if (!from)
        return fatal(from.error().message);
    const auto to = readCatalog(specs.at(1));
    if (!to)
        return fatal(to.error().message);
    if (from->dialect != to->dialect)
        return fatal(
            QStringLiteral("%1 and %2 are databases of different kinds: compare two of one kind")
                .arg(specs.at(0), specs.at(1)));

    std::vector<double> times;
    times.reserve(size_t(runs));
    parity::SchemaDiff diff;
    qsizetype changeTotal = 0; // used after the loop, so no run can be optimised away
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        diff = parity::compareCatalogs(*from, *to);
        const qint64 ns = timer.nsecsElapsed();
        times.push_back(double(ns) / 1e6);
        changeTotal += diff.changes.size();
    }
    if (changeTotal != diff.changes.size() * runs)
        return fatal(QStringLiteral(
            "compareCatalogs found a different number of changes between runs on the same input"));

    const qint64 peakKib = peakRssKib();
    printFigure("from tables:", QString::number(parity::countObjects(*from).tables));
    printFigure("to tables:", QString::number(parity::countObjects(*to).tables));
    printFigure("changes:", QString::number(diff.changes.size()));
    printFigure("changes by kind:", changeBreakdown(diff));
    printFigure("runs:", QString::number(runs));
    printFigure("compare min ms:", milliseconds(*std::ranges::min_element(times)));
    printFigure("compare median ms:", milliseconds(median(times)));
    printFigure("compare max ms:", milliseconds(*std::ranges::max_element(times)));
    printFigure("peak rss mb:", peakKib < 0 ? QStringLiteral("unknown")
                                            : QString::number(double(peakKib) / 1024.0, 'f', 1));
    return 0;
}
