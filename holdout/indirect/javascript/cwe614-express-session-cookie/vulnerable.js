const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const redis = require('./redis');

const app = express();
app.set('trust proxy', 1);
app.use(
  session({
    store: new RedisStore({ client: redis }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { maxAge: 8 * 3600 * 1000 },
  }),
);

module.exports = app;
