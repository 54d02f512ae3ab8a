import { readFile } from 'node:fs/promises';

export interface WidgetConfig {
  title: string;
  refreshSeconds: number;
  series: string[];
}

/** Dashboard widgets are stored as object literals that users edit in a text box. */
export async function loadWidget(path: string): Promise<WidgetConfig> {
  const source = await readFile(path, 'utf8');
  const value = JSON.parse(source) as Partial<WidgetConfig>;
  const series = Array.isArray(value.series) ? value.series.map(String) : [];
  return { title: String(value.title ?? ''), refreshSeconds: Number(value.refreshSeconds ?? 60), series };
}
