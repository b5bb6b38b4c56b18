'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.addColumn('wallets', 'dailyLimit', {
      type: Sequelize.DECIMAL(15, 2),
      allowNull: true,
      defaultValue: '5000.00'
    });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.removeColumn('wallets', 'dailyLimit');
  }
};
