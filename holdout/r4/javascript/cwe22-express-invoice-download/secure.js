const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const INVOICE_DIR = path.resolve(__dirname, '..', 'storage', 'invoices');

// GET /invoices/:file - download a generated invoice PDF
router.get('/invoices/:file', (req, res) => {
  const filePath = path.resolve(INVOICE_DIR, req.params.file);
  if (!filePath.startsWith(INVOICE_DIR + path.sep)) {
    return res.status(400).json({ error: 'Invalid invoice name' });
  }

  fs.access(filePath, fs.constants.R_OK, (err) => {
    if (err) {
      return res.status(404).json({ error: 'Invoice not found' });
    }
    res.download(filePath);
  });
});

module.exports = router;
