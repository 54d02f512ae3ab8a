const { Pool } = require('pg');

const pool = new Pool();

// ids come from the comma-separated ?ids= parameter of the bulk export endpoint.
async function exportUsers(ids) {
  const { rows } = await pool.query('SELECT id, email, created_at FROM users WHERE id = ANY($1::text[])', [ids]);
  return rows;
}

module.exports = { exportUsers };
