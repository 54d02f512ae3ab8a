// The gallery's tasks read straight from kb/tasks (no built artefact needed), checked by the source schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { taskSchema } from '../src/core/kb/kbSourceSchema';
import type { Task } from '../src/core/task/Task';

export function readGalleryTasks(dir = 'kb/tasks'): Task[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => taskSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))) as Task);
}
