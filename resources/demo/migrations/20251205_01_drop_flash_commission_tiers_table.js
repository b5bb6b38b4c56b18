'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    // The tiers are deprecated. Their rows go with the table: export them
    // first if they are still wanted.
    await queryInterface.dropTable('flash_commission_tiers');
  },

  async down (queryInterface, Sequelize) {
    // The table as 20251115_01 created it, empty.
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
  }
};
