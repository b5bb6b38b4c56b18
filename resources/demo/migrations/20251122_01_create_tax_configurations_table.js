'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.createTable('tax_configurations', {
      id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        primaryKey: true,
        autoIncrement: true
      },
      taxName: {
        type: Sequelize.STRING(50),
        allowNull: false
      },
      rate: {
        type: Sequelize.DECIMAL(5, 4),
        allowNull: false
      },
      appliesTo: {
        type: Sequelize.STRING(30),
        allowNull: false
      },
      effectiveFrom: {
        type: Sequelize.DATEONLY,
        allowNull: false
      },
      effectiveTo: {
        type: Sequelize.DATEONLY,
        allowNull: true
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
    // A rate is a fraction: 0.15 for 15 %.
    await queryInterface.addConstraint('tax_configurations', {
      type: 'check',
      fields: ['rate'],
      where: { rate: { [Sequelize.Op.gte]: 0, [Sequelize.Op.lt]: 1 } }
    });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.dropTable('tax_configurations');
  }
};
