'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    // Fails where a user has no phone number yet: fill those in first.
    await queryInterface.changeColumn('users', 'phoneNumber', {
      type: Sequelize.STRING(20),
      allowNull: false
    });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.changeColumn('users', 'phoneNumber', {
      type: Sequelize.STRING(20),
      allowNull: true
    });
  }
};
