export function renderMessages(listEl, messages) {
  listEl.replaceChildren();
  for (const msg of messages) {
    const item = document.createElement('li');
    item.className = msg.mine ? 'mine' : 'theirs';
    const author = document.createElement('strong');
    author.textContent = msg.author;
    const time = document.createElement('time');
    time.textContent = msg.time;
    const text = document.createElement('p');
    text.textContent = msg.text;
    item.append(author, ' ', time, text);
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
