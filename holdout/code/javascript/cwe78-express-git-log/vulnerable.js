const express = require('express');
const { exec } = require('child_process');

const router = express.Router();
const REPO = '/srv/git/website.git';

router.get('/history/:ref', (req, res) => {
  exec(`git --git-dir=${REPO} log --oneline -n 20 ${req.params.ref}`, (err, stdout) => {
    if (err) return res.status(400).json({ error: 'unknown ref' });
    res.json({ commits: stdout.trim().split('\n') });
  });
});

module.exports = router;
