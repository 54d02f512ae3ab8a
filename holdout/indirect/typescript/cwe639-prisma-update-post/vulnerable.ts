import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth';
import { prisma } from '../../../lib/prisma';
import { authOptions } from '../auth/[...nextauth]';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).end();
  if (req.method !== 'PUT') return res.status(405).end();
  const post = await prisma.post.update({
    where: { id: String(req.query.id) },
    data: { title: String(req.body.title), content: String(req.body.content) },
  });
  res.json(post);
}
