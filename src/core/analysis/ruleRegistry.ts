// Every analyser rule, in one explicit list: adding a rule is one file in rules/ plus one line here.
import type { Rule } from './Rule';
import {
  cShellCommand,
  goShellCommand,
  javaShellCommand,
  jsShellCommand,
  jsSpawnShell,
  phpShellCommand,
  pyShellCommand,
} from './rules/cwe78CommandInjection';
import {
  cSqlInjection,
  goSqlInjection,
  javaSqlInjection,
  jsSqlInjection,
  phpSqlInjection,
  pySqlInjection,
} from './rules/cwe89SqlInjection';
import {
  goReflectedXss,
  javaReflectedXss,
  jsDocumentWrite,
  jsDomXss,
  jsReflectedXss,
  phpReflectedXss,
  pyJinjaNoAutoescape,
  pyReflectedXss,
  pyUnsafeMarkup,
} from './rules/cwe79Xss';
import {
  cPathTraversal,
  goPathTraversal,
  javaPathTraversal,
  jsPathTraversal,
  phpPathTraversal,
  pyPathTraversal,
  pyTarSlip,
} from './rules/cwe22PathTraversal';
import { jsEval, phpEval, pyEval, pyTemplateInjection } from './rules/cwe94CodeInjection';
import { javaDeserialize, jsDeserialize, phpUnserialize, pyDeserialize } from './rules/cwe502Deserialization';
import {
  cWeakCrypto,
  goWeakCrypto,
  javaWeakCrypto,
  jsWeakCrypto,
  jsWeakHash,
  phpWeakCrypto,
  pyWeakCipher,
  pyWeakHash,
} from './rules/cwe327WeakCrypto';
import {
  cInsecureRandom,
  goInsecureRandom,
  javaInsecureRandom,
  jsInsecureRandom,
  pyInsecureRandom,
} from './rules/cwe338InsecureRandom';
import { hardcodedCredentials } from './rules/cwe798HardcodedCredentials';
import { pyNoCertVerify, tlsFlagsOff } from './rules/cwe295CertValidation';
import { insecureTempFile } from './rules/cwe377InsecureTemp';
import { javaXxe, nativeXxe, pyXxe } from './rules/cwe611Xxe';
import { ssrf } from './rules/cwe918Ssrf';
import { openRedirect } from './rules/cwe601OpenRedirect';
import {
  headerInjection,
  ldapInjection,
  logInjection,
  nosqlInjection,
  regexInjection,
  xpathInjection,
} from './rules/cwe20InputHandling';
import {
  pyCsrfExempt,
  pyDebugMode,
  pyErrorDetails,
  pyInsecureCookie,
  pyJwtNoVerify,
  pyUnrestrictedUpload,
} from './rules/pyConfigWeaknesses';
import { constantIv, weakKeySize, weakPasswordHash, worldWritable } from './rules/cryptoParameters';
import { cCopyLength, cFormatString, cGets, cScanfString, cUnboundedCopy } from './rules/cMemoryCopies';
import { cIndexRead, cIndexWrite, cReadFillsBuffer, cUnboundedScan, cUnterminatedCopy } from './rules/cIndexBounds';
import { cNullableDeref, javaNullLookup } from './rules/cNullResults';
import { cFreeLoopCursor, cppReferenceInvalidated, cppReturnLocalCStr } from './rules/cDanglingReferences';
import { cCheckedSumWraps, goNarrowProduct, narrowSizeArithmetic } from './rules/integerOverflow';
import {
  goAdminRouteUnwrapped,
  identityFromClient,
  jwtDecodeOnly,
  permitAllSensitive,
  phpLooseHashCompare,
  roleFromClient,
  sameSiteNone,
  unawaitedPasswordCheck,
} from './rules/webAuthSignals';
import {
  errorDetailsToClient,
  privilegeDropOrder,
  privilegeFromRequest,
  temporaryPrivilegeDrop,
} from './rules/privilegeAndDisclosure';
import { peerSizedAllocation, redosPattern, unboundedBodyRead, unboundedThreadPool } from './rules/resourceLimits';
import {
  credentialInLiteral,
  curlRuntimeUrl,
  jsYamlFullSchema,
  jsxDangerousHtml,
  scriptEngineEval,
  templateSafeFilter,
} from './rules/frameworkSinks';
import { uploadClientName } from './rules/uploadNames';
import { atoiOnInput, goTextTemplateHtml, optionInjection } from './rules/argumentInjection';
import {
  csBinaryFormatter,
  csProcessStart,
  csSqlCommand,
  csWeakHash,
  rustRawDeref,
  rustShellFormatted,
} from './rules/csharpRust';
import { cAllocOverflow, cDoubleFree, cUncheckedAlloc, cUseAfterFree } from './rules/cMemoryLifetime';
import { phpShortEchoUnescaped } from './rules/phpTemplateEcho';
import { pathPrefixAuthorization } from './rules/pathPrefixAuthorization';
import { cCommandStream } from './rules/cCommandStream';
import {
  cppDoubleDelete,
  cppEraseInLoop,
  cppStaleSmartGet,
  cppTemporaryCStr,
  cppTwoOwnersOneRaw,
  cppUseAfterDelete,
} from './rules/cppLifetime';
import {
  cppFindWithoutEnd,
  cppInclusiveLoopBound,
  cppStreamIntoArray,
  cppUncheckedIndex,
  cppWrappedArrayCount,
} from './rules/cppBounds';
import { cppFsPathJoin, cppPredictableEngine, cppStringAsFormat } from './rules/cppInjection';
import {
  rustFromRawParts,
  rustRawCopy,
  rustSetLen,
  rustUncheckedRead,
  rustUncheckedWrite,
  rustUseAfterDrop,
  rustWrappingSize,
} from './rules/rustMemory';
import { rustPathJoin, rustShellArgs, rustSqlFormatted, rustSsrf } from './rules/rustInjection';
import { rustHardcodedSecret, rustSeededRng, rustTlsDanger, rustWeakHash } from './rules/rustCrypto';
import { rustInputCapacity, rustUnboundedRead } from './rules/rustResources';
import {
  csCommandText,
  csDapperSql,
  csLdapFilter,
  csLdapSearcher,
  csLogForging,
  csMongoFilter,
  csProcessArguments,
  csScriptEval,
  csXPath,
} from './rules/csharpInjection';
import {
  csAntiforgeryDisabled,
  csAntiforgeryIgnored,
  csCookieNoHttpOnly,
  csCookieNotSecure,
  csErrorDetails,
  csHtmlResponse,
  csOpenRedirect,
  csPathCombine,
  csRawHtml,
  csSsrf,
  csUploadName,
} from './rules/csharpWeb';
import {
  csAcceptAnyCertificate,
  csConnectionStringPassword,
  csEcbMode,
  csHardcodedSecret,
  csInsecureRandom,
  csJwtUnsigned,
  csShortKey,
  csWeakCipher,
  csWeakPbkdf2,
} from './rules/csharpCrypto';
import { csDtdParse, csTypeNameHandling, csTypeResolver, csXmlResolver } from './rules/csharpXml';
import {
  csMassAssignment,
  csMaxBodyUnlimited,
  csPredictableTemp,
  csRegexNoTimeout,
  csRequestLimitDisabled,
  csWorldWritable,
} from './rules/csharpResources';
import { cookieHttpOnlyOff, cookieSecureOff, scriptWrittenTokenCookie } from './rules/cookieFlags';
import { weakPasswordPolicy } from './rules/weakPasswordPolicy';
import { timingUnsafeCall, timingUnsafeEquality, userLookupTimingOracle } from './rules/timingUnsafeCompare';
import { checkThenOpen, cppCheckThenStream } from './rules/checkThenOpen';
import { loginWithoutNewSession, sessionIdFromRequest } from './rules/sessionFixation';
import { cDoubleFreePath } from './rules/cDoubleFreePaths';
import { cDangerousFunction } from './rules/cDangerousFunctions';
import { secretCopiedForStorage, secretLogged, secretStoredRaw } from './rules/cleartextSecrets';
import { credentialFileDefaultMode, credentialsOverHttp, reversibleCredentialCookie } from './rules/exposedCredentials';
import { allocWithoutTerminator, requestSizedAllocation, unthrottledLogin } from './rules/requestSizedWork';
import { cStackCopyUnbounded, cVlaFromInput } from './rules/cStackBuffers';
import { cppCopyDoubleDelete } from './rules/cppOwnership';
import { jsPrototypePollution, jsRequestKeyedDictionary, pyClassPollution } from './rules/prototypePollution';
import { massAssignment } from './rules/massAssignment';
import { plaintextEndpoint, plaintextServer } from './rules/cleartextTransport';
import { fastPasswordDigest, lowBcryptCost, lowKdfIterations } from './rules/passwordHashCost';
import { cShortRsaKey, shortModulusOption, timeBasedUuidSecret } from './rules/keyGenerationParameters';
import { javaWorldWritablePermissions, jsWorldWritableMode, predictableTempPath } from './rules/tempFilesAndModes';
import { javaEntityFeatureOn, libxmlEntityExpansion, libxmlHugeDocuments } from './rules/xmlParserOptions';
import { cppRegexNested } from './rules/cppRegexPattern';
import {
  goDecodedBsonFilter,
  ldapFilterBuilt,
  mongoWhereBuilt,
  phpRequestInMongoFilter,
} from './rules/directoryQueries';
import { cBoundFromSource } from './rules/cBoundFromSource';
import { cScaledPointerArithmetic } from './rules/cScaledPointerArithmetic';
import { cArchiveEntryPath } from './rules/cArchiveEntryPath';
import { rawHttpHeaderValue } from './rules/handWrittenHttp';
import { cSyslogInjection } from './rules/cSyslogInjection';
import { goXPathBuilt } from './rules/goXPathQuery';
import { javaReflectiveAssignment } from './rules/javaReflectiveAssignment';
export const RULES: readonly Rule[] = [
  // CWE-78 command injection
  pyShellCommand,
  jsShellCommand,
  jsSpawnShell,
  cShellCommand,
  javaShellCommand,
  goShellCommand,
  phpShellCommand,
  // CWE-89 SQL injection
  pySqlInjection,
  jsSqlInjection,
  javaSqlInjection,
  goSqlInjection,
  phpSqlInjection,
  cSqlInjection,
  // CWE-79 cross-site scripting
  pyReflectedXss,
  pyUnsafeMarkup,
  pyJinjaNoAutoescape,
  jsDomXss,
  jsDocumentWrite,
  jsReflectedXss,
  goReflectedXss,
  javaReflectedXss,
  phpReflectedXss,
  // CWE-22 path traversal
  pyPathTraversal,
  jsPathTraversal,
  javaPathTraversal,
  goPathTraversal,
  cPathTraversal,
  phpPathTraversal,
  pyTarSlip,
  // CWE-94 code injection, CWE-502 deserialisation
  pyEval,
  pyTemplateInjection,
  jsEval,
  phpEval,
  pyDeserialize,
  javaDeserialize,
  jsDeserialize,
  phpUnserialize,
  // CWE-327/328 weak crypto, CWE-338 randomness, parameters (326, 329, 760, 732)
  pyWeakCipher,
  pyWeakHash,
  jsWeakCrypto,
  jsWeakHash,
  javaWeakCrypto,
  goWeakCrypto,
  cWeakCrypto,
  phpWeakCrypto,
  pyInsecureRandom,
  jsInsecureRandom,
  javaInsecureRandom,
  goInsecureRandom,
  cInsecureRandom,
  weakKeySize,
  constantIv,
  weakPasswordHash,
  worldWritable,
  // CWE-798 credentials, CWE-295 TLS, CWE-377 temp files, CWE-611 XXE
  hardcodedCredentials,
  pyNoCertVerify,
  tlsFlagsOff,
  insecureTempFile,
  pyXxe,
  javaXxe,
  nativeXxe,
  // CWE-918 SSRF, CWE-601 open redirect, secondary injections (1333, 117, 113, 643, 90, 943)
  ssrf,
  openRedirect,
  regexInjection,
  logInjection,
  headerInjection,
  xpathInjection,
  ldapInjection,
  nosqlInjection,
  // Web configuration (215, 209, 347, 434, 352, 614)
  pyDebugMode,
  pyErrorDetails,
  pyJwtNoVerify,
  pyUnrestrictedUpload,
  pyCsrfExempt,
  pyInsecureCookie,
  // C memory safety (120, 134, 787, 476, 416, 415, 190)
  cGets,
  cUnboundedCopy,
  cScanfString,
  cFormatString,
  cCopyLength,
  cUncheckedAlloc,
  cUseAfterFree,
  cDoubleFree,
  cAllocOverflow,
  cIndexWrite,
  cIndexRead,
  cUnterminatedCopy,
  cReadFillsBuffer,
  cUnboundedScan,
  cNullableDeref,
  javaNullLookup,
  cFreeLoopCursor,
  cppReferenceInvalidated,
  cppReturnLocalCStr,
  // CWE-190 size arithmetic beyond malloc
  cCheckedSumWraps,
  narrowSizeArithmetic,
  goNarrowProduct,
  // Authentication, authorisation and privilege signals (287, 347, 863, 306, 352, 269, 209)
  identityFromClient,
  roleFromClient,
  jwtDecodeOnly,
  unawaitedPasswordCheck,
  phpLooseHashCompare,
  permitAllSensitive,
  goAdminRouteUnwrapped,
  sameSiteNone,
  privilegeDropOrder,
  temporaryPrivilegeDrop,
  privilegeFromRequest,
  errorDetailsToClient,
  // Resource exhaustion (400, 770, 789, 1333)
  unboundedBodyRead,
  unboundedThreadPool,
  peerSizedAllocation,
  redosPattern,
  // Framework sinks (79, 94, 502, 918, 798)
  templateSafeFilter,
  jsxDangerousHtml,
  scriptEngineEval,
  jsYamlFullSchema,
  curlRuntimeUrl,
  credentialInLiteral,
  uploadClientName,
  optionInjection,
  atoiOnInput,
  goTextTemplateHtml,
  // C# and Rust
  csProcessStart,
  csSqlCommand,
  csBinaryFormatter,
  csWeakHash,
  rustShellFormatted,
  rustRawDeref,
  // C# (issue 7): injection, web, crypto, XML/serialisation, resources
  csProcessArguments,
  csCommandText,
  csDapperSql,
  csLdapFilter,
  csLdapSearcher,
  csXPath,
  csMongoFilter,
  csScriptEval,
  csLogForging,
  csRawHtml,
  csHtmlResponse,
  csOpenRedirect,
  csSsrf,
  csUploadName,
  csPathCombine,
  csErrorDetails,
  csCookieNotSecure,
  csCookieNoHttpOnly,
  csAntiforgeryIgnored,
  csAntiforgeryDisabled,
  csWeakCipher,
  csEcbMode,
  csInsecureRandom,
  csShortKey,
  csWeakPbkdf2,
  csAcceptAnyCertificate,
  csJwtUnsigned,
  csConnectionStringPassword,
  csHardcodedSecret,
  csDtdParse,
  csXmlResolver,
  csTypeNameHandling,
  csTypeResolver,
  csRegexNoTimeout,
  csRequestLimitDisabled,
  csMaxBodyUnlimited,
  csPredictableTemp,
  csWorldWritable,
  csMassAssignment,
  // Analyser follow-up: template echo (79), path-prefix authorisation (863), command pipes (77)
  phpShortEchoUnescaped,
  pathPrefixAuthorization,
  cCommandStream,
  // C++ lifetime idioms (416, 415)
  cppUseAfterDelete,
  cppDoubleDelete,
  cppEraseInLoop,
  cppTemporaryCStr,
  cppStaleSmartGet,
  cppTwoOwnersOneRaw,
  // C++ bounds, format, path and randomness idioms (120, 787, 125, 476, 190, 134, 22, 338)
  cppStreamIntoArray,
  cppInclusiveLoopBound,
  cppUncheckedIndex,
  cppFindWithoutEnd,
  cppWrappedArrayCount,
  cppStringAsFormat,
  cppFsPathJoin,
  cppPredictableEngine,
  // Rust: unsafe memory, injection, crypto and resource limits
  rustUncheckedRead,
  rustUncheckedWrite,
  rustRawCopy,
  rustFromRawParts,
  rustSetLen,
  rustUseAfterDrop,
  rustWrappingSize,
  rustShellArgs,
  rustSqlFormatted,
  rustPathJoin,
  rustSsrf,
  rustWeakHash,
  rustSeededRng,
  rustTlsDanger,
  rustHardcodedSecret,
  rustUnboundedRead,
  rustInputCapacity,
  // Session and cookie handling (1004, 614, 384), weak password rules (521), timing (208), races (367), double free (415)
  cookieHttpOnlyOff,
  cookieSecureOff,
  scriptWrittenTokenCookie,
  loginWithoutNewSession,
  sessionIdFromRequest,
  weakPasswordPolicy,
  timingUnsafeEquality,
  timingUnsafeCall,
  checkThenOpen,
  cDoubleFreePath,
  cDangerousFunction,
  // Secrets in clear text (312) and exposed credentials (522)
  secretLogged,
  secretStoredRaw,
  secretCopiedForStorage,
  credentialsOverHttp,
  reversibleCredentialCookie,
  credentialFileDefaultMode,
  // Request-sized work and unthrottled logins (770), allocations without room for the terminator (122)
  requestSizedAllocation,
  unthrottledLogin,
  allocWithoutTerminator,
  cStackCopyUnbounded,
  cVlaFromInput,
  cppCopyDoubleDelete,
  cppCheckThenStream,
  userLookupTimingOracle,
  jsPrototypePollution,
  jsRequestKeyedDictionary,
  pyClassPollution,
  massAssignment,
  plaintextEndpoint,
  plaintextServer,
  // Former "no rule yet" analyzerNotes: password hash cost (916/759), key sizes and v1 UUIDs (326/330), temp files and modes (377/732), XML options (611/776), C++ ReDoS (1333)
  lowKdfIterations,
  lowBcryptCost,
  fastPasswordDigest,
  cShortRsaKey,
  shortModulusOption,
  timeBasedUuidSecret,
  predictableTempPath,
  jsWorldWritableMode,
  javaWorldWritablePermissions,
  libxmlEntityExpansion,
  libxmlHugeDocuments,
  javaEntityFeatureOn,
  cppRegexNested,
  ldapFilterBuilt,
  mongoWhereBuilt,
  goDecodedBsonFilter,
  phpRequestInMongoFilter,
  // C recall round: bounds measured on the source (806), sizeof-scaled pointer arithmetic (468), archive member paths (22)
  cBoundFromSource,
  cScaledPointerArithmetic,
  cArchiveEntryPath,
  // Knowledge-base gaps: hand-written HTTP headers (113), C syslog (117), Go XPath (643), Java reflective writes (915)
  rawHttpHeaderValue,
  cSyslogInjection,
  goXPathBuilt,
  javaReflectiveAssignment,
];
