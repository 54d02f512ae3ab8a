// File names for analysed code that has no file of its own (a playground run, an evaluation run's final code).
import type { Language } from '../../task/Task';
import { languageSpec } from '../../languages/registry';

/** A task id or model name as one safe path segment: anything but letters, digits, '.', '_' and '-' becomes '_'. */
export function safePathSegment(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return safe === '' ? '_' : safe;
}

/** The extension a language's code is written with, with its dot (".py"). */
export function codeExtension(language: Language): string {
  return languageSpec(language).extensions[0] ?? '.txt';
}

/** `<name>.<ext>`, e.g. "py-ping-host.py". */
export function codeFileName(name: string, language: Language): string {
  return `${safePathSegment(name)}${codeExtension(language)}`;
}
