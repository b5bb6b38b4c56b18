#include "sqleditor.h"

#include "schema/catalog.h"
#include "sqllexer.h"

#include <QEvent>
#include <QFontDatabase>
#include <QMap>
#include <QPalette>
#include <QSet>
#include <Qsci/qsciapis.h>
#include <Qsci/qscistyle.h>

namespace parity {

namespace {

// Scintilla's margins as this editor uses them.
constexpr int LineNumberMargin = 0;
constexpr int ProblemMargin = 1;
constexpr int FoldMargin = 2;
// A style number no SQL lexer style uses (they stop at 24; 32-39 are predefined).
constexpr int ProblemAnnotationStyle = 64;
// Scintilla's fold markers: SC_MARKNUM_FOLDEREND .. SC_MARKNUM_FOLDEROPEN.
constexpr int FirstFoldMarker = 25;
constexpr int LastFoldMarker = 31;

/// Syntax colours for one kind of background; the rest comes from the palette.
struct Scheme
{
    QColor comment;
    QColor keyword;
    QColor string;
    QColor number;
    QColor quotedIdentifier;
    QColor problem;
};

Scheme lightScheme()
{
    return {QColor(0x6a, 0x73, 0x7d), QColor(0x00, 0x33, 0xb3), QColor(0xa3, 0x15, 0x15),
            QColor(0x09, 0x86, 0x58), QColor(0x79, 0x5e, 0x26), QColor(0xd3, 0x2f, 0x2f)};
}

Scheme darkScheme()
{
    return {QColor(0x8b, 0x94, 0x9e), QColor(0x56, 0x9c, 0xd6), QColor(0xce, 0x91, 0x78),
            QColor(0xb5, 0xce, 0xa8), QColor(0xdc, 0xdc, 0xaa), QColor(0xf4, 0x87, 0x71)};
}

QColor blend(const QColor &base, const QColor &over, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (over.redF() - base.redF()) * amount,
                            base.greenF() + (over.greenF() - base.greenF()) * amount,
                            base.blueF() + (over.blueF() - base.blueF()) * amount);
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

/// A line's text without its line break.
QString lineContent(const QString &line)
{
    qsizetype end = line.size();
    while (end > 0
           && (line.at(end - 1) == QLatin1Char('\n') || line.at(end - 1) == QLatin1Char('\r')))
        --end;
    return line.left(end);
}

/// [start, end) in QString columns of what to underline for a problem at `column`.
std::pair<int, int> problemSpan(const QString &line, int column)
{
    const int length = int(line.size());
    int start = std::clamp(column, 0, length);
    if (start == length) {
        // Past the end ("at end of input"): underline the last token instead.
        while (start > 0 && line.at(start - 1).isSpace())
            --start;
        if (start == 0)
            return {0, 0};
        --start;
        while (start > 0 && isWordCharacter(line.at(start)) && isWordCharacter(line.at(start - 1)))
            --start;
    }
    int end = start;
    if (isWordCharacter(line.at(start))) {
        while (end < length && isWordCharacter(line.at(end)))
            ++end;
    } else {
        end = length;
        while (end > start + 1 && line.at(end - 1).isSpace())
            --end;
    }
    return {start, end};
}

} // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(4);
    setTabWidth(4);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setAnnotationDisplay(AnnotationBoxed);
    // Scintilla's default is a fixed 2000 px: a scroll bar under three short lines.
    setScrollWidth(1);
    setScrollWidthTracking(true);

    setMarginType(LineNumberMargin, NumberMargin);
    setMarginLineNumbers(LineNumberMargin, true);
    setMarginMarkerMask(LineNumberMargin, 0);
    m_problemMarker = markerDefine(Circle);
    setMarginType(ProblemMargin, SymbolMargin);
    setMarginWidth(ProblemMargin, 14);
    setMarginMarkerMask(ProblemMargin, 1 << m_problemMarker);
    setFolding(BoxedTreeFoldStyle, FoldMargin);

    m_problemIndicator = indicatorDefine(SquiggleLowIndicator);
    setIndicatorDrawUnder(false, m_problemIndicator);

    setAutoCompletionSource(AcsAll);
    setAutoCompletionThreshold(2);
    setAutoCompletionUseSingle(AcusNever);

    connect(this, &QsciScintilla::linesChanged, this, &SqlEditor::updateLineNumberWidth);
    setDialect(Dialect::PostgreSQL);
}

