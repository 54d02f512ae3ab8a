const crypto = require('crypto');
const db = require('./db');

function randomKey(length) {
  return crypto.randomBytes(length).toString('base64url').slice(0, length);
}

async function createApiKey(accountId, label) {
  const key = `pk_${randomKey(32)}`;
  await db.query('INSERT INTO api_keys (account_id, label, key) VALUES ($1, $2, $3)', [accountId, label, key]);
  return key;
}

module.exports = { createApiKey };
