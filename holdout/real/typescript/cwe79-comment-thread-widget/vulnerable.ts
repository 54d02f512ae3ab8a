// Comment thread widget embedded on article pages (vanilla DOM, no framework).
interface Comment {
  id: number;
  author: string;
  body: string;
  createdAt: string;
  replies?: Comment[];
}

const dateFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

function renderComment(c: Comment, depth = 0): HTMLElement {
  const item = el('li', 'comment');
  item.dataset.id = String(c.id);
  item.style.marginLeft = `${Math.min(depth, 4) * 16}px`;

  const header = el('div', 'comment-header');
  header.innerHTML = `<strong>${c.author}</strong> <time>${dateFmt.format(new Date(c.createdAt))}</time>`;
  const body = el('p', 'comment-body');
  body.textContent = c.body;

  item.append(header, body);
  if (c.replies?.length) {
    const list = el('ul', 'replies');
    for (const reply of c.replies) list.append(renderComment(reply, depth + 1));
    item.append(list);
  }
  return item;
}

export async function mountThread(container: HTMLElement, articleId: string): Promise<void> {
  container.textContent = 'Loading comments…';
  const res = await fetch(`/api/articles/${encodeURIComponent(articleId)}/comments`);
  if (!res.ok) {
    container.textContent = 'Comments are unavailable right now.';
    return;
  }
  const comments = (await res.json()) as Comment[];
  const list = el('ul', 'thread');
  for (const c of comments) list.append(renderComment(c));
  container.replaceChildren(list);
}
