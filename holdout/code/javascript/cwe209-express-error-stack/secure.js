const crypto = require('crypto');
const express = require('express');
const api = require('./routes/api');
const logger = require('./logger');

const app = express();
app.use(express.json());
app.use('/api', api);

app.use((err, req, res, next) => {
  const incident = crypto.randomUUID();
  logger.error({ incident, err }, 'request failed');
  const status = err.status || 500;
  res.status(status).json({
    message: status < 500 ? err.message : 'Internal server error',
    incident,
  });
});

module.exports = app;
