// sideBySideDiff: line alignment through dtl, and the exact word spans of
// changed lines.
#include "diff/textdiff.h"

#include <QTest>

using namespace parity;

namespace {

QString spansText(const QList<TextSpan> &spans)
{
    QString text;
    for (const TextSpan &span : spans)
        text += QStringLiteral("(%1,%2)").arg(span.start).arg(span.length);
    return text;
}

/// One row as "= 1 1", "< 3 0", "> 0 3" or "~ 2 2 L(7,7) R(7,6)".
QString describe(const SideBySideRow &row)
{
    QChar kind;
    switch (row.kind) {
    case SideBySideRow::Kind::Same:
        kind = QLatin1Char('=');
        break;
    case SideBySideRow::Kind::Changed:
        kind = QLatin1Char('~');
        break;
    case SideBySideRow::Kind::LeftOnly:
        kind = QLatin1Char('<');
        break;
    case SideBySideRow::Kind::RightOnly:
        kind = QLatin1Char('>');
        break;
    }
    QString text = QStringLiteral("%1 %2 %3").arg(kind).arg(row.leftLine).arg(row.rightLine);
    if (row.kind == SideBySideRow::Kind::Changed)
        text += QStringLiteral(" L") + spansText(row.leftSpans) + QStringLiteral(" R")
                + spansText(row.rightSpans);
    return text;
}

QStringList linesOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

/// The text of `line` with the characters of `spans` taken out.
QString withoutSpans(const QString &line, const QList<TextSpan> &spans)
{
    QString rest;
    int at = 0;
    for (const TextSpan &span : spans) {
        rest += line.mid(at, span.start - at);
        at = span.start + span.length;
    }
    return rest + line.mid(at);
}

void verifySpans(const QString &line, const QList<TextSpan> &spans)
{
    int end = -1;
    for (const TextSpan &span : spans) {
        QVERIFY2(span.length > 0, qPrintable(line));
        QVERIFY2(span.start > end, qPrintable(line)); // in order, apart (adjacent ones merge)
        end = span.start + span.length;
        QVERIFY2(end <= line.size(), qPrintable(line));
    }
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data();
    void rows();
    void tokens_data();
    void tokens();
    void largeTexts();
};

void TestTextDiff::rows_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QStringList>("expected");

