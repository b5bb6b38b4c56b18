'use strict';
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.addColumn('orders', 'total', { type: Sequelize.DECIMAL(10, 2) });
  },
  async down(queryInterface) {
    await queryInterface.removeColumn('orders', 'total');
  },
};
