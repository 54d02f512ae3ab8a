// Stamps a user knowledge base with its format and content-hash version, so every producer
// (CLI, browser worker, distillation) writes the same wrapper.
import { canonicalJson } from '../../kb/canonicalJson';
import type { ArtefactCwe } from '../../kb/knowledgeArtefactSchema';
import type { DistillationRecord } from '../distill/distillationRecordSchema';
import { contentHash } from './contentHash';
import { USER_KB_FORMAT, USER_KB_FORMAT_VERSION, type IngestReport, type UserKb } from './userKbSchema';

export interface UserKbBody {
  name: string;
  cwes: ArtefactCwe[];
  report: IngestReport;
  distillation: DistillationRecord;
}

export function finishUserKb(body: UserKbBody): UserKb {
  const version = contentHash(canonicalJson({ name: body.name, cwes: body.cwes, distillation: body.distillation }));
  return {
    format: USER_KB_FORMAT,
    formatVersion: USER_KB_FORMAT_VERSION,
    kind: 'user',
    name: body.name,
    version,
    cwes: body.cwes,
    report: body.report,
    distillation: body.distillation,
  };
}
