const express = require('express');
const User = require('../models/user');

const router = express.Router();

router.post('/login', express.json(), async (req, res) => {
  const { username, token } = req.body;
  const user = await User.findOne({ username, apiToken: token });
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  req.session.userId = user.id;
  res.json({ ok: true });
});

module.exports = router;
