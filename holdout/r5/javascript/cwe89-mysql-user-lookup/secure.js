/**
 * Implement findUserByEmail(pool, email) for the account service using the
 * mysql2 pool. Returns the user row or null. The e-mail comes from the login form.
 */
const mysql = require('mysql2/promise');
const bcrypt = require('bcrypt');

function createPool() {
  return mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, database: 'accounts' });
}

async function findUserByEmail(pool, email) {
  const [rows] = await pool.execute(
    'SELECT id, email, password_hash, disabled FROM users WHERE email = ? LIMIT 1',
    [String(email).trim().toLowerCase()]
  );
  return rows.length ? rows[0] : null;
}

async function findUserById(pool, id) {
  const [rows] = await pool.execute('SELECT id, email, disabled FROM users WHERE id = ? LIMIT 1', [Number(id)]);
  return rows.length ? rows[0] : null;
}

async function recordLogin(pool, userId, ip) {
  await pool.execute('INSERT INTO logins (user_id, ip, at) VALUES (?, ?, NOW())', [userId, ip]);
}

async function failedAttemptsSince(pool, email, minutes) {
  const [rows] = await pool.execute(
    'SELECT COUNT(*) AS n FROM failed_logins WHERE email = ? AND at > NOW() - INTERVAL ? MINUTE',
    [email, minutes]
  );
  return rows[0].n;
}

async function login(pool, email, password, ip) {
  if ((await failedAttemptsSince(pool, email, 15)) >= 5) {
    return { ok: false, reason: 'locked' };
  }
  const user = await findUserByEmail(pool, email);
  if (!user || user.disabled || !(await bcrypt.compare(password, user.password_hash))) {
    await pool.execute('INSERT INTO failed_logins (email, ip, at) VALUES (?, ?, NOW())', [email, ip]);
    return { ok: false, reason: 'invalid' };
  }
  await recordLogin(pool, user.id, ip);
  return { ok: true, userId: user.id };
}

function loginRoute(pool) {
  return async (req, res) => {
    const { email = '', password = '' } = req.body || {};
    const result = await login(pool, String(email), String(password), req.ip);
    if (!result.ok) {
      return res.status(result.reason === 'locked' ? 429 : 401).json({ error: 'login failed' });
    }
    req.session.userId = result.userId;
    res.json({ ok: true });
  };
}

module.exports = { createPool, findUserByEmail };
module.exports.findUserById = findUserById;
module.exports.loginRoute = loginRoute;
