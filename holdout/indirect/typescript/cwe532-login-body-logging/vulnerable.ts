import type { NextFunction, Request, Response } from 'express';
import pino from 'pino';

const log = pino();

/** Request logging for the auth service; the log goes to the shared log platform. */
export function requestLog(req: Request, res: Response, next: NextFunction): void {
  const started = Date.now();
  res.on('finish', () => {
    log.info({ method: req.method, path: req.path, status: res.statusCode, body: req.body, ms: Date.now() - started });
  });
  next();
}
