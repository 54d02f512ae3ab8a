import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth';
import { prisma } from '../../../lib/prisma';
import { authOptions } from '../auth/[...nextauth]';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) return res.status(401).end();
  if (req.method !== 'PUT') return res.status(405).end();
  const result = await prisma.post.updateMany({
    where: { id: String(req.query.id), author: { email: session.user.email } },
    data: { title: String(req.body.title), content: String(req.body.content) },
  });
  if (result.count === 0) return res.status(404).end();
  res.json({ updated: result.count });
}
