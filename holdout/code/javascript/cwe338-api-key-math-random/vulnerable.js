const db = require('./db');

function randomKey(length) {
  let key = '';
  while (key.length < length) key += Math.random().toString(36).slice(2);
  return key.slice(0, length);
}

async function createApiKey(accountId, label) {
  const key = `pk_${randomKey(32)}`;
  await db.query('INSERT INTO api_keys (account_id, label, key) VALUES ($1, $2, $3)', [accountId, label, key]);
  return key;
}

module.exports = { createApiKey };
