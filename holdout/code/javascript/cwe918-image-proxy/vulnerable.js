const express = require('express');

const router = express.Router();

// Lets the markdown preview show remote images through our origin.
router.get('/proxy/image', async (req, res) => {
  const upstream = await fetch(req.query.src);
  if (!upstream.ok) return res.sendStatus(502);
  res.type(upstream.headers.get('content-type') || 'application/octet-stream');
  res.send(Buffer.from(await upstream.arrayBuffer()));
});

module.exports = router;
