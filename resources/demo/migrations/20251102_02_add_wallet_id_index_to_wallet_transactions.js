'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    // UNIQUE allows one transaction per wallet: the mistake that
    // 20251119_01 undoes.
    await queryInterface.addIndex('wallet_transactions', ['walletId'], {
      name: 'wallet_transactions_walletId',
      unique: true
    });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.removeIndex('wallet_transactions', 'wallet_transactions_walletId');
  }
};
