const express = require('express');
const { execFile } = require('child_process');

const router = express.Router();
const REPO = '/srv/git/website.git';
const REF = /^[A-Za-z0-9._/-]{1,100}$/;

router.get('/history/:ref', (req, res) => {
  const ref = req.params.ref;
  if (!REF.test(ref) || ref.startsWith('-')) return res.status(400).json({ error: 'unknown ref' });
  execFile('git', [`--git-dir=${REPO}`, 'log', '--oneline', '-n', '20', ref, '--'], (err, stdout) => {
    if (err) return res.status(400).json({ error: 'unknown ref' });
    res.json({ commits: stdout.trim().split('\n') });
  });
});

module.exports = router;
