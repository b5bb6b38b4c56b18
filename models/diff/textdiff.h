#pragma once

#include <QList>
#include <QString>

namespace parity {

/// A run of characters within one line: `start` and `length` count QString
/// characters (UTF-16 units), as QString::mid() takes them.
struct TextSpan
{
    int start = 0;
    int length = 0;

    bool operator==(const TextSpan &) const = default;
};

/// One row of a side-by-side comparison of two texts. Both sides of a view
/// show one line per row, so a side without a line of its own shows a
/// placeholder (its line number is then 0 and its text empty).
struct SideBySideRow
{
    enum class Kind {
        Same,      ///< the line is on both sides, unchanged
        Changed,   ///< a line of the left replaced by a line of the right
        LeftOnly,  ///< only the left has the line; the right shows a placeholder
        RightOnly, ///< only the right has the line; the left shows a placeholder
    };

    Kind kind = Kind::Same;
    QString left;
    QString right;
    int leftLine = 0;  ///< 1-based; 0 when the left shows a placeholder
    int rightLine = 0; ///< 1-based; 0 when the right shows a placeholder
    /// For Changed rows: the words of each line the other lacks, in order,
    /// adjacent differing tokens merged into one span. Empty otherwise.
    QList<TextSpan> leftSpans;
    QList<TextSpan> rightSpans;

    bool operator==(const SideBySideRow &) const = default;
};

/// Aligns two texts line by line for a side-by-side view: a line diff; in
/// each run of replaced lines, deleted and added lines are paired in order
/// into Changed rows after lining up those that start with the same word
/// (the rest stand alone as LeftOnly or RightOnly); then within each pair a
/// diff over words (identifiers,
/// numbers, whitespace runs, single punctuation marks; a quoted string or
/// quoted identifier is one word). A final newline ends the last line rather
/// than starting another; an empty text has no lines. Identical texts give
/// only Same rows.
QList<SideBySideRow> sideBySideDiff(const QString &left, const QString &right);

/// The words sideBySideDiff compares within a line, as spans covering the
/// whole line without gaps. Exposed for tests and for callers that mark words.
QList<TextSpan> diffTokens(QStringView line);

} // namespace parity
