import { Router, Request, Response } from 'express';
import { exchangeCodeForSession } from './oauthClient';

export const authRouter = Router();

// OAuth callback: the provider sends the user back here with ?code=...&state=...
// `state` carries the page the user wanted before logging in.
authRouter.get('/auth/callback', async (req: Request, res: Response) => {
  const code = String(req.query.code ?? '');
  const returnTo = String(req.query.state ?? '/');

  const session = await exchangeCodeForSession(code);
  if (!session) {
    res.status(401).send('Login failed');
    return;
  }
  res.cookie('sid', session.id, { httpOnly: true, sameSite: 'lax' });
  // Only same-site paths: "/x" but not "//host" or "/\host"
  const isLocalPath = returnTo.startsWith('/') && !returnTo.startsWith('//') && !returnTo.startsWith('/\\');
  res.redirect(isLocalPath ? returnTo : '/');
});
