#include "sqlgenerator.h"

#include "mysql/mysqlsqlgenerator.h"
#include "postgres/postgressqlgenerator.h"
#include "sqlite/sqlitesqlgenerator.h"

namespace parity {

std::unique_ptr<SqlGenerator> SqlGenerator::create(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL: return std::make_unique<PostgresSqlGenerator>();
    case Dialect::MySQL: return std::make_unique<MysqlSqlGenerator>();
    case Dialect::SQLite: return std::make_unique<SqliteSqlGenerator>();
    }
    return nullptr;
}

} // namespace parity
