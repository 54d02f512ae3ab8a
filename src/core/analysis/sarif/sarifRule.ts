// A rule's SARIF reporting descriptor: our message as its description, our fix as its help, its CWE as tag and taxon.
import type { ReportingDescriptor } from 'sarif';
import type { RuleMeta } from '../Rule';
import type { CweTaxonomy } from './cweTaxonomy';
import { cweHelpUri, cweTag } from './cweTaxonomy';
import { sarifLevel } from './sarifLevel';

/** What a descriptor needs; a rule the registry no longer has is described from its finding (fix may be absent). */
export type SarifRuleMeta = Pick<RuleMeta, 'id' | 'cwe' | 'severity' | 'message' | 'tier'> & { fix?: string };

export function sarifRule(rule: SarifRuleMeta, taxonomy: CweTaxonomy): ReportingDescriptor {
  return {
    id: rule.id,
    shortDescription: { text: rule.message },
    ...(rule.fix ? { help: { text: rule.fix } } : {}),
    helpUri: cweHelpUri(rule.cwe),
    defaultConfiguration: { level: sarifLevel(rule) },
    relationships: [{ target: taxonomy.reference(rule.cwe), kinds: ['relevant'] }],
    properties: { tags: ['security', cweTag(rule.cwe)], tier: rule.tier ?? 'finding' },
  };
}
