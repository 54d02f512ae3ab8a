const express = require('express');
const api = require('./routes/api');

const app = express();
app.use(express.json());
app.use('/api', api);

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({
    message: err.message,
    stack: err.stack,
    query: err.sql,
  });
});

module.exports = app;
