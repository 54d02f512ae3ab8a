const _ = require('lodash');
const express = require('express');

const router = express.Router();
const EDITABLE = new Set(['notifications.email.digest', 'notifications.push.enabled', 'ui.theme', 'ui.language']);

// Body: { "path": "notifications.email.digest", "value": "weekly" }
router.patch('/preferences', express.json(), async (req, res) => {
  if (!EDITABLE.has(req.body.path)) return res.status(400).json({ error: 'unknown preference' });
  const prefs = await req.user.loadPreferences();
  _.set(prefs, req.body.path, req.body.value);
  await req.user.savePreferences(prefs);
  res.json(prefs);
});

module.exports = router;
