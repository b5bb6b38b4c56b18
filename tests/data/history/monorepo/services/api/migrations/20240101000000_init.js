'use strict';
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('orders', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true },
    });
  },
  async down(queryInterface) {
    await queryInterface.dropTable('orders');
  },
};
