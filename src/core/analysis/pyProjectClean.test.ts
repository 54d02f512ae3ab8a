// Project modules of genres the first two clean corpora lack (fixtures/pyProjectClean, our own code: Django models,
// forms, admin, middleware and template tags, DRF serializers, SQLAlchemy Core, psycopg helpers, migrations, RQ and
// Celery jobs, click/typer/argparse CLIs around git, docker, kubectl and pg_dump, boto3/SQS, paramiko SFTP, IMAP,
// LDAP, OAuth PKCE, Redis caches and rate limits, Jinja2 sites, pandas ETL, tar/zip, hashing, tempfile, logging and
// config loaders, pytest end-to-end tests, plugin allow-lists). Each is written the careful way, so none may get a
// counted finding; notes are allowed. KNOWN lists the findings still left, each a misreading not yet fixed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';
import { countedFindings } from './countedFindings';

const DIR = join(__dirname, 'fixtures', 'pyProjectClean');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.py'));

/**
 * Still misread (docs/analyzer.md, "Python, seventh pass"): an escaper bound to a local alias inside a Django filter
 * (`esc = conditional_escape if autoescape else ...`) before `mark_safe`; a report path from a look-up by key in a
 * helper, logged by its `.name`; page slugs read through a helper from globbed file names.
 */
const KNOWN: Record<string, string[]> = {
  'django_template_tags.py': ['33: py-unsafe-markup'],
  'fastapi_report_download.py': ['31: log-injection'],
  'static_site_builder.py': ['41: py-path-traversal'],
};

describe('Python project modules of further genres', () => {
  it('has at least forty-five modules', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(45);
  });

  it.each(FILES)('%s has no counted finding beyond the known ones', async (file) => {
    const code = readFileSync(join(DIR, file), 'utf8');
    const record = await analyzeCode(code, 'python', nodeParser());
    expect(countedFindings(record.findings).map((f) => `${f.line}: ${f.rule}`)).toEqual(KNOWN[file] ?? []);
  });
});
