#include "ddldiffview.h"

#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace parity {

namespace {

/// Row backgrounds and the stronger word boxes, for a light or a dark Base.
struct DiffColours
{
    QColor added;
    QColor removed;
    QColor changed;
    QColor placeholder;
    QColor word;
};

DiffColours diffColours(bool dark)
{
    if (dark) {
        return {QColor(0x1f, 0x3f, 0x27), QColor(0x4b, 0x22, 0x26), QColor(0x47, 0x3b, 0x17),
                QColor(0x2b, 0x2b, 0x2e), QColor(0x9a, 0x74, 0x10)};
    }
    return {QColor(0xdc, 0xf5, 0xdf), QColor(0xfb, 0xdf, 0xe0), QColor(0xfd, 0xf0, 0xc8),
            QColor(0xee, 0xee, 0xf0), QColor(0xf2, 0xbb, 0x3c)};
}

/// The lexer styles whose colour is not the plain text colour, with what
/// they get on a dark Base; on a light one they keep QScintilla's defaults.
struct StyleColour
{
    int style;
    QColor dark;
};

const QList<StyleColour> &styleColours()
{
    static const QList<StyleColour> colours{
        {QsciLexerSQL::Comment, QColor(0x8a, 0xa6, 0x8a)},
        {QsciLexerSQL::CommentLine, QColor(0x8a, 0xa6, 0x8a)},
        {QsciLexerSQL::CommentDoc, QColor(0x8a, 0xa6, 0x8a)},
        {QsciLexerSQL::CommentLineHash, QColor(0x8a, 0xa6, 0x8a)},
        {QsciLexerSQL::Number, QColor(0xb5, 0xce, 0xa8)},
        {QsciLexerSQL::Keyword, QColor(0x7c, 0xb7, 0xff)},
        {QsciLexerSQL::KeywordSet5, QColor(0x7c, 0xb7, 0xff)},
        {QsciLexerSQL::DoubleQuotedString, QColor(0xe0, 0xc0, 0x80)},
        {QsciLexerSQL::SingleQuotedString, QColor(0xe8, 0x9a, 0x7a)},
        {QsciLexerSQL::QuotedIdentifier, QColor(0xe0, 0xc0, 0x80)},
    };
    return colours;
}

/// How many UTF-8 bytes (Scintilla's positions) `count` characters of `text` from `from` take.
int utf8Length(const QString &text, int from, int count)
{
    return int(QStringView(text).mid(from, count).toUtf8().size());
}

} // namespace

DdlDiffView::DdlDiffView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_info(new QLabel(this))
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    setUpSide(m_reference);
    setUpSide(m_target);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    // Long hazard lines wrap; unwrapped they would widen the whole window.
    m_info->setWordWrap(true);
    m_info->hide();

    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_reference.header, 0, 0);
    grid->addWidget(m_target.header, 0, 1);
    grid->addWidget(m_info, 1, 0, 1, 2);
    grid->addWidget(m_reference.editor, 2, 0);
    grid->addWidget(m_target.editor, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);

    m_stack->addWidget(m_message);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Rows line up, so the same first line and the same horizontal offset
    // show the same rows on both sides. Scintilla reports a scroll of its
    // own making (keys, wheel, setFirstVisibleLine) through SCN_UPDATEUI,
    // a little later; the scroll bars say it at once while being dragged.
    auto follow = [this](Side &from, Side &to) {
        connect(from.editor, &QsciScintillaBase::SCN_UPDATEUI, this,
                [this, &from, &to](int updated) {
                    if (updated & QsciScintillaBase::SC_UPDATE_V_SCROLL)
                        followVertical(from, to);
                    if (updated & QsciScintillaBase::SC_UPDATE_H_SCROLL)
                        followHorizontal(from, to);
                });
        connect(from.editor->verticalScrollBar(), &QScrollBar::valueChanged, this,
                [this, &from, &to] { followVertical(from, to); });
        connect(from.editor->horizontalScrollBar(), &QScrollBar::valueChanged, this,
                [this, &from, &to] { followHorizontal(from, to); });
    };
    follow(m_reference, m_target);
    follow(m_target, m_reference);

    applyColours();
    clear();
}

