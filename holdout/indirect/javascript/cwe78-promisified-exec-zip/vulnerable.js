const { promisify } = require('util');
const exec = promisify(require('child_process').exec);
const path = require('path');

class ExportArchiver {
  constructor(baseDir) {
    this.baseDir = baseDir;
  }

  async archive(projectName) {
    const dir = path.join(this.baseDir, projectName);
    const zip = `${dir}.zip`;
    await exec(`zip -qr ${zip} ${dir}`);
    return zip;
  }
}

module.exports = ExportArchiver;
