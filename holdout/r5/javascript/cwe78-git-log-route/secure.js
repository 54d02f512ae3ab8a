/**
 * Express route GET /api/repos/:name/log?branch=main
 * Return the last 20 commit subjects of a branch of a hosted repository.
 */
const express = require('express');
const { execFile } = require('child_process');
const path = require('path');

const REPO_ROOT = '/srv/git';
const router = express.Router();

function repoPath(name) {
  return path.join(REPO_ROOT, path.basename(name) + '.git');
}

router.get('/api/repos/:name/log', (req, res) => {
  const branch = String(req.query.branch || 'main');
  if (!/^[\w./-]+$/.test(branch) || branch.startsWith('-')) {
    return res.status(400).json({ error: 'bad branch name' });
  }
  const args = [`--git-dir=${repoPath(req.params.name)}`, 'log', '--format=%s', '-n', '20', branch, '--'];
  execFile('git', args, (err, stdout) => {
    if (err) return res.status(404).json({ error: 'unknown branch' });
    res.json({ subjects: stdout.split('\n').filter(Boolean) });
  });
});

module.exports = router;
