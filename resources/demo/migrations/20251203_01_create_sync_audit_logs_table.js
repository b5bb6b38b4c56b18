'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    // The audit trail of the sync script: one row per table and run.
    await queryInterface.createTable('sync_audit_logs', {
      id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        primaryKey: true,
        autoIncrement: true
      },
      syncId: {
        type: Sequelize.STRING(36),
        allowNull: false
      },
      sourceEnvironment: {
        type: Sequelize.STRING(20),
        allowNull: false
      },
      targetEnvironment: {
        type: Sequelize.STRING(20),
        allowNull: false
      },
      tableName: {
        type: Sequelize.STRING(100),
        allowNull: false
      },
      action: {
        type: Sequelize.STRING(20),
        allowNull: false
      },
      rowsAffected: {
        type: Sequelize.INTEGER,
        allowNull: false,
        defaultValue: 0
      },
      status: {
        type: Sequelize.STRING(20),
        allowNull: false
      },
      errorMessage: {
        type: Sequelize.TEXT,
        allowNull: true
      },
      performedBy: {
        type: Sequelize.STRING(100),
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
    await queryInterface.addIndex('sync_audit_logs', ['syncId'], { name: 'sync_audit_logs_sync_id' });
    await queryInterface.addIndex('sync_audit_logs', ['createdAt'], { name: 'sync_audit_logs_created_at' });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.dropTable('sync_audit_logs');
  }
};
