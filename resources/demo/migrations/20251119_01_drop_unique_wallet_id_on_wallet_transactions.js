'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    // A wallet has many transactions: the index stays, its UNIQUE goes.
    await queryInterface.removeIndex('wallet_transactions', 'wallet_transactions_walletId');
    await queryInterface.addIndex('wallet_transactions', ['walletId'], {
      name: 'wallet_transactions_walletId'
    });
  },

  async down (queryInterface, Sequelize) {
    // Fails once a wallet has a second transaction.
    await queryInterface.removeIndex('wallet_transactions', 'wallet_transactions_walletId');
    await queryInterface.addIndex('wallet_transactions', ['walletId'], {
      name: 'wallet_transactions_walletId',
      unique: true
    });
  }
};
