interface Comment {
  author: string;
  body: string;
  postedAt: string;
}

/**
 * Load the comments of a post from the API and render them into the list element.
 */
export async function renderComments(postId: number, list: HTMLUListElement): Promise<void> {
  const response = await fetch(`/api/posts/${postId}/comments`);
  const comments: Comment[] = await response.json();

  list.innerHTML = '';
  for (const c of comments) {
    const item = document.createElement('li');
    const when = new Date(c.postedAt).toLocaleString();
    const author = document.createElement('strong');
    author.textContent = c.author;
    const time = document.createElement('time');
    time.textContent = when;
    const body = document.createElement('p');
    body.textContent = c.body;
    item.append(author, ' ', time, body);
    list.appendChild(item);
  }
}
