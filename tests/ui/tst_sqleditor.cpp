// The SQL editor, offscreen: each dialect's lexer and keywords reach
// Scintilla, completion offers a catalog's names, problem marks (squiggle,
// marker, annotation) land where they should, also after multi-byte text,
// colours follow light and dark palettes, and the find/replace bar and the
// pane's shortcuts work, one pane at a time.
#include "findreplacebar.h"
#include "schema/catalog.h"
#include "sqleditor.h"
#include "sqleditorpane.h"
#include "sqllexer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalSpy>
#include <QFontDatabase>
#include <QTest>
#include <Qsci/qsciapis.h>

using namespace parity;

Q_DECLARE_METATYPE(parity::Dialect)

namespace {

Catalog smallCatalog()
{
    Catalog catalog;
    catalog.dialect = Dialect::PostgreSQL;
    Schema schema;
    schema.name = QStringLiteral("public");
    Table customers;
    customers.schema = schema.name;
    customers.name = QStringLiteral("customers");
    customers.columns =
        {Column{.name = QStringLiteral("id"), .position = 1, .type = QStringLiteral("bigint")},
         Column{.name = QStringLiteral("email"), .position = 2, .type = QStringLiteral("text")}};
    schema.tables << customers;
    View view;
    view.schema = schema.name;
    view.name = QStringLiteral("active_customers");
    view.columns = {QStringLiteral("email"), QStringLiteral("last_seen")};
    schema.views << view;
    Routine routine;
    routine.schema = schema.name;
    routine.name = QStringLiteral("find_customer");
    routine.arguments = QStringLiteral("p_email text");
    schema.routines << routine;
    catalog.schemas << schema;
    Schema billing;
    billing.name = QStringLiteral("billing");
    Table invoices;
    invoices.schema = billing.name;
    invoices.name = QStringLiteral("invoices");
    invoices.columns = {Column{.name = QStringLiteral("total_cents"),
                               .position = 1,
                               .type = QStringLiteral("integer")}};
    billing.tables << invoices;
    catalog.schemas << billing;
    catalog.normalize();
    return catalog;
}

/// The words the prepared APIs offer after `context` ("customers", "em"), without
/// QScintilla's decorations ("customers (public)", "email ", "?1" image suffixes).
QStringList completionsFor(QsciAPIs *apis, const QStringList &context)
{
    QStringList list;
    apis->updateAutoCompletionList(context, list);
    for (QString &entry : list)
        entry = entry.section(QLatin1Char('?'), 0, 0).section(QStringLiteral(" ("), 0, 0).trimmed();
    return list;
}

int styleAt(SqlEditor &editor, int position)
{
    return int(editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, position)) & 0xff;
}

bool waitForApis(SqlEditor &editor)
{
    QSignalSpy ready(editor.completionApis(), &QsciAPIs::apiPreparationFinished);
    return ready.wait(5000);
}

QPalette paletteWith(const QColor &window, const QColor &base, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

} // namespace

class TestSqlEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialectLexer_data();
    void dialectLexer();
    void keywordsReachScintilla();
    void editorSetup();
    void lineNumberMarginWidens();
    void completionFromCatalog();
    void completionSurvivesDialectChange();
    void problemMarks();
    void problemMarksAfterMultiByteText();
    void problemAtEndOfInput();
    void goToLine();
    void coloursFollowPalette();
    void findNextPreviousAndCount();
    void findOptions();
    void replaceAllAndUndo();
    void replaceAllDoesNotRescanReplacement();
    void replaceWithRegexGroups();
    void replaceCurrent();
    void readOnlyRefusesReplace();
    void escapeCloses();
    void shortcuts();
    void shortcutsStayInTheirPane();
};

void TestSqlEditor::dialectLexer_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<bool>("mysqlRules");

    QTest::newRow("postgres") << Dialect::PostgreSQL
                              << QStringList{QStringLiteral("serial"), QStringLiteral("returning"),
                                             QStringLiteral("ilike"), QStringLiteral("select")}
                              << QStringList{QStringLiteral("auto_increment"),
                                             QStringLiteral("pragma")}
                              << false;
    QTest::newRow("mysql") << Dialect::MySQL
                           << QStringList{QStringLiteral("auto_increment"),
                                          QStringLiteral("engine"), QStringLiteral("select")}
                           << QStringList{QStringLiteral("ilike"), QStringLiteral("pragma")}
                           << true;
    QTest::newRow("sqlite") << Dialect::SQLite
                            << QStringList{QStringLiteral("pragma"),
                                           QStringLiteral("autoincrement"),
                                           QStringLiteral("select")}
                            << QStringList{QStringLiteral("ilike"), QStringLiteral("engine")}
                            << false;
}

