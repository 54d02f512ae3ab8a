const axios = require('axios');
const dns = require('dns').promises;
const net = require('net');

function isPrivate(ip) {
  if (net.isIPv6(ip)) return ip === '::1' || /^f[cd]|^fe80/i.test(ip) || ip.startsWith('::ffff:');
  const [a, b] = ip.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

// Delivers queued events to the URL each customer registered for their integration.
async function deliver(job) {
  const { subscription, event } = job.data;
  const url = new URL(subscription.url);
  if (url.protocol !== 'https:') throw new Error('webhooks must use https');
  const addresses = await dns.lookup(url.hostname, { all: true });
  if (addresses.some((a) => isPrivate(a.address))) throw new Error('webhook host resolves to a private address');
  const resp = await axios.post(url.toString(), event, { timeout: 5000, maxRedirects: 0 });
  return { status: resp.status };
}

module.exports = { deliver };
