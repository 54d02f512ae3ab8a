import type { NextApiRequest, NextApiResponse } from 'next';
import { db } from '../../lib/db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const q = String(req.query.q ?? '');
  const result = await db.raw(
    `SELECT id, title, ts_rank(search, plainto_tsquery(?)) AS rank
       FROM articles WHERE search @@ plainto_tsquery(?)
       ORDER BY rank DESC LIMIT 20`,
    [q, q],
  );
  res.status(200).json(result.rows);
}
