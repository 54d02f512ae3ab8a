#!/usr/bin/env node
const { execFileSync } = require('child_process');
const path = require('path');

const [, , width, ...files] = process.argv;
if (!/^\d{1,5}$/.test(width || '') || files.length === 0) {
  console.error('usage: resize WIDTH FILE...');
  process.exit(2);
}

for (const file of files) {
  const out = path.join(path.dirname(file), `small-${path.basename(file)}`);
  execFileSync('convert', [path.resolve(file), '-resize', width, path.resolve(out)], { stdio: 'inherit' });
  console.log(`wrote ${out}`);
}
