'use strict';
// Catalogue routes of the storefront (server-rendered, no template engine).
const express = require('express');
const { findProduct, searchProducts } = require('../services/catalogue');
const log = require('../lib/logger').child({ module: 'catalogue' });

const router = express.Router();

function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function layout(title, body) {
  return `<!doctype html><html><head><title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/static/site.css"></head><body>${body}</body></html>`;
}

function productCard(p) {
  return `<article class="card"><h2>${escapeHtml(p.name)}</h2>
<p>${escapeHtml(p.summary)}</p><a href="/p/${encodeURIComponent(p.slug)}">Details</a></article>`;
}

router.get('/p/:slug', async (req, res, next) => {
  try {
    const product = await findProduct(req.params.slug);
    if (!product) {
      log.info({ slug: req.params.slug }, 'unknown product');
      return res.status(404).send(layout('Not found', `<h1>No product called "${req.params.slug}"</h1>`));
    }
    res.send(layout(product.name, productCard(product)));
  } catch (err) {
    next(err);
  }
});

router.get('/search', async (req, res, next) => {
  const q = String(req.query.q || '').slice(0, 100);
  try {
    const hits = await searchProducts(q);
    const body = hits.length ? hits.map(productCard).join('') : '<p>Nothing found.</p>';
    res.send(layout(`Search: ${q}`, body));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
