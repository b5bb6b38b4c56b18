'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.createTable('flash_commission_tiers', {
      id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        primaryKey: true,
        autoIncrement: true
      },
      tierName: {
        type: Sequelize.STRING(50),
        allowNull: false,
        unique: true
      },
      minVolume: {
        type: Sequelize.DECIMAL(15, 2),
        allowNull: false
      },
      maxVolume: {
        type: Sequelize.DECIMAL(15, 2),
        allowNull: true
      },
      commissionRate: {
        type: Sequelize.DECIMAL(5, 4),
        allowNull: false
      },
      isActive: {
        type: Sequelize.BOOLEAN,
        allowNull: false,
        defaultValue: true
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
    await queryInterface.dropTable('flash_commission_tiers');
  }
};
