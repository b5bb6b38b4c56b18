'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.createTable('users', {
      id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        primaryKey: true,
        autoIncrement: true
      },
      firstName: {
        type: Sequelize.STRING(100),
        allowNull: false
      },
      lastName: {
        type: Sequelize.STRING(100),
        allowNull: false
      },
      email: {
        type: Sequelize.STRING(255),
        allowNull: false,
        unique: true
      },
      // Optional at first; 20251116_01 makes it required.
      phoneNumber: {
        type: Sequelize.STRING(20),
        allowNull: true
      },
      passwordHash: {
        type: Sequelize.STRING(255),
        allowNull: false
      },
      kycStatus: {
        type: Sequelize.STRING(20),
        allowNull: false,
        defaultValue: 'pending'
      },
      role: {
        type: Sequelize.STRING(20),
        allowNull: false,
        defaultValue: 'customer'
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
    await queryInterface.addConstraint('users', {
      type: 'check',
      fields: ['kycStatus'],
      where: { kycStatus: ['pending', 'verified', 'rejected'] }
    });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.dropTable('users');
  }
};
