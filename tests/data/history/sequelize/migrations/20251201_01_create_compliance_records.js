'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('compliance_records', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true },
      reference: { type: Sequelize.STRING(64), allowNull: false, unique: true },
      // the table name in a comment must not count: createTable('not_a_table')
      status: { type: Sequelize.ENUM('open', 'closed'), defaultValue: 'open' },
      created_at: { type: Sequelize.DATE, allowNull: false },
    });
    await queryInterface.addIndex('compliance_records', ['status', 'created_at']);
  },

  async down(queryInterface) {
    await queryInterface.dropTable('compliance_records');
  },
};
