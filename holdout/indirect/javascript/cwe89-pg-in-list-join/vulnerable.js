const { Pool } = require('pg');

const pool = new Pool();

// ids come from the comma-separated ?ids= parameter of the bulk export endpoint.
async function exportUsers(ids) {
  const list = ids.map((id) => `'${id}'`).join(',');
  const { rows } = await pool.query(`SELECT id, email, created_at FROM users WHERE id IN (${list})`);
  return rows;
}

module.exports = { exportUsers };
