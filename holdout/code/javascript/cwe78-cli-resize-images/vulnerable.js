#!/usr/bin/env node
const { execSync } = require('child_process');
const path = require('path');

const [, , width, ...files] = process.argv;
if (!width || files.length === 0) {
  console.error('usage: resize WIDTH FILE...');
  process.exit(2);
}

for (const file of files) {
  const out = path.join(path.dirname(file), `small-${path.basename(file)}`);
  execSync(`convert "${file}" -resize ${width} "${out}"`, { stdio: 'inherit' });
  console.log(`wrote ${out}`);
}
