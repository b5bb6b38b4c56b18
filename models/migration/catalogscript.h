#pragma once

#include "schema/catalog.h"

#include <QStringList>

namespace parity {

class SqlGenerator;

/// The statements that build the whole catalog in an empty database, in an
/// order that works: schemas, extensions, enum types, sequences, tables
/// (without foreign keys), sequence ownership, indexes, foreign keys, views
/// (each after the views it reads), routines, triggers.
QStringList createCatalogStatements(const Catalog &catalog, const SqlGenerator &generator);

/// The same as one script for the dialect's own client: statements end with
/// ";" (MySQL routine and trigger bodies are wrapped in DELIMITER), with a
/// header comment.
QString createCatalogScript(const Catalog &catalog, const SqlGenerator &generator);

/// Views ordered so that each comes after the views its definition names
/// (a textual match on the name; ties keep name order). Shared by the
/// script writers and the planner.
QList<const View *> viewsInDependencyOrder(const Schema &schema);

} // namespace parity
