'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.addIndex('wallet_transactions', ['createdAt'], {
      name: 'wallet_transactions_created_at'
    });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.removeIndex('wallet_transactions', 'wallet_transactions_created_at');
  }
};
