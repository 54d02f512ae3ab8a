'use strict';
// Shared-files feature of the team workspace: upload, list and download.
const express = require('express');
const fs = require('fs/promises');
const path = require('path');
const multer = require('multer');
const { requireMember } = require('../middleware/auth');

const FILES_ROOT = path.resolve(process.env.FILES_ROOT || './data/files');
const upload = multer({ dest: path.join(FILES_ROOT, '.incoming'), limits: { fileSize: 20 * 1024 * 1024 } });
const router = express.Router();

function teamDir(teamId) {
  return path.join(FILES_ROOT, String(Number(teamId)));
}

router.post('/teams/:teamId/files', requireMember, upload.single('file'), async (req, res) => {
  const dir = teamDir(req.params.teamId);
  await fs.mkdir(dir, { recursive: true });
  const name = path.basename(req.file.originalname);
  await fs.rename(req.file.path, path.join(dir, name));
  res.status(201).json({ name });
});

router.get('/teams/:teamId/files', requireMember, async (req, res) => {
  const entries = await fs.readdir(teamDir(req.params.teamId)).catch(() => []);
  res.json({ files: entries.filter((n) => !n.startsWith('.')) });
});

router.get('/teams/:teamId/files/:name(*)', requireMember, async (req, res) => {
  const dir = teamDir(req.params.teamId);
  const file = path.resolve(dir, req.params.name);
  if (!file.startsWith(dir + path.sep)) return res.status(400).json({ error: 'bad file name' });
  try {
    await fs.access(file);
  } catch {
    return res.status(404).json({ error: 'no such file' });
  }
  res.download(file);
});

module.exports = router;
