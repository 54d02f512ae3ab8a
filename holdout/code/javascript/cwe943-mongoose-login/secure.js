const express = require('express');
const User = require('../models/user');

const router = express.Router();

router.post('/login', express.json(), async (req, res) => {
  const { username, token } = req.body;
  if (typeof username !== 'string' || typeof token !== 'string') {
    return res.status(400).json({ error: 'username and token must be strings' });
  }
  const user = await User.findOne({ username: { $eq: username }, apiToken: { $eq: token } });
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  req.session.userId = user.id;
  res.json({ ok: true });
});

module.exports = router;
