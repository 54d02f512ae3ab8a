/**
 * Show a toast for each notification pushed over the websocket.
 * Notification objects look like { from: "alice", text: "commented on your post" }.
 */
const container = document.getElementById('toasts');

function showToast(note) {
  const el = document.createElement('div');
  el.className = 'toast';
  el.innerHTML = `<strong>${note.from}</strong> ${note.text}`;
  container.appendChild(el);
  setTimeout(() => el.remove(), 5000);
}

const socket = new WebSocket(`wss://${location.host}/notifications`);
socket.addEventListener('message', (event) => {
  showToast(JSON.parse(event.data));
});
