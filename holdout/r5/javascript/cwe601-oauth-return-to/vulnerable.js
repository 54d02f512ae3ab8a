/**
 * OAuth callback for "Sign in with Acme".
 * The login button links to /auth/acme?returnTo=<page>; the page is remembered in
 * the session and the user is sent back there after the provider calls back.
 */
const express = require('express');
const session = require('express-session');
const { exchangeCode } = require('./acmeOAuth');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.get('/auth/acme', (req, res) => {
  req.session.returnTo = req.query.returnTo || '/';
  res.redirect('https://id.acme.example/authorize?client_id=shop&redirect_uri=/auth/acme/callback');
});

app.get('/auth/acme/callback', async (req, res) => {
  const profile = await exchangeCode(req.query.code);
  req.session.user = { id: profile.sub, name: profile.name };
  const target = req.session.returnTo || '/';
  delete req.session.returnTo;
  res.redirect(target);
});

module.exports = app;
