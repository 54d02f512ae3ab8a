/**
 * GET /invoices/:file  -> send the PDF stored in INVOICE_DIR.
 * Invoice files are named like "2024-03-INV-1042.pdf".
 */
const express = require('express');
const fs = require('fs');
const path = require('path');

const INVOICE_DIR = path.resolve(__dirname, 'storage', 'invoices');
const app = express();

app.get('/invoices/:file', (req, res) => {
  const file = decodeURIComponent(req.params.file);
  const full = path.join(INVOICE_DIR, file);
  fs.stat(full, (err, st) => {
    if (err || !st.isFile()) return res.sendStatus(404);
    res.setHeader('Content-Type', 'application/pdf');
    fs.createReadStream(full).pipe(res);
  });
});

app.listen(3000);

// Keep the directory listing for the accounting team's index page.
app.get('/invoices', (req, res) => {
  fs.readdir(INVOICE_DIR, (err, names) => {
    if (err) return res.sendStatus(500);
    const pdfs = names.filter((n) => n.endsWith('.pdf')).sort().reverse();
    res.json({ invoices: pdfs.slice(0, 200) });
  });
});
