'use strict';
// Loads every model of the app; not a migration, though it calls createTable nowhere.
const { Sequelize } = require('sequelize');
module.exports = new Sequelize(process.env.DATABASE_URL);
