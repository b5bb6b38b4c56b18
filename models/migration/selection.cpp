#include "selection.h"

#include "selection/needs.h"
#include "selection/support.h"

#include <QHash>
#include <QMap>

namespace parity {

using namespace selection;

namespace {

/// Settles one selection: the chosen changes, grown and shrunk until every
/// object of the selected TO finds what it refers to. Within one attempt a
/// change is decided against the ticks at most once, which bounds the work
/// and keeps a later rule from silently undoing an earlier note; when both
/// ways out of a need are taken, the next attempt starts with the one it
/// prefers decided (pinned). Decisions that lost their reason on the way
/// are dropped at the end.
class Closure
{
public:
    Closure(const Catalog &from, const Catalog &to, const SchemaDiff &diff, const QSet<int> &chosen)
        : m_from(from)
        , m_aligned(align(to, from))
        , m_diff(diff)
        , m_context(from, m_aligned.catalog, diff)
        , m_index(m_context.index)
        , m_qualify(from.schemas.size() > 1 || to.schemas.size() > 1)
    {
        for (int i : chosen) {
            if (i >= 0 && i < diff.changes.size())
                m_chosen.insert(i);
        }
        findSpelledViews();
    }

    SelectionOutcome run();

private:
    QString action(int change) const
    {
        return selectionChangeText(m_diff.changes[change], m_qualify);
    }
    QString object(int change) const
    {
        const ObjectChange &c = m_diff.changes[change];
        return objectText(c.kind, c.schema, c.table, c.name, m_qualify);
    }
    bool flip(int change, bool include, int because, const QString &text);
    /// Both ways out of a need are taken by earlier decisions: the
    /// preferred one is made first on the next attempt.
    void stuck(int change, bool include, int because, const QString &text, int otherChange,
               bool otherInclude, int otherBecause, const QString &otherText);
    bool attempt(Catalog &target);
    bool holds(const QSet<int> &included);
    void prune(Catalog &target);

    bool schemaRules();
    bool columnOrderRules();
    bool foreignKeyTypeRules();
    void findSpelledViews();
    bool viewSpellingRules();
    bool settle(const Need &need);

