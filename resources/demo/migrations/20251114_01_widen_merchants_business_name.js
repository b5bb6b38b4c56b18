'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    // Registered business names run past 100 characters.
    await queryInterface.changeColumn('merchants', 'businessName', {
      type: Sequelize.STRING(255),
      allowNull: false
    });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.changeColumn('merchants', 'businessName', {
      type: Sequelize.STRING(100),
      allowNull: false
    });
  }
};
