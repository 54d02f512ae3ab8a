const fs = require('fs');
const path = require('path');
const Router = require('@koa/router');

const UPLOADS = path.resolve(__dirname, '..', 'uploads');
const router = new Router();

router.get('/attachments/:name', async (ctx) => {
  const file = path.resolve(UPLOADS, ctx.params.name);
  if (!file.startsWith(UPLOADS + path.sep)) ctx.throw(404);
  if (!fs.existsSync(file)) ctx.throw(404);
  ctx.attachment(path.basename(file));
  ctx.body = fs.createReadStream(file);
});

module.exports = router;
