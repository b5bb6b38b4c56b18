// DdlDiffView under the offscreen platform: rows aligned on both sides,
// markers and word boxes where the texts differ, scrolling together.
#include "ddldiffview.h"

#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>

#include <QScrollBar>
#include <QTest>

using namespace parity;

namespace {

const QString kReference = QStringLiteral("CREATE TABLE \"orders\" (\n"
                                          "    \"id\" integer NOT NULL,\n"
                                          "    \"email\" varchar(255) NOT NULL,\n"
                                          "    \"total\" numeric(10,2) DEFAULT 0\n"
                                          ");");
const QString kTarget = QStringLiteral("CREATE TABLE \"orders\" (\n"
                                       "    \"id\" bigint NOT NULL,\n"
                                       "    \"total\" numeric(12,2) DEFAULT 0,\n"
                                       "    \"note\" text\n"
                                       ");");

int lineCount(const QString &text)
{
    return int(text.count(QLatin1Char('\n'))) + 1;
}

QString marginText(QsciScintilla *editor, int line)
{
    const long length =
        editor->SendScintilla(QsciScintillaBase::SCI_MARGINGETTEXT,
                              static_cast<unsigned long>(line), static_cast<void *>(nullptr));
    QByteArray text(length, '\0');
    editor->SendScintilla(QsciScintillaBase::SCI_MARGINGETTEXT, static_cast<unsigned long>(line),
                          text.data());
    return QString::fromUtf8(text);
}

/// Indicators set at a byte position of the editor.
long indicatorsAt(QsciScintilla *editor, long position)
{
    return editor->SendScintilla(QsciScintillaBase::SCI_INDICATORALLONFOR,
                                 static_cast<unsigned long>(position));
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    return dark;
}

} // namespace

class TestDdlDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAligned();
    void markersAndSpans();
    void unicodeSpansAtTheRightBytes();
    void identicalTexts();
    void oneSideEmpty();
    void clearShowsMessage();
    void paletteChangeRecolours();
    void scrollsTogether();
};

void TestDdlDiffView::rowsAligned()
{
    DdlDiffView view;
    view.showObject(QStringLiteral("Reference: staging"), kReference, QStringLiteral("Target: uat"),
                    kTarget, Dialect::PostgreSQL, QStringLiteral("uat: 49 rows · staging: 0 rows"));
    const QList<SideBySideRow> rows = sideBySideDiff(kReference, kTarget);
    QVERIFY(view.isShowingObject());
    QCOMPARE(view.rowCount(), rows.size());
    QCOMPARE(view.referenceEditor()->lines(), view.rowCount());
    QCOMPARE(view.targetEditor()->lines(), view.rowCount());
    QCOMPARE(lineCount(view.referenceText()), view.rowCount());
    QCOMPARE(lineCount(view.targetText()), view.rowCount());
    QCOMPARE(view.referenceTitle(), QStringLiteral("Reference: staging"));
    QCOMPARE(view.targetTitle(), QStringLiteral("Target: uat"));
    QCOMPARE(view.info(), QStringLiteral("uat: 49 rows · staging: 0 rows"));

    const QStringList left = view.referenceText().split(QLatin1Char('\n'));
    const QStringList right = view.targetText().split(QLatin1Char('\n'));
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(left[i], rows[i].left);
        QCOMPARE(right[i], rows[i].right);
        // Each side numbers its own lines; a placeholder has no number.
        QCOMPARE(marginText(view.referenceEditor(), i),
                 rows[i].leftLine ? QString::number(rows[i].leftLine) : QString());
        QCOMPARE(marginText(view.targetEditor(), i),
                 rows[i].rightLine ? QString::number(rows[i].rightLine) : QString());
    }
    // Removed "email" line and added "note" line mean placeholders on both sides.
    QVERIFY(view.referenceText().contains(QStringLiteral("\"email\"")));
    QVERIFY(!view.targetText().contains(QStringLiteral("\"email\"")));
    QVERIFY(view.referenceEditor()->isReadOnly());
    QVERIFY(view.targetEditor()->isReadOnly());
}