    const QString table = QStringLiteral("CREATE TABLE t (\n    id integer NOT NULL\n)");
    QTest::newRow("identical") << table << table << QStringList{"= 1 1", "= 2 2", "= 3 3"};
    QTest::newRow("one line changed")
        << table << QStringLiteral("CREATE TABLE t (\n    id bigint NOT NULL\n)")
        << QStringList{"= 1 1", "~ 2 2 L(7,7) R(7,6)", "= 3 3"};
    QTest::newRow("line added in the middle")
        << QStringLiteral("CREATE TABLE t (\n    id integer,\n    name text\n)")
        << QStringLiteral("CREATE TABLE t (\n    id integer,\n    email text,\n    name text\n)")
        << QStringList{"= 1 1", "= 2 2", "> 0 3", "= 3 4", "= 4 5"};
    QTest::newRow("line removed in the middle")
        << QStringLiteral("CREATE TABLE t (\n    id integer,\n    email text,\n    name text\n)")
        << QStringLiteral("CREATE TABLE t (\n    id integer,\n    name text\n)")
        << QStringList{"= 1 1", "= 2 2", "< 3 0", "= 4 3", "= 5 4"};
    QTest::newRow("changed then removed")
        << QStringLiteral("a\nb\nc\nd") << QStringLiteral("a\nx\nd")
        << QStringList{"= 1 1", "~ 2 2 L(0,1) R(0,1)", "< 3 0", "= 4 3"};
    // No line is the same, but the first words line the columns up: the
    // removed "email" does not push "total" beside "note".
    QTest::newRow("replaced lines lined up by their first word")
        << QStringLiteral("CREATE TABLE t (\n    \"id\" integer,\n    \"email\" text,\n"
                          "    \"total\" numeric(10,2)\n);")
        << QStringLiteral("CREATE TABLE t (\n    \"id\" bigint,\n    \"total\" numeric(12,2),\n"
                          "    \"note\" text\n);")
        << QStringList{"= 1 1", "~ 2 2 L(9,7) R(9,6)",
                       "< 3 0", "~ 4 3 L(20,2) R(20,2)(25,1)",
                       "> 0 4", "= 5 5"};
    QTest::newRow("completely different")
        << QStringLiteral("a\nb") << QStringLiteral("x\ny\nz")
        << QStringList{"~ 1 1 L(0,1) R(0,1)", "~ 2 2 L(0,1) R(0,1)", "> 0 3"};
    QTest::newRow("empty vs text")
        << QString() << QStringLiteral("a\nb") << QStringList{"> 0 1", "> 0 2"};
    QTest::newRow("text vs empty")
        << QStringLiteral("a\nb") << QString() << QStringList{"< 1 0", "< 2 0"};
    QTest::newRow("both empty") << QString() << QString() << QStringList{};
    QTest::newRow("final newline ends the line")
        << QStringLiteral("a\n") << QStringLiteral("a") << QStringList{"= 1 1"};
    QTest::newRow("blank line changed to text")
        << QStringLiteral("a\n\nb") << QStringLiteral("a\nx\nb")
        << QStringList{"= 1 1", "~ 2 2 L R(0,1)", "= 3 3"};
    QTest::newRow("whitespace run") << QStringLiteral("id  integer") << QStringLiteral("id integer")
                                    << QStringList{"~ 1 1 L(2,2) R(2,1)"};
    QTest::newRow("adjacent tokens merge")
        << QStringLiteral("x foo(bar) y") << QStringLiteral("x baz[qux] y")
        << QStringList{"~ 1 1 L(2,8) R(2,8)"};
    QTest::newRow("separate spans") << QStringLiteral("a.b.c") << QStringLiteral("x.b.y")
                                    << QStringList{"~ 1 1 L(0,1)(4,1) R(0,1)(4,1)"};
    QTest::newRow("number is one word")
        << QStringLiteral("varchar(100)") << QStringLiteral("varchar(120)")
        << QStringList{"~ 1 1 L(8,3) R(8,3)"};
    QTest::newRow("quoted identifier is one word")
        << QStringLiteral("\"we\"\"ird\" int") << QStringLiteral("\"we\"\"ird\" text")
        << QStringList{"~ 1 1 L(10,3) R(10,4)"};
    QTest::newRow("string literal is one word")
        << QStringLiteral("DEFAULT 'a b c'") << QStringLiteral("DEFAULT 'a b d'")
        << QStringList{"~ 1 1 L(8,7) R(8,7)"};
    QTest::newRow("unicode word") << QStringLiteral("größe integer")
                                  << QStringLiteral("größe bigint")
                                  << QStringList{"~ 1 1 L(6,7) R(6,6)"};
    QTest::newRow("unicode literal with emoji")
        << QStringLiteral("COMMENT ON TABLE \"Näme\" IS 'grüße 🎉'")
        << QStringLiteral("COMMENT ON TABLE \"Näme\" IS 'grüße 🎈'")
        << QStringList{"~ 1 1 L(27,10) R(27,10)"};
    QTest::newRow("emoji outside quotes stays whole")
        << QStringLiteral("a 🎉 b") << QStringLiteral("a 🎈 b") << QStringList{"~ 1 1 L(2,2) R(2,2)"};
    QTest::newRow("crlf") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb")
                          << QStringList{"= 1 1", "= 2 2"};
}

