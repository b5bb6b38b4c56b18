exports.up = (knex) => knex.schema.createTable('deep_table', (t) => t.increments());
exports.down = (knex) => knex.schema.dropTable('deep_table');
