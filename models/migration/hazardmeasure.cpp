// Hazard probes run on FROM: in batches, on one session or several.

#include "common/workerpool.h"
#include "planner.h"

#include "common/jobcontext.h"
#include "connection/databasesession.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtConcurrent/QtConcurrentRun>

namespace parity {

namespace {

/// Runs one probe; its first column is the figure.
Result<qint64> runProbe(const DatabaseSession &session, const Hazard &h)
{
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    if (!query.exec(h.probe) || !query.next())
        return std::unexpected(session.queryError(query, QStringLiteral("measuring %1").arg(h.object)));
    return query.value(0).toLongLong();
}

/// Fills in the figures, keeping the hazards where they are.
Result<void> measureInPlace(QList<Hazard> &hazards, const DatabaseSession &session, JobContext &job)
{
    // Probes go to the server in batches, one scalar subquery each: a plan
    // over thousands of tables would otherwise wait on as many round trips.
    // A batch that fails is run again probe by probe, to name the culprit.
    constexpr qsizetype kBatch = 50;
    QList<qsizetype> pending;
    for (qsizetype i = 0; i < hazards.size(); ++i) {
        if (!hazards[i].probe.isEmpty())
            pending.append(i);
    }
    const int total = int(pending.size());
    for (qsizetype start = 0; start < pending.size(); start += kBatch) {
        if (job.isCancelled())
            return fail(Error::Code::Cancelled, QStringLiteral("Measuring hazards was cancelled."));
        job.reportProgress(int(start), total, QStringLiteral("Measuring %1").arg(hazards[pending[start]].object));
        const QList<qsizetype> batch = pending.mid(start, kBatch);
        QStringList columns;
        for (qsizetype i : batch)
            columns << QLatin1Char('(') + hazards[i].probe + QLatin1Char(')');
        QSqlQuery query(session.database());
        query.setForwardOnly(true);
        const bool batched = query.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))) && query.next();
        for (qsizetype n = 0; n < batch.size(); ++n) {
            Hazard &h = hazards[batch[n]];
            if (batched) {
                h.figure = query.value(int(n)).toLongLong();
            } else {
                auto figure = runProbe(session, h);
                if (!figure)
                    return std::unexpected(figure.error());
                h.figure = *figure;
            }
            h.figureExact = true;
        }
    }
    for (Hazard &h : hazards) {
        if (h.probe.isEmpty())
            continue;
        if (h.figure > 0 && !h.sampleProbe.isEmpty()) {
            QSqlQuery samples(session.database());
            samples.setForwardOnly(true);
            if (!samples.exec(h.sampleProbe))
                return std::unexpected(session.queryError(samples, QStringLiteral("sampling %1").arg(h.object)));
            while (samples.next()) {
                const int columns = samples.record().count() - 1; // the last column is the count
                QStringList values;
                for (int i = 0; i < columns; ++i)
                    values << (samples.isNull(i) ? QStringLiteral("NULL") : samples.value(i).toString());
                h.samples << values.join(QStringLiteral("/")) + QStringLiteral(" ×") + samples.value(columns).toString();
            }
        }
        if (h.figure == 0) {
            h.severity = HazardSeverity::Low;
            h.dataLoss = false;
        }
    }
    job.reportProgress(total, total, QStringLiteral("Hazards measured"));
    return {};
}

} // namespace

Result<void> measureHazards(QList<Hazard> &hazards, const DatabaseSession &session, JobContext &job)
{
    if (auto measured = measureInPlace(hazards, session, job); !measured)
        return measured;
    // Measured figures change severities: the worst go first again.
    std::ranges::stable_sort(hazards, std::ranges::greater{}, &Hazard::severity);
    return {};
}


Result<void> measureHazards(QList<Hazard> &hazards, const ConnectionSpec &from, JobContext &job, int connections)
{
    // Hazards without a probe cost nothing; the rest are dealt out in turn.
    const int shares = std::max(1, connections);
    QList<QList<Hazard>> parts(shares);
    QList<QList<qsizetype>> places(shares); // where each hazard stood, to keep the plan's order
    qsizetype probes = 0;
    for (qsizetype i = 0; i < hazards.size(); ++i) {
        const int share = hazards[i].probe.isEmpty() ? 0 : int(probes++ % shares);
        parts[share].append(hazards[i]);
        places[share].append(i);
    }
    auto measurePart = [&from, &job](QList<Hazard> &part) -> Result<void> {
        if (std::ranges::none_of(part, [](const Hazard &h) { return !h.probe.isEmpty(); }))
            return {};
        auto session = DatabaseSession::open(from, DatabaseSession::Access::ReadOnly);
        if (!session)
            return std::unexpected(session.error());
        return measureInPlace(part, **session, job);
    };
    QList<QFuture<Result<void>>> workers;
    for (int i = 1; i < shares; ++i)
        workers.append(QtConcurrent::run(workerPool(), [&measurePart, &parts, i] { return measurePart(parts[i]); }));
    Result<void> result = measurePart(parts[0]);
    for (QFuture<Result<void>> &w : workers) {
        const Result<void> r = w.result();
        if (result && !r)
            result = r;
    }
    if (!result)
        return result;
    for (int share = 0; share < shares; ++share) {
        for (qsizetype n = 0; n < parts[share].size(); ++n)
            hazards[places[share][n]] = parts[share][n];
    }
    std::ranges::stable_sort(hazards, std::ranges::greater{}, &Hazard::severity);
    return {};
}


QString hazardsText(const QList<Hazard> &hazards)
{
    QStringList lines;
    for (const Hazard &h : hazards) {
        lines << QStringLiteral("%1 %2 %3: %4")
                     .arg(hazardSeverityKey(h.severity).leftJustified(6), h.object, h.reason, h.figureText());
    }
    return lines.join(QLatin1Char('\n'));
}


} // namespace parity