DdlDiffView::~DdlDiffView() = default;

void DdlDiffView::setUpSide(Side &side)
{
    side.header = new QLabel(this);
    side.header->setTextFormat(Qt::PlainText);
    side.header->setMinimumWidth(0);
    side.header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long name must not widen the window
    QFont bold = side.header->font();
    bold.setBold(true);
    side.header->setFont(bold);

    side.editor = new QsciScintilla(this);
    side.lexer = new QsciLexerSQL(side.editor);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    side.lexer->setDefaultFont(mono);
    side.lexer->setFont(mono);
    side.editor->setLexer(side.lexer);
    side.editor->setUtf8(true);
    side.editor->setReadOnly(true);
    side.editor->setWrapMode(QsciScintilla::WrapNone);
    side.editor->setFolding(QsciScintilla::NoFoldStyle);
    // Margin 0 holds each side's own line numbers as text, so that a
    // placeholder line has none; the symbol margins are not needed.
    side.editor->setMarginType(0, QsciScintilla::TextMarginRightJustified);
    side.editor->setMarginWidth(1, 0);
    side.editor->setMarginWidth(2, 0);
    side.editor->setMarginsFont(mono);
    side.editor->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTHTRACKING, 0UL);

    side.addedMarker = side.editor->markerDefine(QsciScintilla::Background);
    side.removedMarker = side.editor->markerDefine(QsciScintilla::Background);
    side.changedMarker = side.editor->markerDefine(QsciScintilla::Background);
    side.placeholderMarker = side.editor->markerDefine(QsciScintilla::Background);
    side.wordIndicator = side.editor->indicatorDefine(QsciScintilla::FullBoxIndicator);
    side.editor->setIndicatorDrawUnder(true, side.wordIndicator);
    side.editor->SendScintilla(QsciScintillaBase::SCI_INDICSETALPHA,
                               static_cast<unsigned long>(side.wordIndicator), 150L);
    side.editor->SendScintilla(QsciScintillaBase::SCI_INDICSETOUTLINEALPHA,
                               static_cast<unsigned long>(side.wordIndicator), 220L);
}

void DdlDiffView::showObject(const QString &referenceTitle, const QString &referenceDdl,
                             const QString &targetTitle, const QString &targetDdl, Dialect dialect,
                             const QString &info)
{
    m_rows = sideBySideDiff(referenceDdl, targetDdl);
    m_reference.header->setText(referenceTitle);
    m_target.header->setText(targetTitle);
    m_info->setText(info);
    m_info->setVisible(!info.isEmpty());

    const bool mysql = dialect == Dialect::MySQL;
    for (Side *side : {&m_reference, &m_target}) {
        side->lexer->setHashComments(mysql);
        side->lexer->setBackslashEscapes(mysql);
        side->lexer->setQuotedIdentifiers(mysql);
    }
    fill(m_reference, true);
    fill(m_target, false);
    syncScrollWidths();
    scrollToTop();
    m_stack->setCurrentIndex(1);
}

void DdlDiffView::clear(const QString &message)
{
    m_rows.clear();
    m_message->setText(message.isEmpty() ? tr("Select an object to see its DDL") : message);
    m_reference.header->clear();
    m_target.header->clear();
    m_info->clear();
    m_info->hide();
    fill(m_reference, true);
    fill(m_target, false);
    m_stack->setCurrentIndex(0);
}

