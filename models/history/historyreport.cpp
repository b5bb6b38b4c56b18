#include "historyreport.h"

#include "common/jsonwriter.h"
#include "historymatrix.h"

#include <QDir>
#include <QTextStream>

#include <algorithm>

namespace parity {

namespace {

constexpr qsizetype ListedIds = 5; // a summary line names this many, then "and N more"

QString utcMinutes(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

bool ranState(MigrationState state)
{
    return state == MigrationState::Applied || state == MigrationState::Baseline || state == MigrationState::Failed
           || state == MigrationState::Dirty || state == MigrationState::Skipped;
}

QString idList(const QList<const HistoryRow *> &rows)
{
    QStringList ids;
    for (qsizetype i = 0; i < rows.size() && i < ListedIds; ++i)
        ids.append(rows.at(i)->id);
    QString text = ids.join(QStringLiteral(", "));
    if (rows.size() > ListedIds)
        text += QStringLiteral(" and %1 more").arg(rows.size() - ListedIds);
    return text;
}

QString migrationsWord(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 migration") : QStringLiteral("%1 migrations").arg(n);
}

struct EnvironmentSummary
{
    QList<const HistoryRow *> pending;
    QList<const HistoryRow *> missing;
    QList<const HistoryRow *> behind;    // not run here, run elsewhere, and not counted as pending
    QList<const HistoryRow *> attention; // failed, dirty, rolled back, changed on disk
};

EnvironmentSummary summarize(const HistoryMatrix &matrix, qsizetype e)
{
    EnvironmentSummary s;
    s.pending = matrix.pending(e);
    s.missing = matrix.missingOnDisk(e);
    for (const HistoryRow &row : matrix.rows) {
        const HistoryCell &cell = row.cells.at(e);
        if (cell.state == MigrationState::Failed || cell.state == MigrationState::Dirty
            || cell.state == MigrationState::RolledBack || cell.checksumDiffers)
            s.attention.append(&row);
        const bool elsewhere = std::ranges::any_of(row.cells, [](const HistoryCell &c) { return ranState(c.state); });
        if (!ranState(cell.state) && elsewhere && !s.pending.contains(&row))
            s.behind.append(&row);
    }
    return s;
}

QStringList summaryLines(const HistoryMatrix &matrix)
{
    QStringList lines;
    for (qsizetype e = 0; e < matrix.environments.size(); ++e) {
        const EnvironmentSummary s = summarize(matrix, e);
        QStringList parts;
        if (!s.pending.isEmpty())
            parts.append(QStringLiteral("%1 pending (%2)").arg(s.pending.size()).arg(idList(s.pending)));
        if (!s.behind.isEmpty())
            parts.append(QStringLiteral("has not run %1 that another environment ran (%2)")
                             .arg(migrationsWord(s.behind.size()), idList(s.behind)));
        if (!s.missing.isEmpty())
            parts.append(QStringLiteral("ran %1 not in the folder (%2)")
                             .arg(migrationsWord(s.missing.size()), idList(s.missing)));
        if (!s.attention.isEmpty())
            parts.append(QStringLiteral("%1 failed, dirty, rolled back or changed on disk (%2)")
                             .arg(migrationsWord(s.attention.size()), idList(s.attention)));
        const EnvironmentHistory &environment = matrix.environments.at(e);
        if (environment.tables.isEmpty())
            parts.prepend(QStringLiteral("no migration table of any framework Parity knows"));
        lines.append(QStringLiteral("%1: %2").arg(environment.name,
                                                   parts.isEmpty() ? QStringLiteral("up to date") : parts.join(QStringLiteral("; "))));
    }
    const qsizetype differing = std::ranges::count(matrix.rows, false, &HistoryRow::agrees);
    if (differing == 0)
        lines.append(matrix.rows.isEmpty() ? QStringLiteral("No migrations found.")
                                           : QStringLiteral("All environments agree."));
    else
        lines.append(QStringLiteral("The environments differ: %1 of %2 migrations %3 not applied the same way "
                                    "everywhere%4.")
                         .arg(differing)
                         .arg(matrix.rows.size())
                         .arg(differing == 1 ? QStringLiteral("is") : QStringLiteral("are"))
                         .arg(matrix.folderGiven() ? QStringLiteral(" or not as the folder has them") : QString()));
    return lines;
}

QString tableLabel(const HistoryMatrix &matrix, MigrationFramework framework)
{
    QStringList names;
    for (const EnvironmentHistory &environment : matrix.environments) {
        if (const HistoryTable *table = environment.table(framework); table && !names.contains(table->qualifiedName()))
            names.append(table->qualifiedName());
    }
    return names.join(QStringLiteral(", "));
}

QList<const HistoryRow *> rowsOf(const HistoryMatrix &matrix, MigrationFramework framework)
{
    QList<const HistoryRow *> rows;
    for (const HistoryRow &row : matrix.rows) {
        if (row.framework == framework)
            rows.append(&row);
    }
    return rows;
}

QString folderLine(const HistoryMatrix &matrix)
{
    if (!matrix.folder)
        return {};
    // Below the working folder the short path reads better and is what was typed.
    const QString relative = QDir::current().relativeFilePath(matrix.folder->root);
    const QString shown = relative.startsWith(QLatin1String("..")) || relative.isEmpty() ? matrix.folder->root
                                                                                          : relative;
    return QStringLiteral("Folder: %1 (%2)").arg(shown, migrationsWord(matrix.folder->migrations.size()));
}

QString markdownCode(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString fence = s.contains(QLatin1Char('`')) ? QStringLiteral("`` ") : QStringLiteral("`");
    const QString close = s.contains(QLatin1Char('`')) ? QStringLiteral(" ``") : QStringLiteral("`");
    return fence + s + close;
}

QString markdownText(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

} // namespace

QString historyCellText(const HistoryCell &cell, bool onDisk)
{
    QString text;
    switch (cell.state) {
    case MigrationState::Applied:
        text = QStringLiteral("applied");
        break;
    case MigrationState::Failed:
        text = QStringLiteral("failed");
        break;
    case MigrationState::RolledBack:
        text = QStringLiteral("rolled back");
        break;
    case MigrationState::Dirty:
        text = QStringLiteral("dirty");
        break;
    case MigrationState::Skipped:
        text = QStringLiteral("skipped");
        break;
    case MigrationState::Baseline:
        text = QStringLiteral("baseline");
        break;
    case MigrationState::NotApplied:
        text = onDisk ? QStringLiteral("pending") : QStringLiteral("not run");
        break;
    case MigrationState::NoTable:
        return QStringLiteral("—");
    }
    if (cell.appliedAt.isValid())
        text += QLatin1Char(' ') + utcMinutes(cell.appliedAt);
    if (cell.checksumDiffers)
        text += QStringLiteral(" (changed on disk)");
    return text;
}

// ---- text --------------------------------------------------------------------------------

QString historyText(const HistoryMatrix &matrix)
{
    QString text;
    QTextStream out(&text);
    QStringList sources;
    for (const EnvironmentHistory &environment : matrix.environments)
        sources.append(QStringLiteral("%1 (%2)").arg(environment.name, environment.source));
    out << "Migration history of " << sources.join(QStringLiteral(", ")) << '\n';
    if (matrix.folder) {
        out << folderLine(matrix) << '\n';
        for (const QString &warning : matrix.folder->warnings)
            out << "  warning: " << warning << '\n';
    }

    for (MigrationFramework framework : matrix.frameworks()) {
        const QList<const HistoryRow *> rows = rowsOf(matrix, framework);
        const bool diskColumn = matrix.folder && std::ranges::any_of(rows, &HistoryRow::onDisk);
        QStringList heading = {QStringLiteral("%1 (%2)").arg(migrationFrameworkName(framework),
                                                              tableLabel(matrix, framework).isEmpty()
                                                                  ? QStringLiteral("no table yet")
                                                                  : tableLabel(matrix, framework))};
        if (diskColumn)
            heading.append(QStringLiteral("on disk"));
        for (const EnvironmentHistory &environment : matrix.environments)
            heading.append(environment.name);
        QList<QStringList> lines{heading};
        for (const HistoryRow *row : rows) {
            QStringList line{row->id};
            if (diskColumn)
                line.append(row->onDisk ? QStringLiteral("yes") : QStringLiteral("no"));
            for (const HistoryCell &cell : row->cells)
                line.append(historyCellText(cell, row->onDisk));
            lines.append(line);
        }
        QList<qsizetype> widths(heading.size(), 0);
        for (const QStringList &line : std::as_const(lines)) {
            for (qsizetype c = 0; c < line.size(); ++c)
                widths[c] = std::max(widths[c], line.at(c).size());
        }
        out << '\n';
        for (qsizetype l = 0; l < lines.size(); ++l) {
            const bool differs = l > 0 && !rows.at(l - 1)->agrees;
            QString row = differs ? QStringLiteral("* ") : QStringLiteral("  ");
            for (qsizetype c = 0; c < lines.at(l).size(); ++c) {
                const bool last = c + 1 == lines.at(l).size();
                row += last ? lines.at(l).at(c) : lines.at(l).at(c).leftJustified(widths.at(c) + 2);
            }
            out << row << '\n';
        }
    }
    out << '\n';
    if (std::ranges::any_of(matrix.rows, [](const HistoryRow &r) { return !r.agrees; }))
        out << "* not applied the same way everywhere\n";
    for (const QString &line : summaryLines(matrix))
        out << line << '\n';
    out.flush();
    return text;
}

// ---- JSON --------------------------------------------------------------------------------

namespace {

void writeString(JsonWriter &w, const char *name, const QString &value)
{
    w.key(QLatin1StringView(name));
    w.value(value);
}

void writeIds(JsonWriter &w, const char *name, const QList<const HistoryRow *> &rows)
{
    w.key(QLatin1StringView(name));
    w.beginArray();
    for (const HistoryRow *row : rows) {
        w.beginObject();
        writeString(w, "framework", migrationFrameworkKey(row->framework));
        writeString(w, "id", row->id);
        w.endObject();
    }
    w.endArray();
}

} // namespace

QByteArray historyJson(const HistoryMatrix &matrix)
{
    JsonWriter w;
    w.beginObject();
    writeString(w, "format", QStringLiteral("parity.history"));
    w.key(QLatin1StringView("version"));
    w.value(1);
    w.key(QLatin1StringView("agree"));
    w.value(matrix.allAgree());

    w.key(QLatin1StringView("environments"));
    w.beginArray();
    for (const EnvironmentHistory &environment : matrix.environments) {
        w.beginObject();
        writeString(w, "name", environment.name);
        writeString(w, "source", environment.source);
        w.key(QLatin1StringView("tables"));
        w.beginArray();
        for (const HistoryTable &table : environment.tables) {
            w.beginObject();
            writeString(w, "framework", migrationFrameworkKey(table.framework));
            if (!table.schema.isEmpty())
                writeString(w, "schema", table.schema);
            writeString(w, "table", table.table);
            w.key(QLatin1StringView("rows"));
            w.value(qint64(table.migrations.size()));
            w.key(QLatin1StringView("recordsCurrentOnly"));
            w.value(table.recordsCurrentOnly);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();

    if (matrix.folder) {
        w.key(QLatin1StringView("folder"));
        w.beginObject();
        writeString(w, "path", matrix.folder->root);
        w.key(QLatin1StringView("migrations"));
        w.value(qint64(matrix.folder->migrations.size()));
        w.key(QLatin1StringView("warnings"));
        w.beginArray();
        for (const QString &warning : matrix.folder->warnings)
            w.value(warning);
        w.endArray();
        w.endObject();
    }

    w.key(QLatin1StringView("rows"));
    w.beginArray();
    for (const HistoryRow &row : matrix.rows) {
        w.beginObject();
        writeString(w, "framework", migrationFrameworkKey(row.framework));
        writeString(w, "id", row.id);
        if (row.name != row.id)
            writeString(w, "name", row.name);
        if (matrix.folder) {
            w.key(QLatin1StringView("onDisk"));
            w.value(row.onDisk);
            if (!row.path.isEmpty())
                writeString(w, "path", row.path);
        }
        w.key(QLatin1StringView("agrees"));
        w.value(row.agrees);
        w.key(QLatin1StringView("cells"));
        w.beginArray();
        for (qsizetype e = 0; e < row.cells.size(); ++e) {
            const HistoryCell &cell = row.cells.at(e);
            w.beginObject();
            writeString(w, "environment", matrix.environments.at(e).name);
            writeString(w, "state", migrationStateKey(cell.state));
            if (cell.appliedAt.isValid())
                writeString(w, "appliedAt", cell.appliedAt.toUTC().toString(Qt::ISODate));
            if (!cell.detail.isEmpty())
                writeString(w, "detail", cell.detail);
            if (cell.checksumDiffers) {
                w.key(QLatin1StringView("checksumDiffers"));
                w.value(true);
            }
            if (cell.inferred) {
                w.key(QLatin1StringView("inferred"));
                w.value(true);
            }
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();

    w.key(QLatin1StringView("summary"));
    w.beginArray();
    for (qsizetype e = 0; e < matrix.environments.size(); ++e) {
        const EnvironmentSummary s = summarize(matrix, e);
        w.beginObject();
        writeString(w, "environment", matrix.environments.at(e).name);
        writeIds(w, "pending", s.pending);
        writeIds(w, "notRunHere", s.behind);
        writeIds(w, "missingOnDisk", s.missing);
        writeIds(w, "needsAttention", s.attention);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

// ---- Markdown ----------------------------------------------------------------------------

QString historyMarkdown(const HistoryMatrix &matrix)
{
    QString text;
    QTextStream out(&text);
    QStringList names;
    for (const EnvironmentHistory &environment : matrix.environments)
        names.append(markdownCode(environment.name));
    out << "# Migration history: " << names.join(QStringLiteral(", ")) << "\n\n";
    if (matrix.folder)
        out << markdownText(folderLine(matrix)) << "\n\n";
    for (MigrationFramework framework : matrix.frameworks()) {
        const QList<const HistoryRow *> rows = rowsOf(matrix, framework);
        const bool diskColumn = matrix.folder && std::ranges::any_of(rows, &HistoryRow::onDisk);
        out << "## " << migrationFrameworkName(framework);
        if (const QString table = tableLabel(matrix, framework); !table.isEmpty())
            out << " (" << markdownCode(table) << ')';
        out << "\n\n| | Migration |";
        if (diskColumn)
            out << " On disk |";
        for (const EnvironmentHistory &environment : matrix.environments)
            out << ' ' << markdownCode(environment.name) << " |";
        out << "\n|---|---|";
        if (diskColumn)
            out << "---|";
        for (qsizetype e = 0; e < matrix.environments.size(); ++e)
            out << "---|";
        out << '\n';
        for (const HistoryRow *row : rows) {
            out << "| " << (row->agrees ? "" : "⚠") << " | " << markdownCode(row->id) << " |";
            if (diskColumn)
                out << ' ' << (row->onDisk ? "yes" : "**no**") << " |";
            for (const HistoryCell &cell : row->cells)
                out << ' ' << markdownText(historyCellText(cell, row->onDisk)) << " |";
            out << '\n';
        }
        out << '\n';
    }
    for (const QString &line : summaryLines(matrix))
        out << "- " << markdownText(line) << '\n';
    out.flush();
    return text;
}

} // namespace parity
