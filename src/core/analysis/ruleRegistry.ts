// Every analyser rule, filed by CWE: each rules/ file exports its rules as one array, listed here in CWE order.
import type { Rule } from './Rule';
import { cwe020InputValidation } from './rules/cwe020InputValidation';
import { cwe022PathTraversal } from './rules/cwe022PathTraversal/cwe022PathTraversal';
import { cwe077CommandInjection } from './rules/cwe077CommandInjection';
import { cwe078OsCommandInjection } from './rules/cwe078OsCommandInjection/cwe078OsCommandInjection';
import { cwe079CrossSiteScripting } from './rules/cwe079CrossSiteScripting/cwe079CrossSiteScripting';
import { cwe088ArgumentInjection } from './rules/cwe088ArgumentInjection';
import { cwe089SqlInjection } from './rules/cwe089SqlInjection/cwe089SqlInjection';
import { cwe090LdapInjection } from './rules/cwe090LdapInjection';
import { cwe094CodeInjection } from './rules/cwe094CodeInjection';
import { cwe095EvalInjection } from './rules/cwe095EvalInjection';
import { cwe098FileInclusion } from './rules/cwe098FileInclusion';
import { cwe113HttpResponseSplitting } from './rules/cwe113HttpResponseSplitting';
import { cwe117LogInjection } from './rules/cwe117LogInjection/cwe117LogInjection';
import { cwe134FormatString } from './rules/cwe134FormatString';
import { cwe185IncorrectRegex } from './rules/cwe185IncorrectRegex';
import { cwe190IntegerOverflow } from './rules/cwe190IntegerOverflow/cwe190IntegerOverflow';
import { cwe194SignExtension } from './rules/cwe194SignExtension';
import { cwe195SignedToUnsigned } from './rules/cwe195SignedToUnsigned';
import { cwe197NumericTruncation } from './rules/cwe197NumericTruncation';
import { cwe208TimingDiscrepancy } from './rules/cwe208TimingDiscrepancy';
import { cwe209ErrorMessageExposure } from './rules/cwe209ErrorMessageExposure';
import { cwe215DebugInformation } from './rules/cwe215DebugInformation';
import { cwe248RustPanicOnInput } from './rules/cwe248RustPanicOnInput';
import { cwe250UnnecessaryPrivileges } from './rules/cwe250UnnecessaryPrivileges';
import { cwe252UncheckedReturn } from './rules/cwe252UncheckedReturn';
import { cwe259HardcodedPassword } from './rules/cwe259HardcodedPassword';
import { cwe269PrivilegeManagement } from './rules/cwe269PrivilegeManagement';
import { cwe276DefaultPermissions } from './rules/cwe276DefaultPermissions';
import { cwe287Authentication } from './rules/cwe287Authentication';
import { cwe295CertificateValidation } from './rules/cwe295CertificateValidation';
import { cwe306MissingAuthentication } from './rules/cwe306MissingAuthentication';
import { cwe312CleartextStorage } from './rules/cwe312CleartextStorage';
import { cwe319CleartextTransmission } from './rules/cwe319CleartextTransmission';
import { cwe321HardcodedCryptoKey } from './rules/cwe321HardcodedCryptoKey';
import { cwe323NonceReuse } from './rules/cwe323NonceReuse';
import { cwe326WeakKeyStrength } from './rules/cwe326WeakKeyStrength';
import { cwe327BrokenCrypto } from './rules/cwe327BrokenCrypto';
import { cwe328WeakHash } from './rules/cwe328WeakHash';
import { cwe329PredictableIv } from './rules/cwe329PredictableIv';
import { cwe330InsufficientRandomness } from './rules/cwe330InsufficientRandomness';
import { cwe335PrngSeed } from './rules/cwe335PrngSeed';
import { cwe338WeakPrng } from './rules/cwe338WeakPrng';
import { cwe346CorsOriginReflected } from './rules/cwe346CorsOriginReflected';
import { cwe347SignatureVerification } from './rules/cwe347SignatureVerification';
import { cwe348LessTrustedSource } from './rules/cwe348LessTrustedSource';
import { cwe352Csrf } from './rules/cwe352Csrf';
import { cwe362RaceCondition } from './rules/cwe362RaceCondition';
import { cwe129IndexValidation } from './rules/cwe129IndexValidation';
import { cwe362SharedWrites } from './rules/cwe362SharedWrites';
import { cwe367CheckThenUse } from './rules/cwe367CheckThenUse';
import { cwe369DivideByZero } from './rules/cwe369DivideByZero/cwe369DivideByZero';
import { cwe377InsecureTempFile } from './rules/cwe377InsecureTempFile';
import { cwe379TempFileSharedDir } from './rules/cwe379TempFileSharedDir';
import { cwe384SessionFixation } from './rules/cwe384SessionFixation';
import { cwe400ResourceConsumption } from './rules/cwe400ResourceConsumption';
import { cwe434UnrestrictedUpload } from './rules/cwe434UnrestrictedUpload';
import { cwe470UnsafeReflection } from './rules/cwe470UnsafeReflection';
import { cwe502Deserialization } from './rules/cwe502Deserialization';
import { cwe521WeakPasswordRules } from './rules/cwe521WeakPasswordRules';
import { cwe522CredentialProtection } from './rules/cwe522CredentialProtection';
import { cwe601OpenRedirect } from './rules/cwe601OpenRedirect';
import { cwe611Xxe } from './rules/cwe611Xxe';
import { cwe614CookieWithoutSecure } from './rules/cwe614CookieWithoutSecure';
import { cwe643XpathInjection } from './rules/cwe643XpathInjection';
import { cwe676DangerousFunction } from './rules/cwe676DangerousFunction';
import { cwe681NumericConversion } from './rules/cwe681NumericConversion';
import { cwe732PermissionAssignment } from './rules/cwe732PermissionAssignment';
import { cwe732SecretFileModeManaged } from './rules/cwe732SecretFileModeManaged';
import { cwe755ExceptionHandling } from './rules/cwe755ExceptionHandling/cwe755ExceptionHandling';
import { cwe759UnsaltedHash } from './rules/cwe759UnsaltedHash';
import { cwe760PredictableSalt } from './rules/cwe760PredictableSalt';
import { cwe770UnlimitedAllocation } from './rules/cwe770UnlimitedAllocation';
import { cwe776EntityExpansion } from './rules/cwe776EntityExpansion';
import { cwe798HardcodedCredentials } from './rules/cwe798HardcodedCredentials';
import { cwe807UntrustedSecurityDecision } from './rules/cwe807UntrustedSecurityDecision';
import { cwe827DtdControl } from './rules/cwe827DtdControl';
import { cwe843TypeConfusion } from './rules/cwe843TypeConfusion';
import { cwe843StaticDowncast } from './rules/cwe843StaticDowncast';
import { cwe562ReturnLocalAddress } from './rules/cwe562ReturnLocalAddress';
import { cwe457MemberNotInitialised } from './rules/cwe457MemberNotInitialised';
import { cwe862MissingAuthorization } from './rules/cwe862MissingAuthorization';
import { cwe863Authorization } from './rules/cwe863Authorization';
import { cwe915MassAssignment } from './rules/cwe915MassAssignment/cwe915MassAssignment';
import { cwe916WeakPasswordHash } from './rules/cwe916WeakPasswordHash';
import { cwe918Ssrf } from './rules/cwe918Ssrf/cwe918Ssrf';
import { cwe943DataQueryInjection } from './rules/cwe943DataQueryInjection';
import { cwe1004CookieWithoutHttpOnly } from './rules/cwe1004CookieWithoutHttpOnly';
import { cwe1240HomemadeCrypto } from './rules/cwe1240HomemadeCrypto';
import { cwe1321PrototypePollution } from './rules/cwe1321PrototypePollution';
import { cwe1333Redos } from './rules/cwe1333Redos';
import { lowTierRules } from './rules/lowTier/lowTierRules';
import { memorySafetyRules } from './rules/memorySafetyRules';
import { rubyRules } from './rules/ruby/rubyRules';