SqlEditor::~SqlEditor()
{
    // QsciAPIs prepares on a worker thread that calls into the lexer: stop it
    // (its destructor waits) while the lexer is still whole, not from the
    // lexer's own QObject destructor.
    m_lexer->setAPIs(nullptr);
    delete m_apis;
}

void SqlEditor::setDialect(Dialect dialect)
{
    SqlLexer *old = m_lexer;
    if (old)
        old->setAPIs(nullptr);
    delete m_apis; // see ~SqlEditor()
    m_apis = nullptr;
    m_dialect = dialect;
    m_lexer = new SqlLexer(dialect, this);
    // setLexer() reads keywords() and the properties now, so they are set first.
    setLexer(m_lexer);
    delete old;
    setAutoCompletionCaseSensitivity(false);
    applyColours();
    rebuildApis();
    renderProblems();
}

void SqlEditor::setCompletionCatalog(const Catalog &catalog)
{
    setCompletionEntries(completionEntriesFor(catalog));
}

void SqlEditor::setCompletionEntries(const QStringList &entries)
{
    m_completionEntries = entries;
    rebuildApis();
}

QStringList SqlEditor::completionEntriesFor(const Catalog &catalog)
{
    QStringList entries;
    auto addQualified = [&entries](const QString &qualifier, const QString &name) {
        entries << name;
        if (!qualifier.isEmpty())
            entries << qualifier + QLatin1Char('.') + name;
    };
    for (const Schema &schema : catalog.schemas) {
        entries << schema.name;
        for (const Table &table : schema.tables) {
            addQualified(schema.name, table.name);
            for (const Column &column : table.columns)
                addQualified(table.name, column.name);
        }
        for (const View &view : schema.views) {
            addQualified(schema.name, view.name);
            for (const QString &column : view.columns)
                addQualified(view.name, column);
        }
        for (const Routine &routine : schema.routines) {
            // "name(arguments)": the name completes, the arguments become a call tip.
            addQualified(schema.name,
                         routine.name + QLatin1Char('(') + routine.arguments + QLatin1Char(')'));
        }
    }
    entries.removeAll(QString());
    entries.sort(Qt::CaseInsensitive);
    entries.removeDuplicates();
    return entries;
}

void SqlEditor::rebuildApis()
{
    // A fresh QsciAPIs each time: cancelPreparation() on a preparation that
    // has just finished leaves its "finished" event pending, and QsciAPIs
    // then dereferences the worker it already deleted. Deleting the whole
    // object waits for its worker and drops its pending events.
    m_lexer->setAPIs(nullptr);
    delete m_apis;
    m_apis = new QsciAPIs(m_lexer); // registers itself with the lexer, which owns it
    for (const QString &entry : std::as_const(m_completionEntries))
        m_apis->add(entry);
    m_apis->prepare();
}

void SqlEditor::markProblem(int line, int column, const QString &message)
{
    const int lastLine = std::max(lines() - 1, 0);
    m_problems.append(Problem{std::clamp(line - 1, 0, lastLine), std::max(column - 1, 0), message});
    renderProblems();
}

void SqlEditor::clearProblems()
{
    m_problems.clear();
    renderProblems();
}

void SqlEditor::renderProblems()
{
    SendScintilla(SCI_SETINDICATORCURRENT, m_problemIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, length());
    markerDeleteAll(m_problemMarker);
    clearAnnotations();

    QMap<int, QStringList> messages;
    for (const Problem &problem : std::as_const(m_problems)) {
        const QString content = lineContent(text(problem.line));
        const auto [start, end] = problemSpan(content, problem.column);
        if (end > start) {
            fillIndicatorRange(problem.line, editorIndex(problem.line, start), problem.line,
                               editorIndex(problem.line, end), m_problemIndicator);
        }
        markerAdd(problem.line, m_problemMarker);
        messages[problem.line] << problem.message;
    }

    const Scheme scheme = m_dark ? darkScheme() : lightScheme();
    const QColor paper = palette().color(QPalette::Base);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setItalic(true);
    const QsciStyle style(ProblemAnnotationStyle, QStringLiteral("problem"),
                          palette().color(QPalette::Text), blend(paper, scheme.problem, 0.18),
                          font);
    for (auto it = messages.cbegin(); it != messages.cend(); ++it)
        annotate(it.key(), it.value().join(QLatin1Char('\n')), style);
}

