import path from 'node:path';
import express from 'express';

const REPORTS = path.join(__dirname, 'generated-reports');
export const reports = express.Router();

reports.get('/reports/:file', (req, res) => {
  res.sendFile(path.join(REPORTS, req.params.file), (err) => {
    if (err) res.status(404).end();
  });
});
