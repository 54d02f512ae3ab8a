/**
 * Show a toast for each notification pushed over the websocket.
 * Notification objects look like { from: "alice", text: "commented on your post" }.
 */
const container = document.getElementById('toasts');

function showToast(note) {
  const el = document.createElement('div');
  el.className = 'toast';
  const who = document.createElement('strong');
  who.textContent = note.from;
  el.append(who, ' ', String(note.text));
  container.appendChild(el);
  setTimeout(() => el.remove(), 5000);
}

function updateBadge(count) {
  const badge = document.getElementById('notification-count');
  badge.textContent = count > 99 ? '99+' : String(count);
  badge.hidden = count === 0;
}

let unread = 0;

function markAllRead() {
  unread = 0;
  updateBadge(unread);
}

document.getElementById('mark-read').addEventListener('click', markAllRead);

const socket = new WebSocket(`wss://${location.host}/notifications`);
socket.addEventListener('message', (event) => {
  showToast(JSON.parse(event.data));
  unread += 1;
  updateBadge(unread);
});
