const express = require('express');
const { User } = require('../models');

const router = express.Router();

router.put('/me', express.json(), async (req, res) => {
  const user = await User.findByPk(req.session.userId);
  if (!user) return res.sendStatus(401);
  await user.update(req.body, { fields: ['name', 'email', 'avatarUrl'] });
  res.json({ id: user.id, name: user.name, email: user.email });
});

module.exports = router;
