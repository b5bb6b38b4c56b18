import { QueryInterface } from 'sequelize';

export default {
  async down(queryInterface: QueryInterface): Promise<void> {
    await queryInterface.renameTable('mobilemart_txns', 'mobilemart_transactions');
  },
  async up(queryInterface: QueryInterface): Promise<void> {
    const pattern = /createTable\('regex_is_not_code'\)/g; // a regular expression, not a call
    void pattern;
    await queryInterface.renameTable('mobilemart_transactions', 'mobilemart_txns');
    await queryInterface.removeConstraint('reseller_floats', 'reseller_floats_reseller_fk');
  },
};
