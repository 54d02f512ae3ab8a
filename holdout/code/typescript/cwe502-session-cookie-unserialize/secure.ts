import type { Request, Response, NextFunction } from 'express';

interface Preferences {
  theme: 'light' | 'dark';
  locale: string;
}

const DEFAULTS: Preferences = { theme: 'light', locale: 'en' };

function parsePreferences(raw: string): Preferences {
  const value: unknown = JSON.parse(Buffer.from(raw, 'base64').toString());
  if (typeof value !== 'object' || value === null) return DEFAULTS;
  const v = value as Record<string, unknown>;
  return {
    theme: v.theme === 'dark' ? 'dark' : 'light',
    locale: typeof v.locale === 'string' && /^[a-z]{2}(-[A-Z]{2})?$/.test(v.locale) ? v.locale : 'en',
  };
}

export function loadPreferences(req: Request, res: Response, next: NextFunction): void {
  const raw = req.cookies?.prefs;
  let prefs = DEFAULTS;
  try {
    if (raw) prefs = parsePreferences(raw);
  } catch {
    prefs = DEFAULTS;
  }
  res.locals.prefs = prefs;
  next();
}
