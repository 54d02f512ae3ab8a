import type { Request, Response } from 'express';
import { issueSessionToken, checkPassword } from './auth';

export async function login(req: Request, res: Response): Promise<void> {
  const user = await checkPassword(req.body.email, req.body.password);
  if (!user) {
    res.status(401).json({ error: 'wrong email or password' });
    return;
  }
  res.cookie('session', await issueSessionToken(user.id), {
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    maxAge: 12 * 3600 * 1000,
  });
  res.json({ id: user.id });
}
