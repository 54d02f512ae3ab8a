import { describe, expect, it } from 'vitest';
import { stringShapeTokens } from './stringShapeTokens';
import { markerOnlyTokens } from './markerTokens';

describe('stringShapeTokens', () => {
  it('marks queries built at run time in several languages, not constant or parameterised ones', () => {
    expect(stringShapeTokens('q = f"SELECT * FROM users WHERE id = {uid}"')).toEqual(['~sql-built']);
    expect(stringShapeTokens('q = "UPDATE users SET name = \'" + name + "\'"')).toContain('~sql-built');
    expect(stringShapeTokens('snprintf(q, n, "DELETE FROM t WHERE id=%s", id);')).toContain('~sql-built');
    expect(stringShapeTokens('cur.execute("SELECT * FROM users WHERE id = ?", (uid,))')).toEqual([]);
  });

  it('marks markup, shell lines and paths assembled from pieces', () => {
    expect(stringShapeTokens('html = `<div>${comment}</div>`')).toEqual(['~html-built']);
    expect(stringShapeTokens('os.system("ping -c 1 " + host)')).toEqual(['~shell-built']);
    expect(stringShapeTokens('snprintf(p, sizeof p, "%s/%s", dir, name);')).toEqual(['~path-built']);
    expect(stringShapeTokens('open("/etc/app.conf")')).toEqual([]);
  });

  it('reaches the advisory tokeniser', () => {
    expect(markerOnlyTokens('q = "SELECT a FROM b WHERE c = %s" % c')).toContain('~sql-built');
  });
});
