'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    const transaction = await queryInterface.sequelize.transaction();
    try {
      await queryInterface.createTable(
        'sync_audit_logs',
        {
          id: { type: Sequelize.UUID, defaultValue: Sequelize.UUIDV4, primaryKey: true },
          source_env: { type: Sequelize.STRING(32), allowNull: false },
          target_env: { type: Sequelize.STRING(32), allowNull: false },
          table_name: { type: Sequelize.STRING(128), allowNull: false },
          rows_copied: { type: Sequelize.INTEGER, defaultValue: 0 },
          performedBy: { type: Sequelize.STRING },
          createdAt: { type: Sequelize.DATE, allowNull: false },
        },
        { transaction }
      );
      await queryInterface.addIndex('sync_audit_logs', {
        fields: ['table_name', 'createdAt'],
        name: 'sync_audit_logs_table_created_idx',
        transaction,
      });
      await queryInterface.addIndex('sync_audit_logs', [{ name: 'performedBy', order: 'ASC' }], { transaction });
      await transaction.commit();
    } catch (err) {
      await transaction.rollback();
      throw err;
    }
  },

  async down(queryInterface) {
    await queryInterface.removeIndex('sync_audit_logs', 'sync_audit_logs_table_created_idx');
    await queryInterface.dropTable('sync_audit_logs');
  },
};
