const fs = require('fs');
const path = require('path');
const Router = require('@koa/router');

const UPLOADS = path.join(__dirname, '..', 'uploads');
const router = new Router();

router.get('/attachments/:name', async (ctx) => {
  const file = path.join(UPLOADS, ctx.params.name);
  if (!fs.existsSync(file)) ctx.throw(404);
  ctx.attachment(path.basename(file));
  ctx.body = fs.createReadStream(file);
});

module.exports = router;