int SqlEditor::editorIndex(int line, int column) const
{
    // QScintilla counts code points; a QString counts UTF-16 units.
    const QString content = text(line);
    return int(
        QStringView(content).left(std::min<qsizetype>(column, content.size())).toUcs4().size());
}

void SqlEditor::goToLine(int line)
{
    const int target = std::clamp(line - 1, 0, std::max(lines() - 1, 0));
    ensureLineVisible(target);
    const QString content = lineContent(text(target));
    setSelection(target, 0, target, editorIndex(target, int(content.size())));
    ensureCursorVisible();
}

void SqlEditor::updateLineNumberWidth()
{
    const int digits = std::max(2, int(QString::number(std::max(lines(), 1)).size()));
    if (digits == m_lineNumberDigits)
        return;
    m_lineNumberDigits = digits;
    // One spare digit of padding; the width is measured in the margin's font.
    setMarginWidth(LineNumberMargin, QString(digits + 1, QLatin1Char('9')));
}

void SqlEditor::applyColours()
{
    const QPalette pal = palette();
    m_dark = pal.color(QPalette::Window).lightness() < 128;
    const Scheme scheme = m_dark ? darkScheme() : lightScheme();
    const QColor paper = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor chrome = pal.color(QPalette::Window);
    const QColor quiet = pal.color(QPalette::PlaceholderText);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont bold = mono;
    bold.setBold(true);
    QFont italic = mono;
    italic.setItalic(true);

    m_lexer->setDefaultPaper(paper);
    m_lexer->setDefaultColor(text);
    m_lexer->setDefaultFont(mono);
    m_lexer->setPaper(paper, -1);
    m_lexer->setColor(text, -1);
    m_lexer->setFont(mono, -1);
    for (int style : {QsciLexerSQL::Comment, QsciLexerSQL::CommentLine, QsciLexerSQL::CommentDoc,
                      QsciLexerSQL::CommentLineHash, QsciLexerSQL::PlusComment}) {
        m_lexer->setColor(scheme.comment, style);
        m_lexer->setFont(italic, style);
    }
    m_lexer->setColor(scheme.comment, QsciLexerSQL::CommentDocKeyword);
    m_lexer->setColor(scheme.keyword, QsciLexerSQL::Keyword);
    m_lexer->setFont(bold, QsciLexerSQL::Keyword);
    m_lexer->setColor(scheme.keyword, QsciLexerSQL::PlusKeyword);
    m_lexer->setColor(scheme.string, QsciLexerSQL::SingleQuotedString);
    // PostgreSQL and SQLite read "x" as a name; MySQL (without ANSI_QUOTES) as a string.
    m_lexer->setColor(m_dialect == Dialect::MySQL ? scheme.string : scheme.quotedIdentifier,
                      QsciLexerSQL::DoubleQuotedString);
    m_lexer->setColor(scheme.quotedIdentifier, QsciLexerSQL::QuotedIdentifier);
    m_lexer->setColor(scheme.number, QsciLexerSQL::Number);
    m_lexer->setColor(text, QsciLexerSQL::Operator);
    m_lexer->setFont(mono, QsciLexerSQL::Operator);
    m_lexer->setColor(text, QsciLexerSQL::Identifier);
    m_lexer->setPaper(paper, QsciLexerSQL::PlusPrompt);

    setMarginsFont(mono);
    setMarginsBackgroundColor(chrome);
    setMarginsForegroundColor(quiet);
    setFoldMarginColors(chrome, chrome);
    for (int marker = FirstFoldMarker; marker <= LastFoldMarker; ++marker) {
        setMarkerForegroundColor(chrome, marker);
        setMarkerBackgroundColor(quiet, marker);
    }
    setMarkerForegroundColor(scheme.problem, m_problemMarker);
    setMarkerBackgroundColor(scheme.problem, m_problemMarker);
    setIndicatorForegroundColor(scheme.problem, m_problemIndicator);

    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(blend(paper, text, 0.07));
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    setMatchedBraceBackgroundColor(blend(paper, scheme.keyword, 0.25));
    setMatchedBraceForegroundColor(text);
    setUnmatchedBraceBackgroundColor(paper);
    setUnmatchedBraceForegroundColor(scheme.problem);

    m_lineNumberDigits = 0; // the margin font may have changed: measure again
    updateLineNumberWidth();
}

void SqlEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_lexer) {
        applyColours();
        renderProblems();
    }
}

} // namespace parity
