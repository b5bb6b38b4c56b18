'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.createTable('compliance_records', {
      id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        primaryKey: true,
        autoIncrement: true
      },
      userId: {
        type: Sequelize.INTEGER,
        allowNull: false,
        references: { model: 'users', key: 'id' }
      },
      checkType: {
        type: Sequelize.STRING(30),
        allowNull: false
      },
      result: {
        type: Sequelize.STRING(20),
        allowNull: false
      },
      riskScore: {
        type: Sequelize.DECIMAL(5, 2),
        allowNull: true
      },
      reviewedBy: {
        type: Sequelize.INTEGER,
        allowNull: true,
        references: { model: 'users', key: 'id' }
      },
      notes: {
        type: Sequelize.TEXT,
        allowNull: true
      },
      checkedAt: {
        type: Sequelize.DATE,
        allowNull: false
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
    await queryInterface.addIndex('compliance_records', ['userId'], { name: 'compliance_records_user_id' });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.dropTable('compliance_records');
  }
};