void TestDdlDiffView::markersAndSpans()
{
    DdlDiffView view;
    view.showObject(QStringLiteral("Reference: staging"), kReference, QStringLiteral("Target: uat"),
                    kTarget, Dialect::PostgreSQL, QString());
    const QList<SideBySideRow> rows = sideBySideDiff(kReference, kTarget);
    int changed = 0;
    int leftOnly = 0;
    int rightOnly = 0;
    int spans = 0;
    for (const SideBySideRow &row : rows) {
        changed += row.kind == SideBySideRow::Kind::Changed;
        leftOnly += row.kind == SideBySideRow::Kind::LeftOnly;
        rightOnly += row.kind == SideBySideRow::Kind::RightOnly;
        spans += int(row.leftSpans.size() + row.rightSpans.size());
    }
    // "id" and "total" changed, "email" only in the reference, "note" only
    // in the target; words: integer/bigint, 10/12 and the added comma.
    QCOMPARE(changed, 2);
    QCOMPARE(leftOnly, 1);
    QCOMPARE(rightOnly, 1);
    QCOMPARE(spans, 5);
    QCOMPARE(view.changedRowCount(), changed);
    QCOMPARE(view.addedRowCount(), leftOnly);
    QCOMPARE(view.removedRowCount(), rightOnly);
    QCOMPARE(view.markedSpanCount(), spans);

    // The changed lines carry a marker on both sides; Same lines none.
    for (int i = 0; i < rows.size(); ++i) {
        const bool same = rows[i].kind == SideBySideRow::Kind::Same;
        QCOMPARE(view.referenceEditor()->markersAtLine(i) == 0, same);
        QCOMPARE(view.targetEditor()->markersAtLine(i) == 0, same);
    }
    QVERIFY(view.info().isEmpty());
}

void TestDdlDiffView::unicodeSpansAtTheRightBytes()
{
    // "Näme" takes five bytes in UTF-8: a span after it must start at the
    // byte, not the character, where its word starts.
    DdlDiffView view;
    view.showObject(QStringLiteral("Reference"), QStringLiteral("COMMENT ON \"Näme\" IS 'grüße'"),
                    QStringLiteral("Target"), QStringLiteral("COMMENT ON \"Näme\" IS 'adé'"),
                    Dialect::PostgreSQL, QString());
    QCOMPARE(view.markedSpanCount(), 2);
    QsciScintilla *left = view.referenceEditor();
    const long start = QByteArray("COMMENT ON \"N\xc3\xa4me\" IS ").size(); // 22
    const long end = start
                     + QByteArray("'gr\xc3\xbc\xc3\x9f"
                                  "e'")
                           .size();
    QCOMPARE(indicatorsAt(left, start - 1), 0L);
    QVERIFY(indicatorsAt(left, start) != 0);
    QVERIFY(indicatorsAt(left, end - 1) != 0);
    QCOMPARE(left->SendScintilla(QsciScintillaBase::SCI_GETLENGTH), end);
    QsciScintilla *right = view.targetEditor();
    QVERIFY(indicatorsAt(right, start) != 0);
    QCOMPARE(indicatorsAt(right, start - 1), 0L);
}

void TestDdlDiffView::identicalTexts()
{
    DdlDiffView view;
    view.showObject(QStringLiteral("Reference"), kReference, QStringLiteral("Target"), kReference,
                    Dialect::SQLite, QString());
    QCOMPARE(view.rowCount(), lineCount(kReference));
    QCOMPARE(view.referenceText(), kReference);
    QCOMPARE(view.targetText(), kReference);
    QCOMPARE(view.changedRowCount(), 0);
    QCOMPARE(view.addedRowCount(), 0);
    QCOMPARE(view.removedRowCount(), 0);
    QCOMPARE(view.markedSpanCount(), 0);
    for (int i = 0; i < view.rowCount(); ++i)
        QCOMPARE(view.referenceEditor()->markersAtLine(i), 0);
}

void TestDdlDiffView::oneSideEmpty()
{
    // The target lacks the object: every line is the reference's alone.
    DdlDiffView view;
    view.showObject(QStringLiteral("Reference"), kReference, QStringLiteral("Target"), QString(),
                    Dialect::MySQL, QStringLiteral("uat lacks it"));
    QCOMPARE(view.rowCount(), lineCount(kReference));
    QCOMPARE(view.targetEditor()->lines(), view.rowCount());
    QCOMPARE(view.targetText(), QString(view.rowCount() - 1, QLatin1Char('\n')));
    QCOMPARE(view.addedRowCount(), view.rowCount());
    QCOMPARE(view.removedRowCount(), 0);
    QCOMPARE(view.changedRowCount(), 0);
    QCOMPARE(marginText(view.targetEditor(), 0), QString());
    QCOMPARE(marginText(view.referenceEditor(), 0), QStringLiteral("1"));
    // Placeholder lines are marked too, so the gap shows.
    QVERIFY(view.targetEditor()->markersAtLine(0) != 0);
}

