import { describe, expect, it } from 'vitest';
import { serverAddress } from './serverAddress';
import { PlaygroundError } from '../../core/errors';

function refusal(raw: string): string {
  try {
    serverAddress(raw);
  } catch (error) {
    if (error instanceof PlaygroundError) return `${error.code}: ${error.message}`;
  }
  return 'accepted';
}

describe('serverAddress', () => {
  it('accepts this machine over http and adds /v1 when the address has no path', () => {
    expect(serverAddress('http://localhost:11434')).toEqual({ baseUrl: 'http://localhost:11434/v1', remote: false });
    expect(serverAddress(' http://127.0.0.1:8080/v1/ ')).toEqual({
      baseUrl: 'http://127.0.0.1:8080/v1',
      remote: false,
    });
    // [::1] cannot be named in the page's CSP: it is reached as localhost (docs/local-server.md).
    expect(serverAddress('http://[::1]:1234/v1')).toEqual({ baseUrl: 'http://localhost:1234/v1', remote: false });
    expect(serverAddress('http://127.0.0.1:1/api/v1')).toEqual({ baseUrl: 'http://127.0.0.1:1/api/v1', remote: false });
  });

  it('marks any other host remote and refuses it over plain http', () => {
    expect(serverAddress('https://gpu.example.org/v1')).toEqual({
      baseUrl: 'https://gpu.example.org/v1',
      remote: true,
    });
    expect(refusal('http://192.168.1.20:11434/v1')).toMatch(/^BAD_INPUT: 192\.168\.1\.20:11434 is not localhost/);
    // A host that only starts like localhost is not localhost; other loopback names are outside the page's CSP.
    expect(refusal('http://localhost.example.org/v1')).toMatch(/must be reached over https/);
    expect(refusal('http://127.0.0.1.example.org/v1')).toMatch(/must be reached over https/);
    expect(refusal('http://127.0.0.2:8080/v1')).toMatch(/must be reached over https/);
  });

  it('refuses what is not an http address, and credentials in the address', () => {
    expect(refusal('localhost:11434')).toMatch(/^BAD_INPUT/);
    expect(refusal('ftp://localhost/v1')).toMatch(/http:\/\/ or https:\/\//);
    expect(refusal('http://user:pw@localhost:1/v1')).toMatch(/no user name or password/);
    expect(refusal('')).toMatch(/^BAD_INPUT/);
  });
});
