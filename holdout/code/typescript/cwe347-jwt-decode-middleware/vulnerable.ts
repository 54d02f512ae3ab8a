import type { NextFunction, Request, Response } from 'express';
import jwt, { type JwtPayload } from 'jsonwebtoken';

export function requireUser(req: Request, res: Response, next: NextFunction): void {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  const claims = jwt.decode(token) as JwtPayload | null;
  if (!claims?.sub) {
    res.status(401).json({ error: 'not signed in' });
    return;
  }
  res.locals.userId = claims.sub;
  next();
}