void TestDdlDiffView::clearShowsMessage()
{
    DdlDiffView view;
    QVERIFY(!view.isShowingObject());
    QCOMPARE(view.message(), QStringLiteral("Select an object to see its DDL"));
    view.showObject(QStringLiteral("Reference"), kReference, QStringLiteral("Target"), kTarget,
                    Dialect::PostgreSQL, QStringLiteral("info"));
    QVERIFY(view.isShowingObject());
    view.clear(QStringLiteral("Nothing differs"));
    QVERIFY(!view.isShowingObject());
    QCOMPARE(view.message(), QStringLiteral("Nothing differs"));
    QCOMPARE(view.rowCount(), 0);
    QCOMPARE(view.referenceText(), QString());
    QCOMPARE(view.targetText(), QString());
    QCOMPARE(view.changedRowCount(), 0);
    QCOMPARE(view.markedSpanCount(), 0);
    QVERIFY(view.info().isEmpty());
    view.clear();
    QCOMPARE(view.message(), QStringLiteral("Select an object to see its DDL"));
}

void TestDdlDiffView::paletteChangeRecolours()
{
    DdlDiffView view;
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    view.setPalette(light);
    view.showObject(QStringLiteral("Reference"), kReference, QStringLiteral("Target"), kTarget,
                    Dialect::PostgreSQL, QString());
    const int spans = view.markedSpanCount();
    const QColor lightChanged = view.rowColour(SideBySideRow::Kind::Changed);
    const QColor lightWord = view.wordColour();
    QVERIFY(lightChanged.lightness() > 128);
    auto *lexer = qobject_cast<QsciLexerSQL *>(view.referenceEditor()->lexer());
    QVERIFY(lexer);
    QCOMPARE(lexer->paper(QsciLexerSQL::Default), QColor(Qt::white));

    view.setPalette(darkPalette());
    QCOMPARE(lexer->paper(QsciLexerSQL::Default), QColor(0x1e, 0x1e, 0x1e));
    QCOMPARE(lexer->paper(QsciLexerSQL::Keyword), QColor(0x1e, 0x1e, 0x1e));
    QCOMPARE(lexer->color(QsciLexerSQL::Default), QColor(0xe0, 0xe0, 0xe0));
    QVERIFY(lexer->color(QsciLexerSQL::Keyword).lightness() > 128);
    QVERIFY(view.rowColour(SideBySideRow::Kind::Changed).lightness() < 128);
    QVERIFY(view.rowColour(SideBySideRow::Kind::LeftOnly).lightness() < 128);
    QVERIFY(view.rowColour(SideBySideRow::Kind::RightOnly).lightness() < 128);
    QVERIFY(view.wordColour() != lightWord);
    // The editor itself took the new paper.
    QCOMPARE(view.targetEditor()->SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK,
                                                static_cast<unsigned long>(QsciLexerSQL::Default)),
             long(0x1e1e1e));
    // Recolouring keeps what is marked.
    QCOMPARE(view.markedSpanCount(), spans);
    QVERIFY(view.changedRowCount() > 0);

    view.setPalette(light);
    QCOMPARE(view.rowColour(SideBySideRow::Kind::Changed), lightChanged);
    QCOMPARE(lexer->paper(QsciLexerSQL::Default), QColor(Qt::white));
    QCOMPARE(lexer->color(QsciLexerSQL::Keyword), lexer->defaultColor(QsciLexerSQL::Keyword));
}

void TestDdlDiffView::scrollsTogether()
{
    QStringList reference;
    QStringList target;
    for (int i = 0; i < 300; ++i) {
        reference << QStringLiteral("    \"column_%1\" integer NOT NULL,").arg(i);
        target << QStringLiteral("    \"column_%1\" %2 NOT NULL,")
                      .arg(i)
                      .arg(i % 7 == 0 ? QStringLiteral("bigint") : QStringLiteral("integer"));
    }
    reference << QStringLiteral("    -- ") + QString(400, QLatin1Char('x'));
    DdlDiffView view;
    view.resize(600, 300);
    view.showObject(QStringLiteral("Reference"), reference.join(QLatin1Char('\n')),
                    QStringLiteral("Target"), target.join(QLatin1Char('\n')), Dialect::PostgreSQL,
                    QString());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    view.referenceEditor()->setFirstVisibleLine(120);
    QCOMPARE(view.referenceEditor()->firstVisibleLine(), 120);
    QTRY_COMPARE(view.targetEditor()->firstVisibleLine(), 120);
    view.targetEditor()->verticalScrollBar()->setValue(40);
    QTRY_COMPARE(view.referenceEditor()->firstVisibleLine(), 40);

    // The long line is the reference's alone; the target scrolls with it.
    view.targetEditor()->horizontalScrollBar()->setValue(200);
    QTRY_COMPARE(view.referenceEditor()->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET), 200L);
    view.referenceEditor()->SendScintilla(QsciScintillaBase::SCI_SETXOFFSET, 80UL);
    QTRY_COMPARE(view.targetEditor()->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET), 80L);
    QCOMPARE(view.referenceEditor()->horizontalScrollBar()->maximum(),
             view.targetEditor()->horizontalScrollBar()->maximum());
}

QTEST_MAIN(TestDdlDiffView)
#include "tst_ddldiffview.moc"
