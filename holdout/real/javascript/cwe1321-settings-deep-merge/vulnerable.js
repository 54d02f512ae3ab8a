'use strict';
// User preferences API: clients PATCH a partial preferences object which is merged into the stored one.
const express = require('express');
const { requireUser } = require('../middleware/auth');
const store = require('../services/preferenceStore');

const DEFAULTS = Object.freeze({
  theme: 'light',
  notifications: { email: true, push: false, digest: 'weekly' },
  editor: { tabSize: 2, wordWrap: true },
});

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {};
      deepMerge(target[key], value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

const router = express.Router();
router.use(express.json({ limit: '16kb' }));

router.get('/preferences', requireUser, async (req, res) => {
  const saved = (await store.load(req.user.id)) || {};
  res.json(deepMerge(structuredClone(DEFAULTS), saved));
});

router.patch('/preferences', requireUser, async (req, res) => {
  if (!isPlainObject(req.body)) return res.status(400).json({ error: 'expected an object' });
  const current = (await store.load(req.user.id)) || {};
  const merged = deepMerge(current, req.body);
  await store.save(req.user.id, merged);
  res.json(deepMerge(structuredClone(DEFAULTS), merged));
});

module.exports = { router, deepMerge };
