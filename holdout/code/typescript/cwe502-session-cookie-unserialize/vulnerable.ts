import type { Request, Response, NextFunction } from 'express';
import serialize from 'node-serialize';

interface Preferences {
  theme: 'light' | 'dark';
  locale: string;
}

export function loadPreferences(req: Request, res: Response, next: NextFunction): void {
  const raw = req.cookies?.prefs;
  const prefs: Preferences = raw
    ? serialize.unserialize(Buffer.from(raw, 'base64').toString())
    : { theme: 'light', locale: 'en' };
  res.locals.prefs = prefs;
  next();
}
