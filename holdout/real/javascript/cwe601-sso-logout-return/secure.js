'use strict';
// Session routes of the account service (login is delegated to the SSO provider).
const express = require('express');
const crypto = require('crypto');
const sso = require('../lib/ssoClient');
const log = require('../lib/logger');

const router = express.Router();
const HOME = '/';

function isLocalPath(value) {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\');
}

router.get('/login', (req, res) => {
  const state = crypto.randomBytes(16).toString('hex');
  req.session.ssoState = state;
  req.session.afterLogin = isLocalPath(req.query.next) ? req.query.next : HOME;
  res.redirect(sso.authorizeUrl({ state }));
});

router.get('/callback', async (req, res, next) => {
  try {
    if (req.query.state !== req.session.ssoState) return res.status(400).send('state mismatch');
    const profile = await sso.exchange(String(req.query.code || ''));
    req.session.userId = profile.id;
    const target = req.session.afterLogin || HOME;
    delete req.session.afterLogin;
    res.redirect(target);
  } catch (err) {
    next(err);
  }
});

router.get('/logout', (req, res) => {
  const returnTo = isLocalPath(req.query.returnTo) ? req.query.returnTo : HOME;
  const userId = req.session.userId;
  req.session.destroy((err) => {
    if (err) log.warn({ err }, 'session destroy failed');
    log.info({ userId }, 'logged out');
    res.redirect(returnTo);
  });
});

module.exports = router;
