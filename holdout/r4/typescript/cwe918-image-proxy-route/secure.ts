import express, { Request, Response } from 'express';

const app = express();
const MAX_BYTES = 5 * 1024 * 1024;
// Remote images are only proxied from these hosts
const ALLOWED_IMAGE_HOSTS = new Set(['images.unsplash.com', 'cdn.example-media.com', 'i.imgur.com']);

/**
 * Image proxy: GET /proxy?src=<url>
 * Lets the front end show remote images through our own origin.
 */
app.get('/proxy', async (req: Request, res: Response) => {
  const src = String(req.query.src ?? '');
  let target: URL;
  try {
    target = new URL(src);
  } catch {
    return res.status(400).json({ error: 'invalid url' });
  }

  if (target.protocol !== 'https:' || !ALLOWED_IMAGE_HOSTS.has(target.hostname)) {
    return res.status(403).json({ error: 'host not allowed' });
  }

  const upstream = await fetch(target, { redirect: 'error' });
  const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
  if (!type.startsWith('image/')) {
    return res.status(415).json({ error: 'not an image' });
  }
  const body = Buffer.from(await upstream.arrayBuffer());
  if (body.length > MAX_BYTES) {
    return res.status(413).json({ error: 'image too large' });
  }
  res.type(type).send(body);
});

app.listen(8080);
