// cFieldReleaseEnds: a field freed without `= NULL` that no second free reaches (our own snippets, both sides).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';

const doubleFrees = async (code: string) =>
  (await analyzeCode(code, 'c', nodeParser())).findings
    .filter((f) => f.rule === 'c-double-free-path' && (f.tier ?? 'finding') === 'finding')
    .map((f) => f.line);

const RECORDS = 'struct rec_a { char *tag; char *body; };\nstruct rec_b { char *tag; };\n';

describe('a field freed without clearing it', () => {
  it('is no double free inside the release routines of two record types that share a field name', async () => {
    const code = `${RECORDS}static void rec_a_free(struct rec_a *r) {\n  free(r->tag);\n  free(r->body);\n}\nstatic void rec_b_free(struct rec_b *r) {\n  free(r->tag);\n}\n`;
    expect(await doubleFrees(code)).toEqual([]);
  });

  it('is still a double free on an error path of a routine that is not a release', async () => {
    const code = `${RECORDS}int rec_a_parse(struct rec_a *r, int bad) {\n  if (bad) {\n    free(r->tag);\n    return -1;\n  }\n  return 0;\n}\nstatic void rec_a_free(struct rec_a *r) {\n  free(r->tag);\n  free(r->body);\n}\n`;
    expect(await doubleFrees(code)).toEqual([5]);
  });

  it('is no double free when the enclosing struct is wiped right after', async () => {
    const code =
      'struct side { char *name; };\nstruct keys { struct side enc; struct side mac; };\nint keys_reset(struct keys *k, int bad) {\n  if (bad) {\n    free(k->enc.name);\n    explicit_bzero(&k->enc, sizeof(k->enc));\n    return -1;\n  }\n  return 0;\n}\nvoid side_drop(struct side *s) {\n  free(s->name);\n  free(s);\n}\n';
    expect(await doubleFrees(code)).toEqual([]);
  });

  it('is still a double free when only another member is wiped', async () => {
    const code =
      'struct side { char *name; };\nstruct keys { struct side enc; struct side mac; };\nint keys_reset(struct keys *k, int bad) {\n  if (bad) {\n    free(k->enc.name);\n    explicit_bzero(&k->mac, sizeof(k->mac));\n    return -1;\n  }\n  return 0;\n}\nvoid side_drop(struct side *s) {\n  free(s->name);\n  free(s);\n}\n';
    expect(await doubleFrees(code)).toEqual([5]);
  });
});
