#!/usr/bin/env node
'use strict';
// release-notes: prints the merged pull requests between two tags, grouped by label.
const { exec } = require('child_process');
const { promisify } = require('util');
const path = require('path');

const run = promisify(exec);
const LABELS = ['feature', 'fix', 'docs', 'chore'];

function usage() {
  console.error(`usage: ${path.basename(process.argv[1])} <from-tag> [to-ref]`);
  process.exit(2);
}

async function mergeCommits(from, to) {
  const { stdout } = await run(`git log --merges --format=%s%x09%b ${from}..${to}`, {
    maxBuffer: 10 * 1024 * 1024,
  });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [subject, body = ''] = line.split('\t');
      const pr = /#(\d+)/.exec(subject);
      return { pr: pr ? Number(pr[1]) : null, title: body.trim() || subject };
    });
}

function group(entries) {
  const groups = Object.fromEntries(LABELS.map((l) => [l, []]));
  for (const e of entries) {
    const label = LABELS.find((l) => e.title.toLowerCase().startsWith(l)) || 'chore';
    groups[label].push(e);
  }
  return groups;
}

async function main() {
  const [from, to = 'HEAD'] = process.argv.slice(2);
  if (!from) usage();
  const groups = group(await mergeCommits(from, to));
  for (const [label, entries] of Object.entries(groups)) {
    if (!entries.length) continue;
    console.log(`\n## ${label}\n`);
    for (const e of entries) console.log(`- ${e.title}${e.pr ? ` (#${e.pr})` : ''}`);
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
