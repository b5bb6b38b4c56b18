'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.createTable('settlement_batches', {
      id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        primaryKey: true,
        autoIncrement: true
      },
      merchantId: {
        type: Sequelize.INTEGER,
        allowNull: false,
        references: { model: 'merchants', key: 'id' }
      },
      batchDate: {
        type: Sequelize.DATEONLY,
        allowNull: false
      },
      totalAmount: {
        type: Sequelize.DECIMAL(15, 2),
        allowNull: false,
        defaultValue: '0.00'
      },
      status: {
        type: Sequelize.STRING(20),
        allowNull: false,
        defaultValue: 'open'
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
    // One batch per merchant and day.
    await queryInterface.addIndex('settlement_batches', ['merchantId', 'batchDate'], {
      name: 'settlement_batches_merchant_id_batch_date',
      unique: true
    });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.dropTable('settlement_batches');
  }
};
