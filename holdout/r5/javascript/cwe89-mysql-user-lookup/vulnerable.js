/**
 * Implement findUserByEmail(pool, email) for the account service using the
 * mysql2 pool. Returns the user row or null. The e-mail comes from the login form.
 */
const mysql = require('mysql2/promise');

function createPool() {
  return mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, database: 'accounts' });
}

async function findUserByEmail(pool, email) {
  const [rows] = await pool.query(
    "SELECT id, email, password_hash, disabled FROM users WHERE email = '" + email.trim().toLowerCase() + "' LIMIT 1"
  );
  return rows.length ? rows[0] : null;
}

module.exports = { createPool, findUserByEmail };
