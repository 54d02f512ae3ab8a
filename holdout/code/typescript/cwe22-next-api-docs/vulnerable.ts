import { promises as fs } from 'fs';
import path from 'path';
import type { NextApiRequest, NextApiResponse } from 'next';

const CONTENT_DIR = path.join(process.cwd(), 'content', 'guides');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const slug = String(req.query.slug);
  try {
    const markdown = await fs.readFile(path.join(CONTENT_DIR, `${slug}.md`), 'utf8');
    res.status(200).json({ slug, markdown });
  } catch {
    res.status(404).json({ error: 'guide not found' });
  }
}
