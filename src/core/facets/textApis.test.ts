import { describe, expect, it } from 'vitest';
import { textApis } from './textApis';

describe('textApis', () => {
  it('finds a jQuery-style `$.html` only with its `$`, never in a file name of the prose', () => {
    const vocabulary = ['.html', 'cursor.execute'];
    expect(textApis('Split "GET /index.html HTTP/1.1" into its parts.', vocabulary)).toEqual([]);
    expect(textApis('Show the reply with $.html(reply) in the page.', vocabulary)).toEqual(['.html']);
    expect(textApis('Run the query with cursor.execute and return rows.', vocabulary)).toEqual(['cursor.execute']);
  });

  it('reads a plain-word name as an API when the request calls it a crate or gem, not when it is a bare word', () => {
    const vocabulary = ['bincode', 'nokogiri'];
    expect(textApis('Decode the job with the bincode crate.', vocabulary)).toEqual(['bincode']);
    expect(textApis('Parse the feed using the nokogiri gem.', vocabulary)).toEqual(['nokogiri']);
    expect(textApis('Decode the job with bincode.', vocabulary)).toEqual([]);
    expect(textApis('Pick a crate of bincode samples.', vocabulary)).toEqual([]);
  });
});
