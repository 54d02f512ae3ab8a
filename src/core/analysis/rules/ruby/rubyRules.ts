// Every Ruby rule, one file per weakness; ruleRegistry.ts sorts them into CWE order with the other languages' rules.
import type { Rule } from '../../Rule';
import { rubyCodeInjection } from './rubyCodeInjection';
import { rubyCommandInjection } from './rubyCommandInjection';
import { rubyCrossSiteScripting } from './rubyCrossSiteScripting';
import { rubyCsrf } from './rubyCsrfSkipped';
import { rubyDeserialization } from './rubyDeserialization';
import { rubyLineAnchorRules } from './rubyLineAnchors';
import { rubyMassAssign } from './rubyMassAssignment';
import { rubyRedirect } from './rubyOpenRedirect';
import { rubyPathTraversal } from './rubyPathTraversal';
import { rubySecrets } from './rubySecrets';
import { rubyServerSideRequest } from './rubyServerSideRequest';
import { rubySqlInjection } from './rubySqlInjection';
import { rubyWeakCrypto } from './rubyWeakCrypto';
import { rubyXml } from './rubyXmlEntities';

export const rubyRules: readonly Rule[] = [
  ...rubyCommandInjection,
  ...rubyCodeInjection,
  ...rubySqlInjection,
  ...rubyDeserialization,
  ...rubyRedirect,
  ...rubyMassAssign,
  ...rubyPathTraversal,
  ...rubyCrossSiteScripting,
  ...rubyWeakCrypto,
  ...rubySecrets,
  ...rubyXml,
  ...rubyServerSideRequest,
  ...rubyLineAnchorRules,
  ...rubyCsrf,
];
