/** Jest globalTeardown of the LibreOffice project: see libreOfficeRun.js. */
module.exports = require('./libreOfficeRun').teardown;
