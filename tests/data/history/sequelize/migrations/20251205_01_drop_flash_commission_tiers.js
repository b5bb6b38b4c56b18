'use strict';

// flash_commission_tiers was deprecated in favour of reseller_floats.
module.exports = {
  async up(queryInterface) {
    await queryInterface.removeIndex('compliance_records', ['status', 'created_at']);
    await queryInterface.dropTable('flash_commission_tiers');
  },
  async down() {
    // Irreversible: the tiers are gone for good.
  },
};
