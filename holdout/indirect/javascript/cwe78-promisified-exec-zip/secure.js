const { promisify } = require('util');
const execFile = promisify(require('child_process').execFile);
const path = require('path');

class ExportArchiver {
  constructor(baseDir) {
    this.baseDir = baseDir;
  }

  async archive(projectName) {
    if (!/^[\w-]{1,64}$/.test(projectName)) throw new Error('bad project name');
    const dir = path.join(this.baseDir, projectName);
    const zip = `${dir}.zip`;
    await execFile('zip', ['-qr', zip, dir]);
    return zip;
  }
}

module.exports = ExportArchiver;