void TestSqlEditor::dialectLexer()
{
    QFETCH(Dialect, dialect);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(bool, mysqlRules);

    SqlEditor editor;
    editor.setDialect(dialect);
    QCOMPARE(editor.dialect(), dialect);
    auto *lexer = qobject_cast<QsciLexerSQL *>(editor.lexer());
    QVERIFY(lexer);
    QCOMPARE(lexer, editor.sqlLexer());
    QCOMPARE(QByteArray(lexer->language()), QByteArray("SQL"));
    const QStringList words =
        QString::fromLatin1(lexer->keywords(1)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : present)
        QVERIFY2(words.contains(word), qPrintable(word));
    for (const QString &word : absent)
        QVERIFY2(!words.contains(word), qPrintable(word));
    QCOMPARE(lexer->hashComments(), mysqlRules);
    QCOMPARE(lexer->backslashEscapes(), mysqlRules);
    QCOMPARE(lexer->quotedIdentifiers(), mysqlRules);
    QVERIFY(!lexer->foldCompact());
    QVERIFY(!lexer->caseSensitive());
}

void TestSqlEditor::keywordsReachScintilla()
{
    SqlEditor editor;
    const QString text = QStringLiteral("SELECT x ILIKE 'a' # note");
    const int ilike = int(text.indexOf(QLatin1String("ILIKE")));
    const int hash = int(text.indexOf(QLatin1Char('#')));

    editor.setDialect(Dialect::PostgreSQL);
    editor.setText(text);
    editor.recolor();
    QCOMPARE(styleAt(editor, 0), int(QsciLexerSQL::Keyword));
    QCOMPARE(styleAt(editor, ilike), int(QsciLexerSQL::Keyword));
    QVERIFY(styleAt(editor, hash) != int(QsciLexerSQL::CommentLineHash)); // '#' is an operator here

    editor.setDialect(Dialect::MySQL);
    editor.recolor();
    QCOMPARE(styleAt(editor, ilike), int(QsciLexerSQL::Identifier));
    QCOMPARE(styleAt(editor, hash), int(QsciLexerSQL::CommentLineHash));
}

