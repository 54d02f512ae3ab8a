// Reads the base URL the user typed for a model server. Only a server on this machine (localhost,
// 127.0.0.1, [::1]: the loopback names the page's CSP lets it reach) may be plain http; any other host must be https and is marked `remote`, so the
// page asks before sending it anything. Nothing is ever sent to a host the user did not type.
import { PlaygroundError } from '../../core/errors';

export interface ServerAddress {
  /** The base URL with a path (default "/v1") and no trailing slash, e.g. http://localhost:11434/v1. */
  baseUrl: string;
  /** True for a host other than this machine: the user must confirm before the first request. */
  remote: boolean;
}

export const DEFAULT_SERVER_URL = 'http://localhost:11434/v1';

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

export function serverAddress(raw: string): ServerAddress {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PlaygroundError('BAD_INPUT', {
      message: `Not a server address: "${text}".`,
      hint: `Type a full address such as ${DEFAULT_SERVER_URL}.`,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new PlaygroundError('BAD_INPUT', { message: 'The server address must start with http:// or https://.' });
  if (url.username || url.password)
    throw new PlaygroundError('BAD_INPUT', {
      message: 'Put no user name or password in the address.',
      hint: 'Use the API key field instead.',
    });
  const remote = !isLoopbackHost(url.hostname);
  if (remote && url.protocol !== 'https:')
    throw new PlaygroundError('BAD_INPUT', {
      message: `${url.host} is not localhost or 127.0.0.1, so it must be reached over https.`,
      hint: 'A server on this machine is http://localhost:<port>/v1 or http://127.0.0.1:<port>/v1.',
    });
  // The page's CSP cannot name [::1] (CSP host sources have no IPv6 form; Chromium drops "http://[::1]:*"),
  // so the IPv6 loopback is reached as localhost, which Chromium resolves to ::1 as well as 127.0.0.1.
  if (url.hostname === '[::1]') url.hostname = 'localhost';
  const path = url.pathname.replace(/\/+$/, '');
  const baseUrl = `${url.origin}${path === '' ? '/v1' : path}`;
  return { baseUrl, remote };
}