void DdlDiffView::fill(Side &side, bool left)
{
    QStringList lines;
    lines.reserve(m_rows.size());
    int lastNumber = 0;
    for (const SideBySideRow &row : std::as_const(m_rows)) {
        lines << (left ? row.left : row.right);
        lastNumber = std::max(lastNumber, left ? row.leftLine : row.rightLine);
    }

    QsciScintilla *editor = side.editor;
    editor->setReadOnly(false);
    editor->setText(lines.join(QLatin1Char('\n')));
    editor->setReadOnly(true);
    editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    editor->clearMarginText();
    editor->markerDeleteAll();
    editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT,
                          static_cast<unsigned long>(side.wordIndicator));
    editor->SendScintilla(QsciScintillaBase::SCI_INDICATORCLEARRANGE, 0UL,
                          editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
    editor->setMarginWidth(0, QString(QString::number(lastNumber).size() + 1, QLatin1Char('9')));

    using Kind = SideBySideRow::Kind;
    for (int line = 0; line < m_rows.size(); ++line) {
        const SideBySideRow &row = m_rows[line];
        const int number = left ? row.leftLine : row.rightLine;
        if (number > 0)
            editor->setMarginText(line, QString::number(number),
                                  QsciScintillaBase::STYLE_LINENUMBER);
        switch (row.kind) {
        case Kind::Same:
            break;
        case Kind::Changed:
            editor->markerAdd(line, side.changedMarker);
            markWords(side, line, left ? row.left : row.right,
                      left ? row.leftSpans : row.rightSpans);
            break;
        case Kind::LeftOnly:
            editor->markerAdd(line, left ? side.addedMarker : side.placeholderMarker);
            break;
        case Kind::RightOnly:
            editor->markerAdd(line, left ? side.placeholderMarker : side.removedMarker);
            break;
        }
    }
}

void DdlDiffView::markWords(Side &side, int line, const QString &text, const QList<TextSpan> &spans)
{
    // Scintilla counts UTF-8 bytes; the spans count QString characters.
    const long lineStart = side.editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE,
                                                      static_cast<unsigned long>(line));
    side.editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT,
                               static_cast<unsigned long>(side.wordIndicator));
    for (const TextSpan &span : spans) {
        const long start = lineStart + utf8Length(text, 0, span.start);
        const long length = utf8Length(text, span.start, span.length);
        side.editor->SendScintilla(QsciScintillaBase::SCI_INDICATORFILLRANGE,
                                   static_cast<unsigned long>(start), length);
    }
}

void DdlDiffView::scrollToTop()
{
    for (Side *side : {&m_reference, &m_target}) {
        side->editor->setFirstVisibleLine(0);
        side->editor->SendScintilla(QsciScintillaBase::SCI_SETXOFFSET, 0UL);
        side->shownLine = 0;
        side->shownX = 0;
    }
}

void DdlDiffView::syncScrollWidths()
{
    // Both sides get the width of the longer one, so that their
    // horizontal scroll bars have one range and can follow each other.
    const int tabWidth = m_reference.editor->tabWidth();
    long width = 1;
    for (const SideBySideRow &row : std::as_const(m_rows)) {
        for (const QString *text : {&row.left, &row.right}) {
            QString expanded = *text;
            expanded.replace(QLatin1Char('\t'), QString(tabWidth, QLatin1Char(' ')));
            const QByteArray utf8 = expanded.toUtf8() + "  ";
            width =
                std::max(width,
                         m_reference.editor->SendScintilla(QsciScintillaBase::SCI_TEXTWIDTH,
                                                           static_cast<unsigned long>(
                                                               QsciScintillaBase::STYLE_DEFAULT),
                                                           utf8.constData()));
        }
    }
    for (Side *side : {&m_reference, &m_target})
        side->editor->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTH,
                                    static_cast<unsigned long>(width));
}

void DdlDiffView::followVertical(Side &from, Side &to)
{
    // Scintilla reports a scroll some time after it happened, and reports
    // the scroll that following caused too: only a position that differs
    // from the one both sides were last brought to is news.
    const int line = from.editor->firstVisibleLine();
    if (line == from.shownLine)
        return;
    from.shownLine = to.shownLine = line;
    if (to.editor->firstVisibleLine() != line)
        to.editor->setFirstVisibleLine(line);
}

void DdlDiffView::followHorizontal(Side &from, Side &to)
{
    const long x = from.editor->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET);
    if (x == from.shownX)
        return;
    from.shownX = to.shownX = x;
    // SCI_SETXOFFSET reports a scroll even when the offset stays.
    if (to.editor->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET) != x)
        to.editor->SendScintilla(QsciScintillaBase::SCI_SETXOFFSET, static_cast<unsigned long>(x));
}

void DdlDiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QWidget::changeEvent(event);
}

void DdlDiffView::applyColours()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    applyColours(m_reference, dark);
    applyColours(m_target, dark);
}

