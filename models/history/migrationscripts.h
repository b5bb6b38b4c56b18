#pragma once

#include "history/migrationfolder.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What the scanner reads from the migration scripts of each language. The
// readers work on text (no file access) so they can be tested on their own;
// they never fail: what they do not recognise they skip.

namespace parity {

/// What one script's up direction does, and whether it can be undone.
struct ScriptReading
{
    QList<MigrationTouch> touches;
    bool hasDown = false;
};

/// What the script readers share: collecting touches, leaving out the ones
/// that name nothing a difference could be matched to.
class TouchRecorder
{
protected:
    using Action = MigrationTouch::Action;

    /// Kept when it names a table or an index (a DROP INDEX may name only
    /// the index; the scanner finds its table later), and a rename its new name.
    void add(Action action, const QString &table, const QString &column = {}, const QString &index = {},
             const QString &newName = {})
    {
        if (table.isEmpty() && index.isEmpty())
            return;
        if (action == Action::Rename && newName.isEmpty())
            return;
        m_touches.append(MigrationTouch{action, table, column, index, newName});
    }

    /// An operation on one column; nothing without the column's name.
    void column(Action action, const QString &table, const QString &name)
    {
        if (!name.isEmpty())
            add(action, table, name);
    }

    /// An operation on an index or constraint; without its name, a change to the table.
    void index(Action action, const QString &table, const QString &name)
    {
        if (name.isEmpty())
            add(Action::Alter, table);
        else
            add(action, table, {}, name);
    }

    QList<MigrationTouch> m_touches;
};

/// Sequelize and Knex: the `up` half of the module (never `down`).
ScriptReading readNodeMigration(const QString &source);

/// What a Django app's earlier migrations said about its models, which later
/// ones need: AddField names a model, and the table is the model's db_table.
struct DjangoAppState
{
    struct Field
    {
        QString column;   ///< empty for a many-to-many field
        QString m2mTable; ///< the join table a many-to-many field without `through` makes
    };
    struct Model
    {
        QString table;
        QHash<QString, Field> fields; ///< by field name
    };
    QString app;
    QHash<QString, Model> models; ///< by lower-case model name
};

/// A Django migration's operations, in order, updating `state`. hasDown
/// unless an operation cannot be reversed (RunPython without reverse_code,
/// RunSQL without reverse_sql).
ScriptReading readDjangoMigration(const QString &source, DjangoAppState &state);

/// An Alembic revision file.
struct AlembicScript
{
    bool hasRevision = false; ///< a `revision = '…'` line was found
    QString revision;
    QStringList downRevisions;
    ScriptReading reading; ///< from `def upgrade` only; hasDown when `def downgrade` does something
};
AlembicScript readAlembicScript(const QString &source);

/// A Rails migration: `def change` or `def up` (never `def down`, nor the
/// `down` half of a `reversible` block). hasDown with `def down` or `def change`.
ScriptReading readRailsMigration(const QString &source);

} // namespace parity
