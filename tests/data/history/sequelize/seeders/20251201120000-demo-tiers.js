'use strict';

module.exports = {
  async up(queryInterface) {
    await queryInterface.bulkInsert('flash_commission_tiers', [{ name: 'bronze', rate: 0.01 }]);
  },
  async down(queryInterface) {
    await queryInterface.bulkDelete('flash_commission_tiers', null, {});
  },
};
