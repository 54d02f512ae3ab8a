const express = require('express');

const app = express();
app.use('/docs', express.static('public/docs'));

app.use((req, res) => {
  res.status(404).type('html').send(
    `<!doctype html><title>Not found</title>
     <h1>Nothing here</h1>
     <p>We could not find <code>${decodeURIComponent(req.originalUrl)}</code>.</p>
     <a href="/docs">Back to the documentation</a>`,
  );
});

module.exports = app;
