'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.createTable('reseller_floats', {
      id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        primaryKey: true,
        autoIncrement: true
      },
      // One float per merchant.
      merchantId: {
        type: Sequelize.INTEGER,
        allowNull: false,
        unique: true,
        references: { model: 'merchants', key: 'id' }
      },
      floatBalance: {
        type: Sequelize.DECIMAL(15, 2),
        allowNull: false,
        defaultValue: '0.00'
      },
      creditLimit: {
        type: Sequelize.DECIMAL(15, 2),
        allowNull: false,
        defaultValue: '0.00'
      },
      lastTopUpAt: {
        type: Sequelize.DATE,
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
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.dropTable('reseller_floats');
  }
};
