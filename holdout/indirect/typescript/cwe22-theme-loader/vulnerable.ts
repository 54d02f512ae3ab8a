import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const THEMES_DIR = '/opt/app/themes';

export interface Theme {
  name: string;
  colors: Record<string, string>;
}

/** Loads the theme a workspace admin selected in the settings page. */
export async function loadTheme(themeName: string): Promise<Theme> {
  const raw = await readFile(join(THEMES_DIR, themeName, 'theme.json'), 'utf8');
  return JSON.parse(raw) as Theme;
}
