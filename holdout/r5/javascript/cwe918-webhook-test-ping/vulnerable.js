/**
 * "Send test event" button on the webhook settings page.
 * POST /webhooks/test { url } posts a sample payload to the URL the customer
 * entered and reports the status code back to the page.
 */
const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());

const SAMPLE = { event: 'ping', sentAt: null };

app.post('/webhooks/test', async (req, res) => {
  const { url } = req.body;
  try {
    const reply = await axios.post(url, { ...SAMPLE, sentAt: new Date().toISOString() }, { timeout: 4000 });
    res.json({ status: reply.status });
  } catch (err) {
    res.json({ status: err.response ? err.response.status : 0 });
  }
});

module.exports = app;
