// Build-only: puts the app's Content-Security-Policy into index.html as a <meta> tag, so any static host
// serves it. Scripts come only from the app's own origin; the one inline script (startCoreWorkerEarly's
// line) is allowed by its hash, computed here from the final HTML. The policy reaches the page only:
// workers loaded from URLs take their CSP from response headers (docs/sandbox.md says what to send).
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

export function appPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
    // React style attributes and Monaco's injected styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // Model downloads (WebLLM, https) and model servers on this machine (OpenAI-compatible, http).
    "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
          (m) =>
            `sha256-${createHash('sha256')
              .update(m[1] ?? '')
              .digest('base64')}`,
        );
        const meta = `<meta http-equiv="Content-Security-Policy" content="${appPolicy(hashes)}">`;
        return html.replace(/<head>/, `<head>\n    ${meta}`);
      },
    },
  };
}
