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
    item.innerHTML = `<strong>${c.author}</strong> <time>${when}</time><p>${c.body}</p>`;
    list.appendChild(item);
  }
}
