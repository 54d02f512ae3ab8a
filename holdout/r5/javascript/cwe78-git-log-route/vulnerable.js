/**
 * Express route GET /api/repos/:name/log?branch=main
 * Return the last 20 commit subjects of a branch of a hosted repository.
 */
const express = require('express');
const { exec } = require('child_process');
const path = require('path');

const REPO_ROOT = '/srv/git';
const router = express.Router();

function repoPath(name) {
  return path.join(REPO_ROOT, path.basename(name) + '.git');
}

router.get('/api/repos/:name/log', (req, res) => {
  const branch = req.query.branch || 'main';
  const cmd = `git --git-dir=${repoPath(req.params.name)} log --format=%s -n 20 ${branch}`;
  exec(cmd, (err, stdout) => {
    if (err) return res.status(404).json({ error: 'unknown branch' });
    res.json({ subjects: stdout.split('\n').filter(Boolean) });
  });
});

module.exports = router;
