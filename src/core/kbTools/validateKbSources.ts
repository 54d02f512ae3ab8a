// Validates every knowledge-base source file and cross-checks ids; a failure names the file and field.
import type { z } from 'zod';
import { PlaygroundError } from '../errors';
import type { KbSourceFile, KbSources } from '../kb/KbSources';
import {
  advisorySchema,
  cweSchema,
  operationApisFileSchema,
  operationsFileSchema,
  taskSchema,
} from '../kb/kbSourceSchema';
import { addOperationApis, type OperationApisFile } from './addOperationApis';
import { formatIssue } from '../kb/formatIssuePath';
import { cweHierarchySchema, type CweHierarchyData } from '../cwe/cweHierarchySchema';
import { checkHierarchySource, HIERARCHY_PATH } from './checkHierarchySource';

type Kind = 'operations' | 'operation-apis' | 'cwe' | 'task' | 'advisory' | 'hierarchy';

export function kindOfPath(path: string): Kind | null {
  const p = path.replace(/\\/g, '/');
  if (/(^|\/)operations\.ya?ml$/.test(p)) return 'operations';
  if (/(^|\/)operation-apis\/[^/]+\.ya?ml$/.test(p)) return 'operation-apis';
  if (/(^|\/)cwe-hierarchy\.json$/.test(p)) return 'hierarchy';
  if (/(^|\/)cwe\/[^/]+\.ya?ml$/.test(p)) return 'cwe';
  if (/(^|\/)tasks\/[^/]+\.ya?ml$/.test(p)) return 'task';
  if (/(^|\/)advisories\/.+\.ya?ml$/.test(p)) return 'advisory';
  return null;
}

function parse<T>(schema: z.ZodType<T>, file: KbSourceFile, errors: string[]): T | null {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) errors.push(`${file.path}: ${formatIssue(issue)}`);
  return null;
}

const EMPTY: CweHierarchyData = { view: 1000, note: '', cwes: [], siblings: [] };

/** Throws KB_INVALID listing every problem, one per line; returns the sources otherwise. */
export function validateKbSources(files: readonly KbSourceFile[]): KbSources {
  const errors: string[] = [];
  const out: KbSources = { operations: [], cwes: [], tasks: [], advisories: [], hierarchy: EMPTY, warnings: [] };
  let hierarchyFile: KbSourceFile | null = null;
  const apiFiles: OperationApisFile[] = [];
  const origin = new Map<string, string>();
  const claim = (id: string, path: string, what: string): void => {
    const first = origin.get(id);
    if (first) errors.push(`${path}: duplicate ${what} id "${id}" (first defined in ${first})`);
    else origin.set(id, path);
  };
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const kind = kindOfPath(file.path);
    if (kind === 'operations') {
      const ops = parse(operationsFileSchema, file, errors) ?? [];
      ops.forEach((op) => claim(`op:${op.id}`, file.path, 'operation'));
      out.operations.push(...ops);
    } else if (kind === 'operation-apis') {
      const extra = parse(operationApisFileSchema, file, errors);
      if (extra) apiFiles.push({ path: file.path, ...extra });
    } else if (kind === 'cwe') {
      const cwe = parse(cweSchema, file, errors);
      if (!cwe) continue;
      const base = file.path
        .replace(/\\/g, '/')
        .split('/')
        .pop()
        ?.replace(/\.ya?ml$/, '');
      if (base !== cwe.id) errors.push(`${file.path}: id: "${cwe.id}" does not match the file name`);
      claim(cwe.id, file.path, 'CWE');
      cwe.guidelines.forEach((g, i) => claim(g.id, `${file.path}: guidelines[${i}]`, 'guideline'));
      cwe.examples.forEach((e, i) => claim(e.id, `${file.path}: examples[${i}]`, 'example'));
      out.cwes.push(cwe);
    } else if (kind === 'task') {
      const task = parse(taskSchema, file, errors);
      if (task) {
        claim(`task:${task.id}`, file.path, 'task');
        out.tasks.push(task);
      }
    } else if (kind === 'hierarchy') {
      const hierarchy = parse(cweHierarchySchema, file, errors);
      if (hierarchy) [out.hierarchy, hierarchyFile] = [hierarchy, file];
    } else if (kind === 'advisory') {
      const adv = parse(advisorySchema, file, errors);
      if (adv) {
        claim(`adv:${adv.id}`, file.path, 'advisory');
        out.advisories.push(adv);
      }
    }
  }
  out.operations = addOperationApis(out.operations, apiFiles, errors);
  crossCheck(out, files, errors);
  if (hierarchyFile) errors.push(...checkHierarchySource(out, hierarchyFile.path));
  else if (!errors.some((e) => e.includes('cwe-hierarchy')))
    errors.push(`${HIERARCHY_PATH}: missing (every kb/cwe entry must be placed in the CWE hierarchy)`);
  if (errors.length > 0) {
    throw new PlaygroundError('KB_INVALID', {
      message: `The knowledge base has ${errors.length} problem(s):\n${errors.join('\n')}`,
      detail: errors.join('\n'),
    });
  }
  return out;
}

function crossCheck(kb: KbSources, files: readonly KbSourceFile[], errors: string[]): void {
  const pathOf = (id: string): string =>
    files.find((f) => kindOfPath(f.path) === 'cwe' && f.path.includes(`${id}.`))?.path ?? id;
  const ops = new Set(kb.operations.map((o) => o.id));
  const cwes = new Set(kb.cwes.map((c) => c.id));
  for (const cwe of kb.cwes) {
    cwe.operations.forEach((op, i) => {
      if (!ops.has(op)) errors.push(`${pathOf(cwe.id)}: operations[${i}]: unknown operation id "${op}"`);
    });
  }
  for (const task of kb.tasks) {
    if (task.cwe && !cwes.has(task.cwe)) kb.warnings.push(`task ${task.id}: ${task.cwe} has no kb/cwe entry yet`);
    // A security test is only proven able to fail by a vulnerable solution (scripts/checkSecurityTests.ts).
    if (Boolean(task.securityTests) !== Boolean(task.vulnerable)) {
      kb.warnings.push(
        `task ${task.id}: securityTests and vulnerable go together (one without the other proves nothing)`,
      );
    }
  }
  for (const adv of kb.advisories) {
    if (!cwes.has(adv.cwe)) kb.warnings.push(`advisory ${adv.id}: ${adv.cwe} has no kb/cwe entry yet`);
  }
}
