import { signIn } from './api.js';

function sameOriginPath(value) {
  try {
    const url = new URL(value, window.location.origin);
    return url.origin === window.location.origin ? url.pathname + url.search + url.hash : '/app';
  } catch {
    return '/app';
  }
}

const form = document.querySelector('#sign-in');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  await signIn(data.get('email'), data.get('password'));
  const next = new URLSearchParams(window.location.search).get('next') || '/app';
  window.location.href = sameOriginPath(next);
});
