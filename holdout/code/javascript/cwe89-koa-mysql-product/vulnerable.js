const Router = require('@koa/router');
const pool = require('./db');

const router = new Router({ prefix: '/api/products' });

router.get('/', async (ctx) => {
  const { category = 'all', maxPrice = 1000 } = ctx.query;
  let sql = 'SELECT id, name, price FROM products WHERE price <= ' + maxPrice;
  if (category !== 'all') sql += " AND category = '" + category + "'";
  const [rows] = await pool.query(sql);
  ctx.body = rows;
});

module.exports = router;
