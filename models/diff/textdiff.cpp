#include "textdiff.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

namespace parity {

namespace {

using Sequence = std::vector<QString>;

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    // "a\n" is one line: the newline ends it. Without this, every text that
    // ends with a newline would show a blank last row.
    if (lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

/// The code point at `i` and how many UTF-16 units it takes.
std::pair<char32_t, int> codePointAt(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text[i + 1]), 2};
    return {c.unicode(), 1};
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || c == U'_' || c == U'$';
}

/// The end of a quoted run starting at `start` (the opening quote): after
/// the closing quote, where a doubled quote stands for itself; the end of
/// the line when it is never closed.
qsizetype quotedEnd(QStringView line, qsizetype start)
{
    const QChar quote = line[start];
    qsizetype i = start + 1;
    while (i < line.size()) {
        if (line[i] == quote) {
            if (i + 1 < line.size() && line[i + 1] == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return line.size();
}

std::vector<QString> tokenTexts(QStringView line, const QList<TextSpan> &tokens)
{
    std::vector<QString> texts;
    texts.reserve(size_t(tokens.size()));
    for (const TextSpan &t : tokens)
        texts.push_back(line.mid(t.start, t.length).toString());
    return texts;
}

void appendSpan(QList<TextSpan> &spans, const TextSpan &token)
{
    if (!spans.isEmpty() && spans.last().start + spans.last().length == token.start)
        spans.last().length += token.length;
    else
        spans.append(token);
}

/// Fills the word spans of a Changed row.
void markWords(SideBySideRow &row)
{
    const QList<TextSpan> leftTokens = diffTokens(row.left);
    const QList<TextSpan> rightTokens = diffTokens(row.right);
    // One side blank: all of the other differs, no diff needed.
    if (leftTokens.isEmpty() || rightTokens.isEmpty()) {
        for (const TextSpan &t : leftTokens)
            appendSpan(row.leftSpans, t);
        for (const TextSpan &t : rightTokens)
            appendSpan(row.rightSpans, t);
        return;
    }
    dtl::Diff<QString, Sequence> diff(tokenTexts(row.left, leftTokens),
                                      tokenTexts(row.right, rightTokens));
    diff.compose();
    qsizetype l = 0;
    qsizetype r = 0;
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        Q_UNUSED(token)
        switch (info.type) {
        case dtl::SES_COMMON:
            ++l;
            ++r;
            break;
        case dtl::SES_DELETE:
            appendSpan(row.leftSpans, leftTokens[l++]);
            break;
        case dtl::SES_ADD:
            appendSpan(row.rightSpans, rightTokens[r++]);
            break;
        }
    }
}

/// Rows for deleted and added lines side by side in order: the n-th
/// deletion beside the n-th addition, the rest alone.
void pairInOrder(QList<SideBySideRow> &rows, const QStringList &leftLines,
                 const QStringList &rightLines, const QList<int> &deleted, const QList<int> &added)
{
    const qsizetype count = std::max(deleted.size(), added.size());
    for (qsizetype i = 0; i < count; ++i) {
        SideBySideRow row;
        if (i < deleted.size()) {
            row.leftLine = deleted[i] + 1;
            row.left = leftLines[deleted[i]];
        }
        if (i < added.size()) {
            row.rightLine = added[i] + 1;
            row.right = rightLines[added[i]];
        }
        if (row.leftLine == 0) {
            row.kind = SideBySideRow::Kind::RightOnly;
        } else if (row.rightLine == 0) {
            row.kind = SideBySideRow::Kind::LeftOnly;
        } else if (row.left == row.right) {
            row.kind = SideBySideRow::Kind::Same;
        } else {
            row.kind = SideBySideRow::Kind::Changed;
            markWords(row);
        }
        rows.append(row);
    }
}

/// The first word of a line: in DDL, the column or the keyword a line of
/// a statement is about.
QString lineKey(const QString &line)
{
    for (const TextSpan &token : diffTokens(line)) {
        const QString text = line.mid(token.start, token.length);
        if (!text.trimmed().isEmpty())
            return text;
    }
    return {};
}

/// Turns a run of deleted and added lines into rows. Lines are paired in
/// order, but first those that start with the same word are lined up (by a
/// diff of the first words), so that a removed column does not push every
/// column after it one row out of step: "email" alone, "total" beside
/// "total".
void flushRun(QList<SideBySideRow> &rows, const QStringList &leftLines,
              const QStringList &rightLines, QList<int> &deleted, QList<int> &added)
{
    if (deleted.isEmpty() || added.isEmpty()) {
        pairInOrder(rows, leftLines, rightLines, deleted, added);
        deleted.clear();
        added.clear();
        return;
    }
    Sequence leftKeys;
    Sequence rightKeys;
    for (int i : std::as_const(deleted))
        leftKeys.push_back(lineKey(leftLines[i]));
    for (int i : std::as_const(added))
        rightKeys.push_back(lineKey(rightLines[i]));
    dtl::Diff<QString, Sequence> diff(leftKeys, rightKeys);
    diff.compose();

    QList<int> pendingDeleted;
    QList<int> pendingAdded;
    qsizetype l = 0;
    qsizetype r = 0;
    for (const auto &[key, info] : diff.getSes().getSequence()) {
        Q_UNUSED(key)
        switch (info.type) {
        case dtl::SES_COMMON:
            pairInOrder(rows, leftLines, rightLines, pendingDeleted, pendingAdded);
            pendingDeleted.clear();
            pendingAdded.clear();
            pairInOrder(rows, leftLines, rightLines, {deleted[l++]}, {added[r++]});
            break;
        case dtl::SES_DELETE:
            pendingDeleted.append(deleted[l++]);
            break;
        case dtl::SES_ADD:
            pendingAdded.append(added[r++]);
            break;
        }
    }
    pairInOrder(rows, leftLines, rightLines, pendingDeleted, pendingAdded);
    deleted.clear();
    added.clear();
}

} // namespace

QList<TextSpan> diffTokens(QStringView line)
{
    QList<TextSpan> tokens;
    qsizetype i = 0;
    while (i < line.size()) {
        const qsizetype start = i;
        const auto [c, width] = codePointAt(line, i);
        if (QChar::isSpace(c)) {
            while (i < line.size()) {
                const auto [next, nextWidth] = codePointAt(line, i);
                if (!QChar::isSpace(next))
                    break;
                i += nextWidth;
            }
        } else if (c == U'\'' || c == U'"' || c == U'`') {
            i = quotedEnd(line, i);
        } else if (c >= U'0' && c <= U'9') {
            // 42 or 3.14: a number is one word, so 10 -> 12 marks the number.
            while (i < line.size() && line[i].isDigit())
                ++i;
            if (i + 1 < line.size() && line[i] == QLatin1Char('.') && line[i + 1].isDigit()) {
                ++i;
                while (i < line.size() && line[i].isDigit())
                    ++i;
            }
        } else if (isWordChar(c)) {
            while (i < line.size()) {
                const auto [next, nextWidth] = codePointAt(line, i);
                if (!isWordChar(next))
                    break;
                i += nextWidth;
            }
        } else {
            i += width;
        }
        tokens.append(TextSpan{int(start), int(i - start)});
    }
    return tokens;
}

QList<SideBySideRow> sideBySideDiff(const QString &left, const QString &right)
{
    const QStringList leftLines = splitLines(left);
    const QStringList rightLines = splitLines(right);

    QList<SideBySideRow> rows;
    QList<int> deleted;
    QList<int> added;

    if (leftLines.isEmpty() || rightLines.isEmpty()) {
        // Nothing to align: every line is on one side only.
        for (int i = 0; i < leftLines.size(); ++i)
            deleted.append(i);
        for (int i = 0; i < rightLines.size(); ++i)
            added.append(i);
        flushRun(rows, leftLines, rightLines, deleted, added);
        return rows;
    }

    dtl::Diff<QString, Sequence> diff(Sequence(leftLines.begin(), leftLines.end()),
                                      Sequence(rightLines.begin(), rightLines.end()));
    diff.compose();

    // The edit script lists each side's lines in order; counting them here
    // is simpler than decoding dtl's swapped before/after indexes.
    int l = 0;
    int r = 0;
    for (const auto &[line, info] : diff.getSes().getSequence()) {
        switch (info.type) {
        case dtl::SES_COMMON: {
            flushRun(rows, leftLines, rightLines, deleted, added);
            SideBySideRow row;
            row.kind = SideBySideRow::Kind::Same;
            row.left = line;
            row.right = line;
            row.leftLine = ++l;
            row.rightLine = ++r;
            rows.append(row);
            break;
        }
        case dtl::SES_DELETE:
            deleted.append(l++);
            break;
        case dtl::SES_ADD:
            added.append(r++);
            break;
        }
    }
    flushRun(rows, leftLines, rightLines, deleted, added);
    return rows;
}

} // namespace parity
