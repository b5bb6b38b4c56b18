'use strict';

const TAX_TABLE = `
  CREATE TABLE IF NOT EXISTS "tax_configurations" (
    id SERIAL PRIMARY KEY,
    region VARCHAR(8) NOT NULL, -- 'ZA', 'NA'; a ; in a comment
    rate NUMERIC(5, 4) NOT NULL
  );
  CREATE UNIQUE INDEX "tax_configurations_region_key" ON "tax_configurations" (region);
`;

module.exports = {
  up: async (queryInterface, Sequelize) => {
    await queryInterface.createTable('reseller_floats', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true },
      reseller_id: { type: Sequelize.INTEGER, allowNull: false },
      balance: { type: Sequelize.DECIMAL(14, 2), defaultValue: 0 },
    });
    await queryInterface.addColumn('reseller_floats', 'currency', {
      type: Sequelize.STRING(3),
      allowNull: false,
      defaultValue: 'ZAR',
    });
    await queryInterface.changeColumn('compliance_records', 'reference', { type: Sequelize.STRING(128) });
    await queryInterface.renameColumn('compliance_records', 'status', 'review_status');
    await queryInterface.removeColumn('sync_audit_logs', 'rows_copied');
    await queryInterface.addConstraint('reseller_floats', {
      fields: ['reseller_id'],
      type: 'foreign key',
      name: 'reseller_floats_reseller_fk',
      references: { table: 'resellers', field: 'id' },
    });
    await queryInterface.sequelize.query(TAX_TABLE);
    await queryInterface.sequelize.query(`ALTER TABLE "mobilemart_transactions" ADD COLUMN "settled_at" TIMESTAMP`);
  },

  down: async (queryInterface) => {
    await queryInterface.removeConstraint('reseller_floats', 'reseller_floats_reseller_fk');
    await queryInterface.renameColumn('compliance_records', 'review_status', 'status');
    await queryInterface.dropTable('reseller_floats');
    await queryInterface.sequelize.query('DROP TABLE "tax_configurations"');
  },
};
