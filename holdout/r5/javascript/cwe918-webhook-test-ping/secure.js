/**
 * "Send test event" button on the webhook settings page.
 * POST /webhooks/test { url } posts a sample payload to the URL the customer
 * entered and reports the status code back to the page.
 */
const express = require('express');
const axios = require('axios');
const dns = require('dns').promises;
const net = require('net');

const app = express();
app.use(express.json());

const SAMPLE = { event: 'ping', sentAt: null };

function privateAddress(ip) {
  if (net.isIPv6(ip)) return ip === '::1' || /^f[cd]|^fe80/i.test(ip) || ip.startsWith('::ffff:');
  const [a, b] = ip.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

async function publicHttpsUrl(raw) {
  let parsed;
  try {
    parsed = new URL(raw);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const addrs = await dns.lookup(parsed.hostname, { all: true });
  return addrs.length > 0 && addrs.every((a) => !privateAddress(a.address));
}

app.post('/webhooks/test', async (req, res) => {
  const { url } = req.body;
  if (!(await publicHttpsUrl(url))) return res.status(400).json({ error: 'webhooks must use a public https address' });
  try {
    const reply = await axios.post(url, { ...SAMPLE, sentAt: new Date().toISOString() }, { timeout: 4000, maxRedirects: 0 });
    res.json({ status: reply.status });
  } catch (err) {
    res.json({ status: err.response ? err.response.status : 0 });
  }
});

module.exports = app;
