// The page's sandbox frame: one hidden <iframe sandbox="allow-scripts"> (an opaque origin, so no access to
// the app's storage, caches, OPFS or quota) loading public/sandbox/sandbox.html, whose CSP allows no network.
// Test workers are started inside it (see sandbox.html) and reached only through MessagePorts.
let frame: Promise<Window> | null = null;

// Browsers never route a sandboxed (opaque-origin) frame's navigation through the service worker, so the
// offline cache cannot open it (docs/offline.md). Offline, the frame would load Chromium's error page and
// every test would time out; say why instead.
export const SANDBOX_OFFLINE_MESSAGE =
  'the test sandbox cannot open while offline (browsers never load a sandboxed frame from the offline cache); ' +
  'reconnect once to run functional tests';

/** The frame's window, created on first use; `base` is the app's base URL (import.meta.env.BASE_URL). */
export function sandboxFrame(base: string): Promise<Window> {
  frame ??= new Promise<Window>((resolve, reject) => {
    if (navigator.onLine === false) {
      reject(new Error(SANDBOX_OFFLINE_MESSAGE));
      return;
    }
    const iframe = document.createElement('iframe');
    // allow-scripts only: never allow-same-origin (it would give the frame the app's origin).
    iframe.setAttribute('sandbox', 'allow-scripts');
    iframe.setAttribute('aria-hidden', 'true');
    iframe.tabIndex = -1;
    iframe.title = 'Test sandbox';
    iframe.dataset.testid = 'test-sandbox';
    iframe.style.display = 'none';
    iframe.src = `${base.replace(/\/?$/, '/')}sandbox/sandbox.html`;
    iframe.onload = () =>
      iframe.contentWindow ? resolve(iframe.contentWindow) : reject(new Error('the test sandbox did not open'));
    iframe.onerror = () => reject(new Error('the test sandbox failed to load'));
    document.body.append(iframe);
  });
  frame.catch(() => {
    frame = null;
  });
  return frame;
}
