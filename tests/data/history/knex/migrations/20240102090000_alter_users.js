exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.string('phone', 32).nullable();
    t.dropColumn('legacy_code');
    t.renameColumn('name', 'full_name');
    t.integer('age').unsigned().alter();
    t.index(['email', 'phone'], 'users_email_phone_idx');
    t.unique(['phone']);
    t.bigInteger('team_id').references('id').inTable('teams');
  });
  await knex.schema.withSchema('app').createTableIfNotExists('teams', (t) => {
    t.bigIncrements('id');
    t.string('title');
  });
};

exports.down = async (knex) => {
  await knex.schema.dropTable('teams');
  await knex.schema.alterTable('users', (t) => {
    t.dropUnique(['phone']);
    t.dropIndex(['email', 'phone'], 'users_email_phone_idx');
    t.renameColumn('full_name', 'name');
  });
};