void TestSqlEditor::editorSetup()
{
    SqlEditor editor;
    QCOMPARE(editor.folding(), QsciScintilla::BoxedTreeFoldStyle);
    QCOMPARE(editor.braceMatching(), QsciScintilla::SloppyBraceMatch);
    QVERIFY(editor.autoIndent());
    QVERIFY(editor.isUtf8());
    QCOMPARE(editor.autoCompletionThreshold(), 2);
    QCOMPARE(editor.autoCompletionSource(), QsciScintilla::AcsAll);
    QVERIFY(!editor.autoCompletionCaseSensitivity());
    QVERIFY(editor.marginLineNumbers(0));
    // The system's fixed-width font (whether Qt calls it fixed pitch depends
    // on the fonts installed: it says no for Noto Sans Mono).
    QCOMPARE(editor.lexer()->font(QsciLexerSQL::Default).family(),
             QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QVERIFY(editor.SendScintilla(QsciScintillaBase::SCI_GETCARETLINEVISIBLE));
}

void TestSqlEditor::lineNumberMarginWidens()
{
    SqlEditor editor;
    editor.setText(QStringLiteral("SELECT 1;\n").repeated(5));
    const int narrow = editor.marginWidth(0);
    QVERIFY(narrow > 0);
    editor.setText(QStringLiteral("SELECT 1;\n").repeated(12000));
    QVERIFY2(editor.marginWidth(0) > narrow,
             qPrintable(QStringLiteral("%1 <= %2").arg(editor.marginWidth(0)).arg(narrow)));
}

void TestSqlEditor::completionFromCatalog()
{
    SqlEditor editor;
    editor.setCompletionCatalog(smallCatalog());
    const QStringList entries = editor.completionEntries();
    for (const char *expected :
         {"public", "billing", "customers", "public.customers", "id", "email", "customers.email",
          "active_customers", "public.active_customers", "active_customers.last_seen",
          "billing.invoices", "invoices.total_cents", "find_customer(p_email text)",
          "public.find_customer(p_email text)"}) {
        QVERIFY2(entries.contains(QLatin1String(expected)), expected);
    }

    QVERIFY(waitForApis(editor));
    QsciAPIs *apis = editor.completionApis();
    QVERIFY(completionsFor(apis, {QStringLiteral("cust")}).contains(QStringLiteral("customers")));
    // Case-insensitive: what the user types need not match the catalog's case.
    QVERIFY(completionsFor(apis, {QStringLiteral("CUST")}).contains(QStringLiteral("customers")));
    QVERIFY(completionsFor(apis, {QStringLiteral("customers"), QStringLiteral("em")})
                .contains(QStringLiteral("email")));
    QVERIFY(completionsFor(apis, {QStringLiteral("billing"), QStringLiteral("inv")})
                .contains(QStringLiteral("invoices")));
    QVERIFY(
        completionsFor(apis, {QStringLiteral("find")}).contains(QStringLiteral("find_customer")));
    QVERIFY(!completionsFor(apis, {QStringLiteral("nothing_like")})
                 .contains(QStringLiteral("customers")));
}

void TestSqlEditor::completionSurvivesDialectChange()
{
    SqlEditor editor;
    editor.setCompletionCatalog(smallCatalog());
    QVERIFY(waitForApis(editor));
    editor.setDialect(Dialect::MySQL);
    QVERIFY(editor.completionApis());
    QCOMPARE(editor.lexer()->apis(), editor.completionApis());
    QVERIFY(waitForApis(editor));
    QVERIFY(completionsFor(editor.completionApis(), {QStringLiteral("inv")})
                .contains(QStringLiteral("invoices")));
}

void TestSqlEditor::problemMarks()
{
    SqlEditor editor;
    editor.setText(QStringLiteral("SELECT 1;\nSELECT a FRM t;\nSELECT 3;\n"));
    QCOMPARE(editor.problemCount(), 0);

    editor.markProblem(2, 10, QStringLiteral("syntax error at or near \"FRM\""));
    QCOMPARE(editor.problemCount(), 1);
    QCOMPARE(editor.annotation(1), QStringLiteral("syntax error at or near \"FRM\""));
    QVERIFY(editor.annotation(0).isEmpty());
    QVERIFY(editor.markersAtLine(1) != 0);
    QCOMPARE(editor.markersAtLine(0), 0u);

    const int lineStart = editor.positionFromLineIndex(1, 0);
    auto marked = [&](int index) {
        return editor.SendScintilla(QsciScintillaBase::SCI_INDICATORALLONFOR,
                                    editor.positionFromLineIndex(1, index))
               != 0;
    };
    QVERIFY(!marked(8)); // the space before FRM
    QVERIFY(marked(9));
    QVERIFY(marked(11));
    QVERIFY(!marked(12)); // the token ends there
    QVERIFY(lineStart > 0);

    editor.markProblem(2, 14, QStringLiteral("second"));
    QCOMPARE(editor.problemCount(), 2);
    QCOMPARE(editor.annotation(1), QStringLiteral("syntax error at or near \"FRM\"\nsecond"));

    editor.clearProblems();
    QCOMPARE(editor.problemCount(), 0);
    QVERIFY(editor.annotation(1).isEmpty());
    QCOMPARE(editor.markersAtLine(1), 0u);
    QVERIFY(!marked(9));
}

void TestSqlEditor::problemMarksAfterMultiByteText()
{
    SqlEditor editor;
    // The squiggle must start at FRM, whatever the é and the emoji before it take in bytes or
    // UTF-16 units.
    const QString line = QStringLiteral("SELECT 'é\U0001F600' FRM t;");
    editor.setText(QStringLiteral("-- ü\n") + line);
    const int column = int(line.indexOf(QLatin1String("FRM"))) + 1; // QString characters, 1-based
    editor.markProblem(2, column, QStringLiteral("syntax error"));

    const QByteArray utf8 = editor.text(1).toUtf8();
    const int lineStart = editor.positionFromLineIndex(1, 0);
    const int frm = lineStart + int(utf8.indexOf("FRM"));
    auto marked = [&](int position) {
        return editor.SendScintilla(QsciScintillaBase::SCI_INDICATORALLONFOR, position) != 0;
    };
    QVERIFY(!marked(frm - 1));
    QVERIFY(marked(frm));
    QVERIFY(marked(frm + 2));
    QVERIFY(!marked(frm + 3));
}

void TestSqlEditor::problemAtEndOfInput()
{
    SqlEditor editor;
    editor.setText(QStringLiteral("SELECT 1;\nSELECT * FROM"));
    editor.markProblem(2, 14, QStringLiteral("syntax error at end of input"));
    QCOMPARE(editor.annotation(1), QStringLiteral("syntax error at end of input"));
    const int from = editor.positionFromLineIndex(1, 9);
    QVERIFY(editor.SendScintilla(QsciScintillaBase::SCI_INDICATORALLONFOR, from)
            != 0); // the last word, FROM
    QVERIFY(editor.SendScintilla(QsciScintillaBase::SCI_INDICATORALLONFOR, from - 1) == 0);
}

void TestSqlEditor::goToLine()
{
    SqlEditor editor;
    QStringList lines;
    for (int i = 1; i <= 200; ++i)
        lines << QStringLiteral("SELECT %1;").arg(i);
    editor.setText(lines.join(QLatin1Char('\n')));
    editor.resize(400, 200);
    editor.goToLine(150);
    QCOMPARE(editor.selectedText(), QStringLiteral("SELECT 150;"));
    int line = 0;
    int index = 0;
    editor.getCursorPosition(&line, &index);
    QCOMPARE(line, 149);
    QVERIFY(editor.firstVisibleLine() > 100);
    editor.goToLine(100000); // past the end: the last line
    QCOMPARE(editor.selectedText(), QStringLiteral("SELECT 200;"));
}

void TestSqlEditor::coloursFollowPalette()
{
    SqlEditor editor;
    editor.setPalette(
        paletteWith(QColor(0x20, 0x20, 0x20), QColor(0x1e, 0x1e, 0x1e), QColor(0xdd, 0xdd, 0xdd)));
    QVERIFY(editor.usesDarkScheme());
    QsciLexer *lexer = editor.lexer();
    QVERIFY(lexer->paper(QsciLexerSQL::Default).lightness() < 64);
    QVERIFY(lexer->color(QsciLexerSQL::Keyword).lightness()
                - lexer->paper(QsciLexerSQL::Keyword).lightness()
            > 80);
    QVERIFY(lexer->color(QsciLexerSQL::Comment).lightness()
                - lexer->paper(QsciLexerSQL::Comment).lightness()
            > 80);

    editor.setPalette(
        paletteWith(QColor(0xef, 0xef, 0xef), QColor(0xff, 0xff, 0xff), QColor(0x10, 0x10, 0x10)));
    QVERIFY(!editor.usesDarkScheme());
    QVERIFY(lexer->paper(QsciLexerSQL::Default).lightness() > 200);
    QVERIFY(lexer->paper(QsciLexerSQL::Keyword).lightness()
                - lexer->color(QsciLexerSQL::Keyword).lightness()
            > 80);
    QVERIFY(lexer->paper(QsciLexerSQL::Comment).lightness()
                - lexer->color(QsciLexerSQL::Comment).lightness()
            > 80);

    // A dialect change keeps the scheme of the palette in force.
    editor.setPalette(
        paletteWith(QColor(0x20, 0x20, 0x20), QColor(0x1e, 0x1e, 0x1e), QColor(0xdd, 0xdd, 0xdd)));
    editor.setDialect(Dialect::SQLite);
    QVERIFY(editor.lexer()->paper(QsciLexerSQL::Default).lightness() < 64);
}

void TestSqlEditor::findNextPreviousAndCount()
{
    SqlEditorPane pane;
    SqlEditor *editor = pane.editor();
    FindReplaceBar *bar = pane.findBar();
    editor->setText(QStringLiteral("select a from t;\nSELECT b FROM t;\nselect c from t;\n"));
    editor->setCursorPosition(0, 0);

    bar->showFind();
    QVERIFY(!bar->isHidden());
    QVERIFY(!bar->isReplaceMode());
    bar->findField()->setText(QStringLiteral("select"));
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 3"));
    QCOMPARE(editor->selectedText(), QStringLiteral("select"));

    QVERIFY(bar->findNext());
    QCOMPARE(bar->statusText(), QStringLiteral("2 of 3"));
    QCOMPARE(editor->selectedText(), QStringLiteral("SELECT"));
    QVERIFY(bar->findNext());
    QCOMPARE(bar->statusText(), QStringLiteral("3 of 3"));
    QVERIFY(bar->findNext()); // wraps around
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 3"));
    QVERIFY(bar->findPrevious()); // and back
    QCOMPARE(bar->statusText(), QStringLiteral("3 of 3"));
    QVERIFY(bar->findPrevious());
    QCOMPARE(bar->statusText(), QStringLiteral("2 of 3"));

    // Enter and Shift+Enter in the field.
    QTest::keyClick(bar->findField(), Qt::Key_Return);
    QCOMPARE(bar->statusText(), QStringLiteral("3 of 3"));
    QTest::keyClick(bar->findField(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->statusText(), QStringLiteral("2 of 3"));

    bar->findField()->setText(QStringLiteral("no such text"));
    QCOMPARE(bar->statusText(), QStringLiteral("Not found"));
    QVERIFY(!bar->findNext());
    QCOMPARE(bar->statusText(), QStringLiteral("Not found"));
}

void TestSqlEditor::findOptions()
{
    SqlEditorPane pane;
    SqlEditor *editor = pane.editor();
    FindReplaceBar *bar = pane.findBar();
    editor->setText(QStringLiteral("select a from t;\nSELECT selected FROM t;\n"));
    editor->setCursorPosition(0, 0);
    bar->showFind();
    bar->findField()->setText(QStringLiteral("select"));
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 3"));

    bar->matchCaseBox()->setChecked(true);
    QVERIFY(bar->statusText().endsWith(QLatin1String("of 2")));
    bar->wholeWordBox()->setChecked(true);
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 1"));
    bar->matchCaseBox()->setChecked(false);
    QVERIFY(bar->statusText().endsWith(QLatin1String("of 2")));

    bar->wholeWordBox()->setChecked(false);
    bar->regexBox()->setChecked(true);
    editor->setCursorPosition(0, 0);
    bar->findField()->setText(QStringLiteral("[ab] from"));
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 1"));
    QCOMPARE(editor->selectedText(), QStringLiteral("a from"));
    bar->findField()->setText(QStringLiteral("sel(ect"));
    QCOMPARE(bar->statusText(), QStringLiteral("Invalid regular expression"));
}

void TestSqlEditor::replaceAllAndUndo()
{
    SqlEditorPane pane;
    SqlEditor *editor = pane.editor();
    FindReplaceBar *bar = pane.findBar();
    const QString original =
        QStringLiteral("select a from t;\nSELECT b FROM t;\nselect c from t;\n");
    editor->setText(original);
    bar->showReplace();
    QVERIFY(bar->isReplaceMode());
    bar->findField()->setText(QStringLiteral("from t"));
    bar->replaceField()->setText(QStringLiteral("FROM public.t"));
    QCOMPARE(bar->replaceAll(), 3);
    QCOMPARE(editor->text(),
             QStringLiteral(
                 "select a FROM public.t;\nSELECT b FROM public.t;\nselect c FROM public.t;\n"));
    QCOMPARE(bar->statusText(), QStringLiteral("3 replaced"));

    editor->undo(); // one step undoes them all
    QCOMPARE(editor->text(), original);

    bar->findField()->setText(QStringLiteral("absent"));
    QCOMPARE(bar->replaceAll(), 0);
    QCOMPARE(bar->statusText(), QStringLiteral("Not found"));
    QCOMPARE(editor->text(), original);
}

void TestSqlEditor::replaceAllDoesNotRescanReplacement()
{
    SqlEditorPane pane;
    pane.editor()->setText(QStringLiteral("a b a"));
    FindReplaceBar *bar = pane.findBar();
    bar->showReplace();
    bar->findField()->setText(QStringLiteral("a"));
    bar->replaceField()->setText(QStringLiteral("aa"));
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(pane.editor()->text(), QStringLiteral("aa b aa"));
}

void TestSqlEditor::replaceWithRegexGroups()
{
    SqlEditorPane pane;
    pane.editor()->setText(QStringLiteral("id int,\nname text,\n"));
    FindReplaceBar *bar = pane.findBar();
    bar->showReplace();
    bar->regexBox()->setChecked(true);
    bar->findField()->setText(QStringLiteral("(\\w+) (int|text)"));
    bar->replaceField()->setText(QStringLiteral("\\2 \\1"));
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(pane.editor()->text(), QStringLiteral("int id,\ntext name,\n"));
}

void TestSqlEditor::replaceCurrent()
{
    SqlEditorPane pane;
    SqlEditor *editor = pane.editor();
    editor->setText(QStringLiteral("t1 t2 t1 t1"));
    editor->setCursorPosition(0, 0);
    FindReplaceBar *bar = pane.findBar();
    bar->showReplace();
    bar->findField()->setText(QStringLiteral("t1"));
    bar->replaceField()->setText(QStringLiteral("x"));
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 3"));
    bar->replaceCurrent();
    QCOMPARE(editor->text(), QStringLiteral("x t2 t1 t1"));
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 2")); // now on the next t1
    QTest::keyClick(bar->replaceField(), Qt::Key_Return);
    QCOMPARE(editor->text(), QStringLiteral("x t2 x t1"));
}

void TestSqlEditor::readOnlyRefusesReplace()
{
    SqlEditorPane pane;
    SqlEditor *editor = pane.editor();
    editor->setText(QStringLiteral("select 1;"));
    editor->setReadOnly(true);
    FindReplaceBar *bar = pane.findBar();
    bar->showReplace();
    bar->findField()->setText(QStringLiteral("select"));
    bar->replaceField()->setText(QStringLiteral("SELECT"));
    QCOMPARE(bar->replaceAll(), 0);
    QCOMPARE(editor->text(), QStringLiteral("select 1;"));
    QVERIFY(!bar->replaceField()->isEnabled());
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 1")); // finding still works
}

void TestSqlEditor::escapeCloses()
{
    SqlEditorPane pane;
    FindReplaceBar *bar = pane.findBar();
    QSignalSpy closed(bar, &FindReplaceBar::closed);
    bar->showFind();
    QTest::keyClick(bar->findField(), Qt::Key_Escape);
    QVERIFY(bar->isHidden());
    QCOMPARE(closed.count(), 1);
    bar->showReplace();
    QTest::keyClick(bar->replaceField(), Qt::Key_Escape);
    QVERIFY(bar->isHidden());
    QCOMPARE(closed.count(), 2);
}

void TestSqlEditor::shortcuts()
{
    SqlEditorPane pane;
    const struct
    {
        QAction *action;
        QKeySequence keys;
    } expected[] = {
        {pane.findAction(), QKeySequence(Qt::CTRL | Qt::Key_F)},
        {pane.replaceAction(), QKeySequence(Qt::CTRL | Qt::Key_H)},
        {pane.findNextAction(), QKeySequence(Qt::Key_F3)},
        {pane.findPreviousAction(), QKeySequence(Qt::SHIFT | Qt::Key_F3)},
        {pane.goToLineAction(), QKeySequence(Qt::CTRL | Qt::Key_G)},
    };
    for (const auto &entry : expected) {
        QVERIFY(entry.action);
        QCOMPARE(entry.action->shortcut(), entry.keys);
        QCOMPARE(entry.action->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        QVERIFY(pane.actions().contains(entry.action));
    }

    // And they fire from the keyboard while the editor has the focus.
    pane.editor()->setText(QStringLiteral("select 1;\nselect 2;\n"));
    pane.show();
    QApplication::setActiveWindow(&pane);
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.editor()->setFocus();
    QVERIFY(pane.findBar()->isHidden());
    QTest::keyClick(pane.editor(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(!pane.findBar()->isHidden());
    QVERIFY(!pane.findBar()->isReplaceMode());
    QVERIFY(pane.findBar()->findField()->hasFocus());
    QTest::keyClicks(pane.findBar()->findField(), QStringLiteral("select"));
    QCOMPARE(pane.findBar()->statusText(), QStringLiteral("1 of 2"));
    QTest::keyClick(pane.findBar()->findField(), Qt::Key_F3);
    QCOMPARE(pane.findBar()->statusText(), QStringLiteral("2 of 2"));
    QTest::keyClick(pane.findBar()->findField(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(pane.findBar()->statusText(), QStringLiteral("1 of 2"));
    QTest::keyClick(pane.findBar()->findField(), Qt::Key_Escape);
    QVERIFY(pane.findBar()->isHidden());
    QVERIFY(pane.editor()->hasFocus());
    QTest::keyClick(pane.editor(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(pane.findBar()->isReplaceMode());
}

void TestSqlEditor::shortcutsStayInTheirPane()
{
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *left = new SqlEditorPane(&window);
    auto *right = new SqlEditorPane(&window);
    layout->addWidget(left);
    layout->addWidget(right);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    right->editor()->setFocus();
    QTest::keyClick(right->editor(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(!right->findBar()->isHidden());
    QVERIFY(left->findBar()->isHidden());
}

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
