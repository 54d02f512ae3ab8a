const _ = require('lodash');
const express = require('express');

const router = express.Router();

// Body: { "path": "notifications.email.digest", "value": "weekly" }
router.patch('/preferences', express.json(), async (req, res) => {
  const prefs = await req.user.loadPreferences();
  _.set(prefs, req.body.path, req.body.value);
  await req.user.savePreferences(prefs);
  res.json(prefs);
});

module.exports = router;
