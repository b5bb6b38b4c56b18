'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.createTable('mobilemart_transactions', {
      id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        primaryKey: true,
        autoIncrement: true
      },
      walletId: {
        type: Sequelize.INTEGER,
        allowNull: false,
        references: { model: 'wallets', key: 'id' }
      },
      productCode: {
        type: Sequelize.STRING(30),
        allowNull: false
      },
      mobileNumber: {
        type: Sequelize.STRING(20),
        allowNull: false
      },
      amount: {
        type: Sequelize.DECIMAL(15, 2),
        allowNull: false
      },
      mobilemartReference: {
        type: Sequelize.STRING(64),
        allowNull: true
      },
      status: {
        type: Sequelize.STRING(20),
        allowNull: false,
        defaultValue: 'pending'
      },
      createdAt: {
        type: Sequelize.DATE,
        allowNull: false
      },
      updatedAt: {
        type: Sequelize.DATE,
        allowNull: false
      }
    });
    await queryInterface.addIndex('mobilemart_transactions', ['walletId'], { name: 'mobilemart_transactions_wallet_id' });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.dropTable('mobilemart_transactions');
  }
};
