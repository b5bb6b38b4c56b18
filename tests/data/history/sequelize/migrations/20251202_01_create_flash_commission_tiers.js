'use strict';

module.exports = {
  up: (queryInterface, Sequelize) =>
    queryInterface.createTable(
      { tableName: 'flash_commission_tiers', schema: 'public' },
      {
        id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true },
        name: { type: Sequelize.STRING, allowNull: false },
        rate: { type: Sequelize.DECIMAL(5, 4), allowNull: false },
      }
    ),
  down: (queryInterface) => queryInterface.dropTable({ tableName: 'flash_commission_tiers', schema: 'public' }),
};
