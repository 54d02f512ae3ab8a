import type { NextFunction, Request, Response } from 'express';
import jwt, { type JwtPayload } from 'jsonwebtoken';

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY ?? '';

export function requireUser(req: Request, res: Response, next: NextFunction): void {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  let claims: JwtPayload | null = null;
  try {
    claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] }) as JwtPayload;
  } catch {
    claims = null;
  }
  if (!claims?.sub) {
    res.status(401).json({ error: 'not signed in' });
    return;
  }
  res.locals.userId = claims.sub;
  next();
}
