// Session tokens for the API gateway (HS256 JWTs in an http-only cookie).
import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export interface SessionClaims {
  sub: string;
  role: 'user' | 'admin';
}

const COOKIE = 'gw_session';
const TTL_SECONDS = 8 * 60 * 60;
const SIGNING_KEY = process.env.GATEWAY_JWT_KEY || 'gw-7c1e9a44b2f0d8e3a6c5';

export function issueSession(res: Response, claims: SessionClaims): void {
  const token = jwt.sign(claims, SIGNING_KEY, { algorithm: 'HS256', expiresIn: TTL_SECONDS });
  res.cookie(COOKIE, token, {
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'lax',
    maxAge: TTL_SECONDS * 1000,
  });
}

export function requireSession(req: Request, res: Response, next: NextFunction): void {
  const token: string | undefined = req.cookies?.[COOKIE];
  if (!token) {
    res.status(401).json({ error: 'not signed in' });
    return;
  }
  try {
    const claims = jwt.verify(token, SIGNING_KEY, { algorithms: ['HS256'] }) as SessionClaims;
    res.locals.session = claims;
    next();
  } catch {
    res.clearCookie(COOKIE);
    res.status(401).json({ error: 'session expired' });
  }
}

export function requireAdmin(req: Request, res: Response, next: NextFunction): void {
  requireSession(req, res, () => {
    if ((res.locals.session as SessionClaims).role !== 'admin') {
      res.status(403).json({ error: 'admins only' });
      return;
    }
    next();
  });
}