const CWE_RULES: readonly Rule[] = [
  ...cwe020InputValidation,
  ...cwe022PathTraversal,
  ...cwe077CommandInjection,
  ...cwe078OsCommandInjection,
  ...cwe079CrossSiteScripting,
  ...cwe088ArgumentInjection,
  ...cwe089SqlInjection,
  ...cwe090LdapInjection,
  ...cwe094CodeInjection,
  ...cwe095EvalInjection,
  ...cwe098FileInclusion,
  ...cwe113HttpResponseSplitting,
  ...cwe117LogInjection,
  ...cwe134FormatString,
  ...cwe185IncorrectRegex,
  ...cwe190IntegerOverflow,
  ...cwe194SignExtension,
  ...cwe195SignedToUnsigned,
  ...cwe197NumericTruncation,
  ...cwe208TimingDiscrepancy,
  ...cwe209ErrorMessageExposure,
  ...cwe215DebugInformation,
  ...cwe248RustPanicOnInput,
  ...cwe250UnnecessaryPrivileges,
  ...cwe252UncheckedReturn,
  ...cwe259HardcodedPassword,
  ...cwe269PrivilegeManagement,
  ...cwe276DefaultPermissions,
  ...cwe287Authentication,
  ...cwe295CertificateValidation,
  ...cwe306MissingAuthentication,
  ...cwe312CleartextStorage,
  ...cwe319CleartextTransmission,
  ...cwe321HardcodedCryptoKey,
  ...cwe323NonceReuse,
  ...cwe326WeakKeyStrength,
  ...cwe327BrokenCrypto,
  ...cwe328WeakHash,
  ...cwe329PredictableIv,
  ...cwe330InsufficientRandomness,
  ...cwe335PrngSeed,
  ...cwe338WeakPrng,
  ...cwe346CorsOriginReflected,
  ...cwe347SignatureVerification,
  ...cwe348LessTrustedSource,
  ...cwe352Csrf,
  ...cwe129IndexValidation,
  ...cwe362RaceCondition,
  ...cwe362SharedWrites,
  ...cwe367CheckThenUse,
  ...cwe369DivideByZero,
  ...cwe377InsecureTempFile,
  ...cwe379TempFileSharedDir,
  ...cwe384SessionFixation,
  ...cwe400ResourceConsumption,
  ...cwe434UnrestrictedUpload,
  ...cwe470UnsafeReflection,
  ...cwe502Deserialization,
  ...cwe521WeakPasswordRules,
  ...cwe522CredentialProtection,
  ...cwe457MemberNotInitialised,
  ...cwe562ReturnLocalAddress,
  ...cwe601OpenRedirect,
  ...cwe611Xxe,
  ...cwe614CookieWithoutSecure,
  ...cwe643XpathInjection,
  ...cwe676DangerousFunction,
  ...cwe681NumericConversion,
  ...cwe732PermissionAssignment,
  ...cwe732SecretFileModeManaged,
  ...cwe755ExceptionHandling,
  ...cwe759UnsaltedHash,
  ...cwe760PredictableSalt,
  ...cwe770UnlimitedAllocation,
  ...cwe776EntityExpansion,
  ...cwe798HardcodedCredentials,
  ...cwe807UntrustedSecurityDecision,
  ...cwe827DtdControl,
  ...cwe843TypeConfusion,
  ...cwe843StaticDowncast,
  ...cwe862MissingAuthorization,
  ...cwe863Authorization,
  ...cwe915MassAssignment,
  ...cwe916WeakPasswordHash,
  ...cwe918Ssrf,
  ...cwe943DataQueryInjection,
  ...cwe1004CookieWithoutHttpOnly,
  ...cwe1240HomemadeCrypto,
  ...cwe1321PrototypePollution,
  ...cwe1333Redos,
  ...memorySafetyRules,
  ...rubyRules,
];

const cweNumber = (rule: Rule): number => Number(rule.cwe.replace('CWE-', ''));

/**
 * The CWE files' rules, then the low tier (rules/lowTier/), stably sorted into CWE order: a low-tier rule runs after
 * its CWE's own rules, so where both report the same spot the stronger finding is kept.
 */
export const RULES: readonly Rule[] = [...CWE_RULES, ...lowTierRules].sort((a, b) => cweNumber(a) - cweNumber(b));
