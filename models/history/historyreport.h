#pragma once

#include <QByteArray>
#include <QString>

namespace parity {

struct HistoryMatrix;

// The three shapes of `parity-cli history --format`. Each lists, per
// framework, one row per migration and one column per environment, then a
// line per environment with what is pending there and what it ran that the
// folder lacks, then whether the environments agree. The same matrix always
// gives the same bytes.

/// Columns aligned for a terminal; rows that differ are marked with `*`.
/// Times are UTC. Ends with a newline.
QString historyText(const HistoryMatrix &matrix);

/// {"format":"parity.history","version":1,"agree",…,"environments":[…],
/// "folder":{…},"rows":[…],"summary":[…]}; times as ISO 8601 UTC.
QByteArray historyJson(const HistoryMatrix &matrix);

/// GitHub-flavoured Markdown: a table per framework, names as code spans.
QString historyMarkdown(const HistoryMatrix &matrix);

/// A cell as the text and Markdown shapes show it: "applied 2025-12-03 10:15",
/// "pending", "failed: <detail>", "—" (no table), "(changed on disk)" appended.
struct HistoryCell;
QString historyCellText(const HistoryCell &cell, bool onDisk);

} // namespace parity
