module.exports = { up: (qi) => qi.createTable('skipped_table', {}), down: (qi) => qi.dropTable('skipped_table') };
