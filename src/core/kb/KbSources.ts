// The validated knowledge-base sources, one list per kind, plus non-fatal warnings.
import type { CweHierarchyData } from '../cwe/cweHierarchySchema';
import type { AdvisorySource, CweSource, OperationSource, TaskSource } from './kbSourceSchema';

/** One source file as read from disk: its path relative to the project and its parsed YAML. */
export interface KbSourceFile {
  path: string;
  data: unknown;
}

export interface KbSources {
  operations: OperationSource[];
  cwes: CweSource[];
  tasks: TaskSource[];
  advisories: AdvisorySource[];
  /** kb/cwe-hierarchy.json: MITRE view-1000 parents and children of every CWE the project uses. */
  hierarchy: CweHierarchyData;
  /** Problems that do not stop the build (e.g. an advisory for a CWE not written yet). */
  warnings: string[];
}
