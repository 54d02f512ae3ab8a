const { exec } = require('child_process');
const path = require('path');

const WORKSPACE = '/srv/builds';

/**
 * Clone a repository into the build workspace and resolve with the checkout path.
 * @param {string} repoUrl - Git URL entered in the "new build" form
 * @param {string} branch - Branch to check out
 */
function cloneRepository(repoUrl, branch) {
  const dir = path.join(WORKSPACE, `build-${Date.now()}`);
  return new Promise((resolve, reject) => {
    exec(`git clone --depth 1 --branch ${branch} ${repoUrl} ${dir}`, (err, stdout, stderr) => {
      if (err) {
        reject(new Error(`git clone failed: ${stderr}`));
        return;
      }
      resolve(dir);
    });
  });
}

module.exports = { cloneRepository };
