/**
 * Blog API: list published posts carrying a tag, newest first.
 * `tag` comes from GET /posts?tag=...
 */
import { DataSource } from 'typeorm';

export interface PostRow {
  id: number;
  title: string;
  published_at: string;
}

export async function postsWithTag(db: DataSource, tag: string, limit = 20): Promise<PostRow[]> {
  const capped = Math.min(Math.max(limit, 1), 100);
  return db.query(
    `SELECT p.id, p.title, p.published_at
       FROM posts p JOIN post_tags t ON t.post_id = p.id
      WHERE t.tag = '${tag}' AND p.published_at IS NOT NULL
      ORDER BY p.published_at DESC
      LIMIT ${capped}`,
  );
}
