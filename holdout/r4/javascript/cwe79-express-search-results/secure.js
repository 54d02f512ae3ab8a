// Express app with a product search page rendered on the server.
const express = require('express');
const { searchProducts } = require('./catalog');

const app = express();

// Escape text before placing it in HTML
function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function layout(title, body) {
  return `<!DOCTYPE html>
<html>
  <head><meta charset="utf-8"><title>${title}</title></head>
  <body>${body}</body>
</html>`;
}

app.get('/search', async (req, res) => {
  const query = (req.query.q || '').trim();
  const results = query ? await searchProducts(query) : [];

  // Show what the user searched for above the results
  let body = `<h1>Results for "${escapeHtml(query)}"</h1>`;
  if (results.length === 0) {
    body += '<p>No products found.</p>';
  } else {
    body += '<ul>';
    for (const p of results) {
      body += `<li><a href="/products/${encodeURIComponent(p.id)}">${escapeHtml(p.name)}</a> - $${p.price.toFixed(2)}</li>`;
    }
    body += '</ul>';
  }
  res.send(layout('Search', body));
});

app.listen(3000, () => console.log('Listening on http://localhost:3000'));
