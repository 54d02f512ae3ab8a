/**
 * Blog API: list published posts carrying a tag, newest first.
 * `tag` comes from GET /posts?tag=...
 */
import { DataSource } from 'typeorm';
import type { Request, Response } from 'express';

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
      WHERE t.tag = $1 AND p.published_at IS NOT NULL
      ORDER BY p.published_at DESC
      LIMIT $2`,
    [tag, capped],
  );
}

export interface TagCount {
  tag: string;
  posts: number;
}

export async function popularTags(db: DataSource, limit = 10): Promise<TagCount[]> {
  const rows: { tag: string; posts: string }[] = await db.query(
    `SELECT t.tag, COUNT(*) AS posts
       FROM post_tags t JOIN posts p ON p.id = t.post_id
      WHERE p.published_at IS NOT NULL
      GROUP BY t.tag
      ORDER BY posts DESC
      LIMIT $1`,
    [Math.min(Math.max(limit, 1), 50)],
  );
  return rows.map((r) => ({ tag: r.tag, posts: Number(r.posts) }));
}

export async function tagPostsRoute(db: DataSource, req: Request, res: Response): Promise<void> {
  const tag = typeof req.query.tag === 'string' ? req.query.tag.trim() : '';
  if (!tag) {
    res.json({ tags: await popularTags(db) });
    return;
  }
  const limit = Number.parseInt(String(req.query.limit ?? '20'), 10) || 20;
  const posts = await postsWithTag(db, tag, limit);
  res.json({ tag, posts });
}
