import type { Request, Response } from 'express';

interface LogLine {
  ts: string;
  message: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function searchLogs(lines: LogLine[]) {
  return (req: Request, res: Response) => {
    const needle = String(req.query.pattern ?? '').slice(0, 200);
    const pattern = new RegExp(escapeRegExp(needle), 'i');
    res.json(lines.filter((l) => pattern.test(l.message)).slice(0, 200));
  };
}