    const Catalog &m_from;
    AlignedTo m_aligned;
    const SchemaDiff &m_diff;
    NeedContext m_context;
    const ChangeIndex &m_index;
    bool m_qualify;
    QSet<int> m_included;
    QSet<int> m_chosen;
    QHash<int, bool> m_decided; ///< change -> included, for changes a rule decided
    QList<SelectionNote> m_notes;
    /// Decisions an earlier attempt found it needed first, and their notes
    /// (ordered maps: the same selection settles the same way every time).
    QMap<int, SelectionNote> m_pins;
    QMap<int, bool> m_pinned;
    bool m_restart = false;
    /// (view change, column change) pairs: the server spells the view's
    /// text after the column's type.
    QList<std::pair<int, int>> m_spelledViews;
    bool m_checking = false; ///< rules only look: a flip they ask for is a violation
    bool m_violated = false;
};

bool Closure::flip(int change, bool include, int because, const QString &text)
{
    if (change < 0 || m_included.contains(change) == include)
        return false;
    if (m_checking) {
        m_violated = true;
        return false;
    }
    if (m_decided.contains(change))
        return false;
    m_decided.insert(change, include);
    if (include)
        m_included.insert(change);
    else
        m_included.remove(change);
    m_notes.append(SelectionNote{change, because, text});
    return true;
}

bool Closure::schemaRules()
{
    bool flipped = false;
    for (int sc = 0; sc < m_diff.changes.size(); ++sc) {
        const ObjectChange &schema = m_diff.changes[sc];
        if (schema.kind != ObjectKind::Schema || schema.change == ChangeKind::Changed)
            continue;
        for (int c : m_index.inSchema(schema.schema)) {
            if (schema.change == ChangeKind::Added && m_included.contains(c)
                && !m_included.contains(sc)) {
                const QString why = QStringLiteral("%1 is in %2").arg(object(c), object(sc));
                if (!flip(sc, true, c,
                          why + QStringLiteral(", so %1 is included.").arg(action(sc))))
                    flipped |= flip(c, false, sc,
                                    why
                                        + QStringLiteral(", which stays out, so %1 is left out.")
                                              .arg(action(c)));
                else
                    flipped = true;
            } else if (schema.change == ChangeKind::Removed && m_included.contains(sc)
                       && !m_included.contains(c)) {
                if (flip(c, true, sc,
                         QStringLiteral("%1 takes %2 with it, so %3 is included.")
                             .arg(action(sc), object(c), action(c))))
                    flipped = true;
                else
                    flipped |= flip(sc, false, c,
                                    QStringLiteral("%1 stays, so %2 is left out.")
                                        .arg(object(c), action(sc)));
            }
        }
    }
    return flipped;
}

bool Closure::columnOrderRules()
{
    // The order of a table's columns is one property: moving one column
    // moves others, so the moves of a table go in or stay out together.
    QHash<QString, QList<int>> moves;
    QStringList tables;
    for (int i = 0; i < m_diff.changes.size(); ++i) {
        const ObjectChange &c = m_diff.changes[i];
        if (c.kind == ObjectKind::Column && c.change == ChangeKind::Changed
            && hasField(c, "position")) {
            const QString key = c.schema + QChar(0x1f) + c.table;
            if (!moves.contains(key))
                tables << key;
            moves[key].append(i);
        }
    }
    bool flipped = false;
    for (const QString &key : std::as_const(tables)) {
        const QList<int> &group = moves[key];
        int first = -1;
        for (int i : group) {
            if (m_included.contains(i)) {
                first = i;
                break;
            }
        }
        if (first < 0)
            continue;
        const ObjectChange &f = m_diff.changes[first];
        const QString table = objectText(ObjectKind::Table, f.schema, {}, f.table, m_qualify);
        for (int i : group) {
            if (m_included.contains(i))
                continue;
            const QString text =
                QStringLiteral("%1 moves within %2, and a table's columns change order together, "
                               "so %3 is included.")
                    .arg(object(first), table, action(i));
            if (flip(i, true, first, text)) {
                flipped = true;
                continue;
            }
            // That move was settled as left out: so are the others.
            for (int j : group) {
                flipped |=
                    flip(j, false, i,
                         QStringLiteral(
                             "%1 stays where it is, and a table's columns change order together, "
                             "so %2 is left out.")
                             .arg(object(i), action(j)));
            }
            break;
        }
    }
    return flipped;
}

bool Closure::foreignKeyTypeRules()
{
    // SQLite compares values whatever the declared types; elsewhere a key
    // and the columns it joins must agree on the type.
    if (m_aligned.catalog.dialect == Dialect::SQLite)
        return false;
    bool flipped = false;
    for (int f = 0; f < m_diff.changes.size(); ++f) {
        const ObjectChange &c = m_diff.changes[f];
        if (c.kind != ObjectKind::ForeignKey || c.change == ChangeKind::Removed)
            continue;
        const Table *t = m_context.toNames.table(c.schema, c.table);
        if (!t)
            continue;
        for (const ForeignKey &fk : t->foreignKeys) {
            if (fk.name != c.name)
                continue;
            const QString refSchema =
                fk.referencedSchema.isEmpty() ? c.schema : fk.referencedSchema;
            QList<int> typed;
            for (const QString &col : fk.columns)
                typed << m_index.inTo(ObjectKind::Column, c.schema, c.table, col);
            for (const QString &col : fk.referencedColumns)
                typed << m_index.inTo(ObjectKind::Column, refSchema, fk.referencedTable, col);
            for (int k : typed) {
                if (k < 0 || m_diff.changes[k].change != ChangeKind::Changed
                    || !hasField(m_diff.changes[k], "type"))
                    continue;
                if (m_included.contains(f) && !m_included.contains(k)) {
                    flipped |=
                        flip(k, true, f,
                             QStringLiteral("%1 needs the new type of %2, so %3 is included.")
                                 .arg(object(f), object(k), action(k)));
                } else if (m_included.contains(k) && !m_included.contains(f)) {
                    flipped |=
                        flip(f, true, k,
                             QStringLiteral("%1 changes type and %2 joins it, so %3 is included.")
                                 .arg(object(k), object(f), action(f)));
                }
            }
        }
    }
    return flipped;
}

void Closure::findSpelledViews()
{
    // PostgreSQL and MySQL keep a view as they print it, casts included
    // ("reading > 10::numeric" once reading is numeric): a changed view
    // reading a column whose type changes may differ only in that spelling,
    // and whichever of the two is made, the server prints the other. SQLite
    // keeps the text as written.
    if (m_aligned.catalog.dialect == Dialect::SQLite)
        return;
    QHash<QString, QList<int>> typeChanges; // lower table name -> column changes
    for (int k = 0; k < m_diff.changes.size(); ++k) {
        const ObjectChange &c = m_diff.changes[k];
        if (c.kind == ObjectKind::Column && c.change == ChangeKind::Changed
            && (hasField(c, "type") || hasField(c, "collation")))
            typeChanges[c.table.toLower()].append(k);
    }
    if (typeChanges.isEmpty())
        return;
    auto definitionOf = [&](const CatalogNames &names, const QString &word) {
        QString text;
        for (const auto &[schema, name] : names.views.value(word)) {
            if (const View *v = names.view(schema, name))
                text += v->definition + QLatin1Char(' ');
        }
        return text;
    };
    for (int v = 0; v < m_diff.changes.size(); ++v) {
        const ObjectChange &c = m_diff.changes[v];
        if ((c.kind != ObjectKind::View && c.kind != ObjectKind::MaterializedView)
            || c.change != ChangeKind::Changed || !hasField(c, "definition"))
            continue;
        // What the view reads, through the views it reads.
        QSet<QString> words;
        QStringList pending{c.name.toLower()};
        QSet<QString> seen;
        while (!pending.isEmpty()) {
            const QString view = pending.takeLast();
            if (seen.contains(view))
                continue;
            seen.insert(view);
            const QSet<QString> read = mentionedNames(definitionOf(m_context.toNames, view)
                                                      + definitionOf(m_context.fromNames, view));
            for (const QString &w : read) {
                words.insert(w);
                if (!seen.contains(w)
                    && (m_context.toNames.views.contains(w)
                        || m_context.fromNames.views.contains(w)))
                    pending.append(w);
            }
        }
        for (const QString &table : words) {
            for (int k : typeChanges.value(table)) {
                if (words.contains(m_diff.changes[k].name.toLower()))
                    m_spelledViews.append({v, k});
            }
        }
    }
}

bool Closure::viewSpellingRules()
{
    bool flipped = false;
    for (const auto &[v, k] : std::as_const(m_spelledViews)) {
        if (m_included.contains(k) && !m_included.contains(v)) {
            flipped |= flip(v, true, k,
                            QStringLiteral("%1 spells %2 after the type of %3, so %4 is included.")
                                .arg(dialectDisplayName(m_aligned.catalog.dialect), object(v),
                                     object(k), action(v)));
        } else if (m_included.contains(v) && !m_included.contains(k)) {
            flipped |=
                flip(k, true, v,
                     QStringLiteral("%1 is spelled for the new type of %2, so %3 is included.")
                         .arg(object(v), object(k), action(k)));
        }
    }
    return flipped;
}

void Closure::stuck(int change, bool include, int because, const QString &text, int otherChange,
                    bool otherInclude, int otherBecause, const QString &otherText)
{
    for (const auto &[c, in, why, words] :
         {std::tuple(change, include, because, text),
          std::tuple(otherChange, otherInclude, otherBecause, otherText)}) {
        if (c >= 0 && !m_pinned.contains(c)) {
            m_pinned.insert(c, in);
            m_pins.insert(c, SelectionNote{c, why, words});
            m_restart = true;
            return;
        }
    }
}

bool Closure::settle(const Need &n)
{
    // An earlier need of the same round may have settled this one already
    // (TO's side: the referrer is in and what it needs is out; FROM's side
    // the other way round).
    const bool settled =
        m_included.contains(n.responsible) == !n.fromSide
        || (n.referrer >= 0 && m_included.contains(n.referrer) == n.fromSide)
        || (n.referrer < 0 && n.alsoBecause >= 0 && !m_included.contains(n.alsoBecause));
    if (settled)
        return false;
    const int because = n.referrer >= 0 ? n.referrer : n.alsoBecause;
    QString text;
    QString otherText;
    if (!n.fromSide) {
        // TO's version of something needs what TO has: bring it in.
        text = QStringLiteral("%1 needs %2, so %3 is included.")
                   .arg(n.referrerText, n.referentText, action(n.responsible));
        if (flip(n.responsible, true, because, text))
            return true;
        // Otherwise what puts the object that needs it there stays out: its
        // change, or for an object that does not change, the change that
        // took away FROM's version of what it needs.
        const int other = n.referrer >= 0 ? n.referrer : n.alsoBecause;
        if (other < 0)
            return false;
        otherText = QStringLiteral("%1 needs %2, and %3 stays out, so %4 is left out.")
                        .arg(n.referrerText, n.referentText, action(n.responsible), action(other));
        if (flip(other, false, n.responsible, otherText))
            return true;
        stuck(n.responsible, true, because, text, other, false, n.responsible, otherText);
        return false;
    }
    if (n.scope) {
        // What goes takes what lives in it along.
        text = QStringLiteral("%1 takes %2 with it, so %3 is included.")
                   .arg(action(n.responsible), n.referrerText, action(n.referrer));
        otherText = QStringLiteral("%1 is left as it is and needs %2, so %3 is left out.")
                        .arg(n.referrerText, n.referentText, action(n.responsible));
        if (flip(n.referrer, true, n.responsible, text)
            || flip(n.responsible, false, n.referrer, otherText))
            return true;
        stuck(n.referrer, true, n.responsible, text, n.responsible, false, n.referrer, otherText);
        return false;
    }
    // Something left as FROM has it still needs what FROM has: keep it.
    text = QStringLiteral("%1 is left as it is and needs %2, so %3 is left out.")
               .arg(n.referrerText, n.referentText, action(n.responsible));
    otherText = QStringLiteral("%1 is included and %2 needs %3 as it is, so %4 is included too.")
                    .arg(action(n.responsible), n.referrerText, n.referentText, action(n.referrer));
    if (flip(n.responsible, false, n.referrer, text)
        || flip(n.referrer, true, n.responsible, otherText))
        return true;
    stuck(n.responsible, false, n.referrer, text, n.referrer, true, n.responsible, otherText);
    return false;
}

bool Closure::attempt(Catalog &target)
{
    m_included = m_chosen;
    m_decided.clear();
    m_notes.clear();
    m_restart = false;
    for (auto it = m_pinned.cbegin(); it != m_pinned.cend(); ++it) {
        const SelectionNote &note = m_pins[it.key()];
        flip(it.key(), it.value(), note.because, note.text);
        m_decided.insert(it.key(), it.value());
    }
    for (;;) {
        if (schemaRules() || columnOrderRules() || foreignKeyTypeRules() || viewSpellingRules())
            continue;
        target = undoAligned(m_from, m_aligned.catalog, m_diff, m_included);
        QList<Need> needs = findNeeds(m_context, target, m_included);
        // An object that goes with what contains it needs nothing else;
        // then keeping what stays, which may make the rest moot (a column
        // kept for a view no longer takes its index along).
        QSet<int> leaving;
        for (const Need &n : std::as_const(needs)) {
            if (n.fromSide && n.scope)
                leaving.insert(n.referrer);
        }
        std::ranges::stable_sort(needs, {}, [&](const Need &n) {
            if (!n.fromSide)
                return 3;
            if (leaving.contains(n.referrer))
                return n.scope ? 0 : 4;
            return n.scope ? 2 : 1;
        });
        bool flipped = false;
        for (const Need &n : std::as_const(needs)) {
            flipped |= settle(n);
            if (m_restart)
                return false;
        }
        if (!flipped)
            return true;
    }
}

bool Closure::holds(const QSet<int> &included)
{
    const QSet<int> saved = m_included;
    m_included = included;
    m_checking = true;
    m_violated = false;
    schemaRules();
    columnOrderRules();
    foreignKeyTypeRules();
    viewSpellingRules();
    m_checking = false;
    bool ok = !m_violated;
    if (ok) {
        const Catalog target = undoAligned(m_from, m_aligned.catalog, m_diff, m_included);
        ok = findNeeds(m_context, target, m_included).isEmpty();
    }
    m_included = saved;
    return ok;
}

void Closure::prune(Catalog &target)
{
    // A decision can lose its reason to a later one (a key kept for its
    // table, then dropped with its column after all): what is not needed
    // any more goes back to what the person ticked, latest first. Only a
    // decision about a change that something later moved can have lost its
    // reason, and only those are tried (each try settles a whole TO).
    QSet<int> moved;
    bool any = false;
    bool pruned = true;
    while (pruned) {
        pruned = false;
        QSet<int> later = moved;
        for (qsizetype k = m_notes.size() - 1; k >= 0; --k) {
            const SelectionNote note = m_notes[k];
            const bool suspect =
                later.contains(note.change) || (note.because >= 0 && later.contains(note.because));
            later.insert(note.change);
            if (!suspect)
                continue;
            QSet<int> trial = m_included;
            if (m_chosen.contains(note.change))
                trial.insert(note.change);
            else
                trial.remove(note.change);
            if (!holds(trial))
                continue;
            m_included = trial;
            m_notes.removeAt(k);
            moved.insert(note.change);
            pruned = any = true;
        }
    }
    if (any)
        target = undoAligned(m_from, m_aligned.catalog, m_diff, m_included);
}

SelectionOutcome Closure::run()
{
    Catalog target;
    // Each failed attempt pins one more decision, so this ends.
    while (!attempt(target)) {
    }
    prune(target);
    restoreSchemaName(target, m_aligned.originalSchema);
    return SelectionOutcome{target, m_included, m_notes};
}

} // namespace

QString selectionChangeText(const ObjectChange &change, bool qualifyBySchema)
{
    const QString object =
        objectText(change.kind, change.schema, change.table, change.name, qualifyBySchema);
    switch (change.change) {
    case ChangeKind::Added:
        return QStringLiteral("adding ") + object;
    case ChangeKind::Removed:
        return QStringLiteral("dropping ") + object;
    case ChangeKind::Changed:
        break;
    }
    const bool onlyMoves =
        !change.fields.isEmpty() && std::ranges::all_of(change.fields, [](const FieldChange &f) {
            return f.field == QLatin1String("position");
        });
    return (onlyMoves ? QStringLiteral("moving ") : QStringLiteral("changing ")) + object;
}

SelectionOutcome applySelection(const Catalog &from, const Catalog &to, const SchemaDiff &diff,
                                const QSet<int> &chosen)
{
    return Closure(from, to, diff, chosen).run();
}

} // namespace parity
