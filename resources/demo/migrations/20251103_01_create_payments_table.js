'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    // Keyed by an integer id until 20251113_01 moves the key to payment_id.
    await queryInterface.createTable('payments', {
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
      merchantId: {
        type: Sequelize.INTEGER,
        allowNull: true,
        references: { model: 'merchants', key: 'id' },
        onDelete: 'SET NULL'
      },
      amount: {
        type: Sequelize.DECIMAL(15, 2),
        allowNull: false
      },
      currency: {
        type: Sequelize.STRING(3),
        allowNull: false,
        defaultValue: 'ZAR'
      },
      status: {
        type: Sequelize.STRING(20),
        allowNull: false,
        defaultValue: 'initiated'
      },
      reference: {
        type: Sequelize.STRING(64),
        allowNull: true
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
    await queryInterface.addIndex('payments', ['walletId'], { name: 'payments_wallet_id' });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.dropTable('payments');
  }
};
