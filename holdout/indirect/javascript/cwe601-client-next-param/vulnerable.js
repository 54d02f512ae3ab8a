import { signIn } from './api.js';

const form = document.querySelector('#sign-in');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  await signIn(data.get('email'), data.get('password'));
  const next = new URLSearchParams(window.location.search).get('next') || '/app';
  window.location.href = next;
});
