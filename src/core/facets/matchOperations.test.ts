// Operation cues read in context, against the real kb/operations.yaml: common words ("page", "display",
// "render") must not imply an operation alone, while the phrases that do still work.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { matchOperations } from './matchOperations';
import { operationsFileSchema } from '../kb/kbSourceSchema';

const operations = operationsFileSchema.parse(
  parse(readFileSync(join(process.cwd(), 'kb', 'operations.yaml'), 'utf8')),
);
const ids = (text: string, apis: string[] = []) => matchOperations(text, apis, operations).map((o) => o.id);

describe('matchOperations: false cues', () => {
  it.each([
    'Build a status page that pings each host given by the user and reports whether it is up.',
    'Write the home page of a report: a summary of the totals.',
    'Add pagination to the list of orders with a page size parameter.',
    'Display the result of the calculation.',
    'Return the largest element of an integer array.',
    'Echo the command line arguments back, one per line.',
    'Render a bar chart of the monthly totals to a PNG file.',
    'View the log entries of the last hour.',
    'Open the browser history database file and count the visits.',
  ])('%j is not HTML output nor template rendering', (text) => {
    const found = ids(text);
    expect(found).not.toContain('html-output');
    expect(found).not.toContain('template-rendering');
  });

  it('a status page that pings hosts keeps its real operation (shell)', () => {
    expect(ids('Build a status page that runs ping against each host given by the user.')).toContain('shell');
  });
});

describe('matchOperations: true cues', () => {
  it.each([
    'Render an HTML page from user input.',
    "Show the user's comment on the web page.",
    "Build the profile page that displays the user's bio.",
    "Set the element's innerHTML to the search term.",
    'Append `<div class="toast">{sender}</div>` to the container element of the chat page.',
    'Write showToast(container: HTMLElement, message: string) for the chat page.',
  ])('%j is HTML output', (text) => {
    expect(ids(text)).toContain('html-output');
  });

  it('lists the cue words beside the keyword that made them count', () => {
    const hit = matchOperations('Render an HTML page from user input.', [], operations).find(
      (o) => o.id === 'html-output',
    );
    expect(hit?.via).toEqual(['html', 'page']);
  });

  it('an API in code makes the cue words count', () => {
    expect(ids('Display the greeting on the page.')).not.toContain('html-output');
    expect(ids('Display the greeting on the page.', ['innerHTML'])).toContain('html-output');
  });

  it('render counts for templates next to a template keyword or API', () => {
    expect(ids('Render the Jinja template with the user name.')).toContain('template-rendering');
    expect(ids('Render the greeting.', ['render_template_string'])).toContain('template-rendering');
  });
});

describe('matchOperations over the kb tasks', () => {
  const dir = join(process.cwd(), 'kb', 'tasks');
  const tasks = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map(
      (f) => parse(readFileSync(join(dir, f), 'utf8')) as { id: string; cwe?: string; title?: string; prompt: string },
    );
  const opsOf = (id: string) => {
    const t = tasks.find((x) => x.id === id)!;
    return ids(`${t.title ?? ''}\n${t.prompt}`);
  };

  // The same vocabulary with every cue read as a keyword: what facets were before cues needed context.
  const cuesAsKeywords = operations.map((o) => ({ ...o, keywords: [...o.keywords, ...(o.cues ?? [])], cues: [] }));

  it('no XSS (CWE-79) task loses HTML output from its words', () => {
    const xss = tasks.filter((t) => t.cwe === 'CWE-79');
    expect(xss.length).toBeGreaterThan(0);
    for (const t of xss) {
      const before = matchOperations(`${t.title ?? ''}\n${t.prompt}`, [], cuesAsKeywords).map((o) => o.id);
      if (before.includes('html-output')) expect(opsOf(t.id), t.id).toContain('html-output');
    }
    expect(opsOf('js-render-comment')).toContain('html-output');
  });

  it('the ping task is a shell task without HTML output', () => {
    expect(opsOf('py-ping-host')).toContain('shell');
    expect(opsOf('py-ping-host')).not.toContain('html-output');
  });
});

describe('matchOperations: everyday requests', () => {
  it.each([
    ['Let users upload an avatar for their account.', 'file-upload'],
    ['Ping the host the admin types into the form.', 'shell'],
    ['Keep the session in a cookie so people stay signed in.', 'cookie'],
    ['Check the licence key the customer enters.', 'secret-comparison'],
    ['Unpack the zipped backups into the restore folder.', 'archive-extraction'],
    ['Show the latest comments under each post.', 'html-output'],
    ['Send the visitor back to the page they came from.', 'redirect'],
    ['Import a recipe from a link the user pastes.', 'url-fetch'],
    ['Generate invite codes for the beta.', 'randomness'],
    ['Let the client choose how many items per page.', 'resource-limit'],
  ])('%j implies %s', (text, op) => {
    expect(ids(text)).toContain(op);
  });
});

describe('matchOperations: phrases a keyword does not count in (notIn)', () => {
  it('"log in" is authentication, not logging; "log the failed logins" is logging', () => {
    expect(ids('Let users log in with a magic link sent by e-mail.')).not.toContain('logging');
    expect(ids('Let users log in with a magic link sent by e-mail.')).toContain('authentication');
    expect(ids('Log the failed logins with the user name.')).toContain('logging');
  });

  it('"query string" is not SQL; a query against the database is', () => {
    expect(ids('Greet the visitor by the name in the query string.')).not.toContain('sql');
    expect(ids('Run a query on the orders table for the name in the query string.')).toContain('sql');
  });

  it('the phrase is blanked only for the operation that lists it', () => {
    const ops = operationsFileSchema.parse([
      { id: 'a', label: 'A', keywords: ['log'], notIn: ['log in'] },
      { id: 'b', label: 'B', keywords: ['log'] },
    ]);
    expect(matchOperations('log in here', [], ops).map((o) => o.id)).toEqual(['b']);
  });
});