void TestTextDiff::rows()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QStringList, expected);

    const QList<SideBySideRow> rows = sideBySideDiff(left, right);
    QStringList described;
    for (const SideBySideRow &row : rows)
        described << describe(row);
    QCOMPARE(described, expected);

    // Each side's lines come back in order, each row holding the text of
    // the lines it numbers; common parts of changed lines agree.
    QStringList leftBack;
    QStringList rightBack;
    for (const SideBySideRow &row : rows) {
        if (row.leftLine > 0) {
            QCOMPARE(row.leftLine, leftBack.size() + 1);
            leftBack << row.left;
        } else {
            QVERIFY(row.left.isEmpty());
        }
        if (row.rightLine > 0) {
            QCOMPARE(row.rightLine, rightBack.size() + 1);
            rightBack << row.right;
        } else {
            QVERIFY(row.right.isEmpty());
        }
        if (row.kind == SideBySideRow::Kind::Same)
            QCOMPARE(row.left, row.right);
        if (row.kind == SideBySideRow::Kind::Changed) {
            verifySpans(row.left, row.leftSpans);
            verifySpans(row.right, row.rightSpans);
            QCOMPARE(withoutSpans(row.left, row.leftSpans),
                     withoutSpans(row.right, row.rightSpans));
        } else {
            QVERIFY(row.leftSpans.isEmpty() && row.rightSpans.isEmpty());
        }
    }
    QStringList leftLines = linesOf(left);
    QStringList rightLines = linesOf(right);
    for (QStringList *lines : {&leftLines, &rightLines}) {
        for (QString &line : *lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
        }
    }
    QCOMPARE(leftBack, leftLines);
    QCOMPARE(rightBack, rightLines);
}

void TestTextDiff::tokens_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("words and spaces")
        << QStringLiteral("id  integer") << QStringList{"id", "  ", "integer"};
    QTest::newRow("punctuation one by one")
        << QStringLiteral("(a,b);") << QStringList{"(", "a", ",", "b", ")", ";"};
    QTest::newRow("decimal number")
        << QStringLiteral("x>=3.14") << QStringList{"x", ">", "=", "3.14"};
    QTest::newRow("number then dot") << QStringLiteral("1.x") << QStringList{"1", ".", "x"};
    QTest::newRow("doubled quotes") << QStringLiteral("'it''s' \"a\"\"b\" `c``d`")
                                    << QStringList{"'it''s'", " ", "\"a\"\"b\"", " ", "`c``d`"};
    QTest::newRow("unterminated string")
        << QStringLiteral("x 'open") << QStringList{"x", " ", "'open"};
    QTest::newRow("unicode letters") << QStringLiteral("Näme_1$x") << QStringList{"Näme_1$x"};
    QTest::newRow("surrogate pair") << QStringLiteral("🎉🎈") << QStringList{"🎉", "🎈"};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestTextDiff::tokens()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QStringList texts;
    int at = 0;
    for (const TextSpan &token : diffTokens(line)) {
        QCOMPARE(token.start, at); // no gaps, no overlaps
        at += token.length;
        texts << line.mid(token.start, token.length);
    }
    QCOMPARE(at, line.size());
    QCOMPARE(texts, expected);
}

void TestTextDiff::largeTexts()
{
    // A long routine body with one change near the end: one Changed row.
    QStringList left;
    for (int i = 0; i < 3000; ++i)
        left << QStringLiteral("    PERFORM step_%1(x, y);").arg(i);
    QStringList right = left;
    right[2900] = QStringLiteral("    PERFORM step_2900(x, z);");
    const QList<SideBySideRow> rows =
        sideBySideDiff(left.join(QLatin1Char('\n')), right.join(QLatin1Char('\n')));
    QCOMPARE(rows.size(), 3000);
    int changed = 0;
    for (const SideBySideRow &row : rows) {
        if (row.kind != SideBySideRow::Kind::Same) {
            ++changed;
            QCOMPARE(row.kind, SideBySideRow::Kind::Changed);
            QCOMPARE(row.leftLine, 2901);
            QCOMPARE(row.leftSpans, (QList<TextSpan>{TextSpan{25, 1}}));
        }
    }
    QCOMPARE(changed, 1);
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
