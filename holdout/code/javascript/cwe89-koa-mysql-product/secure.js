const Router = require('@koa/router');
const pool = require('./db');

const router = new Router({ prefix: '/api/products' });

router.get('/', async (ctx) => {
  const { category = 'all', maxPrice = 1000 } = ctx.query;
  let sql = 'SELECT id, name, price FROM products WHERE price <= ?';
  const params = [Number(maxPrice)];
  if (category !== 'all') {
    sql += ' AND category = ?';
    params.push(String(category));
  }
  const [rows] = await pool.execute(sql, params);
  ctx.body = rows;
});

module.exports = router;
