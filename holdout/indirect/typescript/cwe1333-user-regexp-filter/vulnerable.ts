import type { Request, Response } from 'express';

interface LogLine {
  ts: string;
  message: string;
}

export function searchLogs(lines: LogLine[]) {
  return (req: Request, res: Response) => {
    const pattern = new RegExp(String(req.query.pattern ?? ''), 'i');
    res.json(lines.filter((l) => pattern.test(l.message)).slice(0, 200));
  };
}
