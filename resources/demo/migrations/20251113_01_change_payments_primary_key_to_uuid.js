'use strict';

const { randomUUID } = require('crypto');

// payments moves from an integer id to a uuid payment_id, and
// refunds."paymentId" follows it: a new column is filled from the old key,
// the old one goes, the new one takes its place and its constraints.
// The uuid is kept as TEXT (the app's model generates it with UUIDV4).

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.addColumn('payments', 'payment_id', {
        type: Sequelize.TEXT,
        allowNull: true
      }, { transaction });
      const payments = await queryInterface.sequelize.query('SELECT id FROM payments', {
        type: Sequelize.QueryTypes.SELECT,
        transaction
      });
      for (const payment of payments) {
        await queryInterface.bulkUpdate('payments', { payment_id: randomUUID() }, { id: payment.id }, { transaction });
      }

      await queryInterface.addColumn('refunds', 'paymentUuid', {
        type: Sequelize.TEXT,
        allowNull: true
      }, { transaction });
      const keys = await queryInterface.sequelize.query('SELECT id, payment_id FROM payments', {
        type: Sequelize.QueryTypes.SELECT,
        transaction
      });
      for (const key of keys) {
        await queryInterface.bulkUpdate('refunds', { paymentUuid: key.payment_id }, { paymentId: key.id }, { transaction });
      }
      await queryInterface.removeColumn('refunds', 'paymentId', { transaction });
      await queryInterface.renameColumn('refunds', 'paymentUuid', 'paymentId', { transaction });

      await queryInterface.removeColumn('payments', 'id', { transaction });
      await queryInterface.changeColumn('payments', 'payment_id', {
        type: Sequelize.TEXT,
        allowNull: false,
        primaryKey: true
      }, { transaction });
      await queryInterface.changeColumn('refunds', 'paymentId', {
        type: Sequelize.TEXT,
        allowNull: false,
        references: { model: 'payments', key: 'payment_id' },
        onDelete: 'CASCADE'
      }, { transaction });
    });
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.addColumn('payments', 'id', {
        type: Sequelize.INTEGER,
        allowNull: true
      }, { transaction });
      const payments = await queryInterface.sequelize.query(
        'SELECT payment_id FROM payments ORDER BY "createdAt", payment_id', {
          type: Sequelize.QueryTypes.SELECT,
          transaction
        });
      let next = 1;
      for (const payment of payments) {
        await queryInterface.bulkUpdate('payments', { id: next++ }, { payment_id: payment.payment_id }, { transaction });
      }

      await queryInterface.addColumn('refunds', 'paymentIntegerId', {
        type: Sequelize.INTEGER,
        allowNull: true
      }, { transaction });
      const keys = await queryInterface.sequelize.query('SELECT id, payment_id FROM payments', {
        type: Sequelize.QueryTypes.SELECT,
        transaction
      });
      for (const key of keys) {
        await queryInterface.bulkUpdate('refunds', { paymentIntegerId: key.id }, { paymentId: key.payment_id }, { transaction });
      }
      await queryInterface.removeColumn('refunds', 'paymentId', { transaction });
      await queryInterface.renameColumn('refunds', 'paymentIntegerId', 'paymentId', { transaction });

      await queryInterface.removeColumn('payments', 'payment_id', { transaction });
      await queryInterface.changeColumn('payments', 'id', {
        type: Sequelize.INTEGER,
        allowNull: false,
        primaryKey: true,
        autoIncrement: true
      }, { transaction });
      await queryInterface.changeColumn('refunds', 'paymentId', {
        type: Sequelize.INTEGER,
        allowNull: false,
        references: { model: 'payments', key: 'id' },
        onDelete: 'CASCADE'
      }, { transaction });
    });
  }
};
