import { describe, expect, it } from 'vitest';
import { textApis } from './textApis';

describe('textApis', () => {
  it('finds a jQuery-style `$.html` only with its `$`, never in a file name of the prose', () => {
    const vocabulary = ['.html', 'cursor.execute'];
    expect(textApis('Split "GET /index.html HTTP/1.1" into its parts.', vocabulary)).toEqual([]);
    expect(textApis('Show the reply with $.html(reply) in the page.', vocabulary)).toEqual(['.html']);
    expect(textApis('Run the query with cursor.execute and return rows.', vocabulary)).toEqual(['cursor.execute']);
  });
});
