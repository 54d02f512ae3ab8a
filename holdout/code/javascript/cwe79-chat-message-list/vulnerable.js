export function renderMessages(listEl, messages) {
  listEl.innerHTML = '';
  for (const msg of messages) {
    const item = document.createElement('li');
    item.className = msg.mine ? 'mine' : 'theirs';
    item.innerHTML = `<strong>${msg.author}</strong> <time>${msg.time}</time><p>${msg.text}</p>`;
    listEl.appendChild(item);
  }
  listEl.scrollTop = listEl.scrollHeight;
}

export function connect(url, listEl) {
  const socket = new WebSocket(url);
  const messages = [];
  socket.addEventListener('message', (event) => {
    messages.push(JSON.parse(event.data));
    renderMessages(listEl, messages);
  });
  return socket;
}
