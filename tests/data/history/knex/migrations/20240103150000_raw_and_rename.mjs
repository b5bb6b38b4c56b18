export async function up(knex) {
  await knex.raw(`
    CREATE INDEX CONCURRENTLY IF NOT EXISTS users_created_at_idx ON users (created_at);
    -- DROP TABLE users;   (a comment: not a statement)
    COMMENT ON TABLE users IS 'CREATE TABLE in a string is not a statement';
  `);
  await knex.schema.renameTable('teams', 'squads');
  await knex.schema.table('squads', function (tbl) {
    tbl.dropTimestamps();
    tbl.dropForeign('owner_id');
  });
}

export async function down(knex) {
  await knex.schema.renameTable('squads', 'teams');
}

export const config = { transaction: false };
