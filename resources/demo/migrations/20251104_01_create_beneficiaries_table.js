'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.createTable('beneficiaries', {
      id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        primaryKey: true,
        autoIncrement: true
      },
      userId: {
        type: Sequelize.INTEGER,
        allowNull: false,
        references: { model: 'users', key: 'id' },
        onDelete: 'CASCADE'
      },
      displayName: {
        type: Sequelize.STRING(100),
        allowNull: false
      },
      bankCode: {
        type: Sequelize.STRING(10),
        allowNull: false
      },
      accountNumber: {
        type: Sequelize.STRING(20),
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
    }, {
      // A user saves the same bank account once.
      uniqueKeys: {
        beneficiaries_user_id_bank_code_account_number: {
          fields: ['userId', 'bankCode', 'accountNumber']
        }
      }
    });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.dropTable('beneficiaries');
  }
};
