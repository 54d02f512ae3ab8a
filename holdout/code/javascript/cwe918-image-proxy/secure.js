const express = require('express');

const router = express.Router();
const IMAGE_HOSTS = new Set(['images.example-cdn.com', 'avatars.githubusercontent.com', 'i.imgur.com']);

// Lets the markdown preview show remote images through our origin.
router.get('/proxy/image', async (req, res) => {
  let url;
  try {
    url = new URL(String(req.query.src));
  } catch {
    return res.sendStatus(400);
  }
  if (url.protocol !== 'https:' || !IMAGE_HOSTS.has(url.hostname)) return res.sendStatus(403);
  const upstream = await fetch(url, { redirect: 'error' });
  if (!upstream.ok) return res.sendStatus(502);
  res.type(upstream.headers.get('content-type') || 'application/octet-stream');
  res.send(Buffer.from(await upstream.arrayBuffer()));
});

module.exports = router;
