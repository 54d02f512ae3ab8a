// Password reset flow: issue a token by e-mail, then accept it once within the hour.
import { createHash, randomInt } from 'node:crypto';
import type { Pool } from 'pg';
import { sendMail } from './mailer';

const TOKEN_TTL_MS = 60 * 60 * 1000;
const TOKEN_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function randomToken(length = 32): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out += TOKEN_CHARS[randomInt(TOKEN_CHARS.length)];
  }
  return out;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function requestReset(db: Pool, email: string, baseUrl: string): Promise<void> {
  const { rows } = await db.query<{ id: number }>('SELECT id FROM users WHERE email = $1', [email.toLowerCase()]);
  if (rows.length === 0) return; // same answer either way
  const token = randomToken();
  await db.query(
    'INSERT INTO password_resets (user_id, token_digest, expires_at) VALUES ($1, $2, $3)',
    [rows[0]!.id, digest(token), new Date(Date.now() + TOKEN_TTL_MS)],
  );
  await sendMail(email, 'Reset your password', `Open ${baseUrl}/reset?token=${token} within an hour.`);
}

export async function consumeReset(db: Pool, token: string): Promise<number | null> {
  const { rows } = await db.query<{ user_id: number }>(
    `UPDATE password_resets SET used_at = now()
      WHERE token_digest = $1 AND used_at IS NULL AND expires_at > now()
      RETURNING user_id`,
    [digest(token)],
  );
  return rows[0]?.user_id ?? null;
}
