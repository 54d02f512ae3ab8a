/**
 * PATCH /api/me — let users edit their own profile (display name, bio, avatar).
 * Express + Prisma. `req.user` is set by the auth middleware.
 */
import type { Request, Response } from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const EDITABLE = ['displayName', 'bio', 'avatarUrl'] as const;

interface AuthedRequest extends Request {
  user: { id: number };
}

export async function updateMe(req: AuthedRequest, res: Response): Promise<void> {
  const changes = req.body as Record<string, unknown>;
  if (typeof changes !== 'object' || changes === null) {
    res.status(400).json({ error: 'expected an object' });
    return;
  }
  const data: Record<string, string> = {};
  for (const field of EDITABLE) {
    const value = changes[field];
    if (typeof value === 'string') data[field] = value.slice(0, 500);
  }
  const user = await prisma.user.update({
    where: { id: req.user.id },
    data,
    select: { id: true, displayName: true, bio: true, avatarUrl: true },
  });
  res.json(user);
}