void DdlDiffView::applyColours(Side &side, bool dark)
{
    const QPalette pal = palette();
    QsciLexerSQL *lexer = side.lexer;
    lexer->setDefaultPaper(pal.color(QPalette::Base));
    lexer->setPaper(pal.color(QPalette::Base));
    lexer->setDefaultColor(pal.color(QPalette::Text));
    for (int style :
         {int(QsciLexerSQL::Default), int(QsciLexerSQL::Identifier), int(QsciLexerSQL::Operator)})
        lexer->setColor(pal.color(QPalette::Text), style);
    for (const StyleColour &colour : styleColours())
        lexer->setColor(dark ? colour.dark : lexer->defaultColor(colour.style), colour.style);

    QsciScintilla *editor = side.editor;
    editor->setMarginsBackgroundColor(pal.color(QPalette::Window));
    editor->setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    editor->setCaretForegroundColor(pal.color(QPalette::Text));

    const DiffColours colours = diffColours(dark);
    editor->setMarkerBackgroundColor(colours.added, side.addedMarker);
    editor->setMarkerBackgroundColor(colours.removed, side.removedMarker);
    editor->setMarkerBackgroundColor(colours.changed, side.changedMarker);
    editor->setMarkerBackgroundColor(colours.placeholder, side.placeholderMarker);
    editor->setIndicatorForegroundColor(colours.word, side.wordIndicator);
}

QColor DdlDiffView::rowColour(SideBySideRow::Kind kind) const
{
    const DiffColours colours = diffColours(palette().color(QPalette::Base).lightness() < 128);
    switch (kind) {
    case SideBySideRow::Kind::Same:
        return palette().color(QPalette::Base);
    case SideBySideRow::Kind::Changed:
        return colours.changed;
    case SideBySideRow::Kind::LeftOnly:
        return colours.added;
    case SideBySideRow::Kind::RightOnly:
        return colours.removed;
    }
    return {};
}

QColor DdlDiffView::wordColour() const
{
    return diffColours(palette().color(QPalette::Base).lightness() < 128).word;
}

bool DdlDiffView::isShowingObject() const
{
    return m_stack->currentIndex() == 1;
}

int DdlDiffView::rowCount() const
{
    return int(m_rows.size());
}

QString DdlDiffView::referenceText() const
{
    return m_reference.editor->text();
}

QString DdlDiffView::targetText() const
{
    return m_target.editor->text();
}

QString DdlDiffView::referenceTitle() const
{
    return m_reference.header->text();
}

QString DdlDiffView::targetTitle() const
{
    return m_target.header->text();
}

QString DdlDiffView::info() const
{
    return m_info->text();
}

QString DdlDiffView::message() const
{
    return m_message->text();
}

int DdlDiffView::markedLines(const Side &side, int marker) const
{
    int count = 0;
    const unsigned mask = 1u << marker;
    for (int line = side.editor->markerFindNext(0, mask); line >= 0;
         line = side.editor->markerFindNext(line + 1, mask))
        ++count;
    return count;
}

int DdlDiffView::indicatorRuns(const Side &side) const
{
    QsciScintilla *editor = side.editor;
    const auto indicator = static_cast<unsigned long>(side.wordIndicator);
    const long length = editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    int runs = 0;
    long position = 0;
    while (position < length) {
        if (editor->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, indicator, position)
            != 0)
            ++runs;
        const long end =
            editor->SendScintilla(QsciScintillaBase::SCI_INDICATOREND, indicator, position);
        if (end <= position)
            break;
        position = end;
    }
    return runs;
}

int DdlDiffView::changedRowCount() const
{
    return markedLines(m_reference, m_reference.changedMarker);
}

int DdlDiffView::addedRowCount() const
{
    return markedLines(m_reference, m_reference.addedMarker);
}

int DdlDiffView::removedRowCount() const
{
    return markedLines(m_target, m_target.removedMarker);
}

int DdlDiffView::markedSpanCount() const
{
    return indicatorRuns(m_reference) + indicatorRuns(m_target);
}

QsciScintilla *DdlDiffView::referenceEditor() const
{
    return m_reference.editor;
}

QsciScintilla *DdlDiffView::targetEditor() const
{
    return m_target.editor;
}

} // namespace parity
