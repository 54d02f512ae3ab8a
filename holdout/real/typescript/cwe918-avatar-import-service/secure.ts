// Lets users import their avatar from a URL (e.g. their profile picture elsewhere).
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Request, Response } from 'express';
import { z } from 'zod';

const AVATAR_DIR = process.env.AVATAR_DIR ?? '/var/lib/app/avatars';
const MAX_BYTES = 2 * 1024 * 1024;
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);
const ALLOWED_HOSTS = new Set(['avatars.githubusercontent.com', 'secure.gravatar.com', 'lh3.googleusercontent.com']);

const Body = z.object({ url: z.string().url() });

async function fetchImage(url: URL): Promise<{ type: string; data: Buffer }> {
  const res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`upstream answered ${res.status}`);
  const type = res.headers.get('content-type')?.split(';')[0] ?? '';
  if (!IMAGE_TYPES.has(type)) throw new Error(`not an image: ${type}`);
  const data = Buffer.from(await res.arrayBuffer());
  if (data.length > MAX_BYTES) throw new Error('image too large');
  return { type, data };
}

export async function importAvatar(req: Request, res: Response): Promise<void> {
  const parsed = Body.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: 'url required' });
    return;
  }
  const url = new URL(parsed.data.url);
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) {
    res.status(400).json({ error: 'unsupported avatar host' });
    return;
  }
  try {
    const { type, data } = await fetchImage(url);
    const name = createHash('sha256').update(data).digest('hex') + '.' + type.split('/')[1];
    await writeFile(join(AVATAR_DIR, name), data);
    res.json({ avatar: `/avatars/${name}` });
  } catch (err) {
    res.status(502).json({ error: (err as Error).message });
  }
}
