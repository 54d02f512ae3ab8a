const axios = require('axios');

// Delivers queued events to the URL each customer registered for their integration.
async function deliver(job) {
  const { subscription, event } = job.data;
  const resp = await axios.post(subscription.url, event, { timeout: 5000 });
  return { status: resp.status };
}

module.exports = { deliver };
