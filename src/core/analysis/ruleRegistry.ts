// Every analyser rule, in one explicit list: adding a rule is one file in rules/ plus one line here.
import type { Rule } from './Rule';
import { cShellCommand, goShellCommand, javaShellCommand, jsShellCommand, jsSpawnShell, phpShellCommand, pyShellCommand } from './rules/cwe78CommandInjection';
import { cSqlInjection, goSqlInjection, javaSqlInjection, jsSqlInjection, phpSqlInjection, pySqlInjection } from './rules/cwe89SqlInjection';
import { goReflectedXss, javaReflectedXss, jsDocumentWrite, jsDomXss, jsReflectedXss, phpReflectedXss, pyJinjaNoAutoescape, pyReflectedXss, pyUnsafeMarkup } from './rules/cwe79Xss';
import { cPathTraversal, goPathTraversal, javaPathTraversal, jsPathTraversal, phpPathTraversal, pyPathTraversal, pyTarSlip } from './rules/cwe22PathTraversal';
import { jsEval, phpEval, pyEval, pyTemplateInjection } from './rules/cwe94CodeInjection';
import { javaDeserialize, jsDeserialize, phpUnserialize, pyDeserialize } from './rules/cwe502Deserialization';
import { cWeakCrypto, goWeakCrypto, javaWeakCrypto, jsWeakCrypto, jsWeakHash, phpWeakCrypto, pyWeakCipher, pyWeakHash } from './rules/cwe327WeakCrypto';
import { cInsecureRandom, goInsecureRandom, javaInsecureRandom, jsInsecureRandom, pyInsecureRandom } from './rules/cwe338InsecureRandom';
import { hardcodedCredentials } from './rules/cwe798HardcodedCredentials';
import { pyNoCertVerify, tlsFlagsOff } from './rules/cwe295CertValidation';
import { insecureTempFile } from './rules/cwe377InsecureTemp';
import { javaXxe, nativeXxe, pyXxe } from './rules/cwe611Xxe';
import { ssrf } from './rules/cwe918Ssrf';
import { openRedirect } from './rules/cwe601OpenRedirect';
import { headerInjection, ldapInjection, logInjection, nosqlInjection, regexInjection, xpathInjection } from './rules/cwe20InputHandling';
import { pyCsrfExempt, pyDebugMode, pyErrorDetails, pyInsecureCookie, pyJwtNoVerify, pyUnrestrictedUpload } from './rules/pyConfigWeaknesses';
import { constantIv, weakKeySize, weakPasswordHash, worldWritable } from './rules/cryptoParameters';
import { cCopyLength, cFormatString, cGets, cScanfString, cUnboundedCopy } from './rules/cMemoryCopies';
import { cIndexRead, cIndexWrite, cReadFillsBuffer, cUnboundedScan, cUnterminatedCopy } from './rules/cIndexBounds';
import { cNullableDeref, javaNullLookup } from './rules/cNullResults';
import { cFreeLoopCursor, cppReferenceInvalidated, cppReturnLocalCStr } from './rules/cDanglingReferences';
import { cCheckedSumWraps, goNarrowProduct, narrowSizeArithmetic } from './rules/integerOverflow';
import { goAdminRouteUnwrapped, identityFromClient, jwtDecodeOnly, permitAllSensitive, phpLooseHashCompare, roleFromClient, sameSiteNone, unawaitedPasswordCheck } from './rules/webAuthSignals';
import { errorDetailsToClient, privilegeDropOrder, privilegeFromRequest, temporaryPrivilegeDrop } from './rules/privilegeAndDisclosure';
import { peerSizedAllocation, redosPattern, unboundedBodyRead, unboundedThreadPool } from './rules/resourceLimits';
import { credentialInLiteral, curlRuntimeUrl, jsYamlFullSchema, jsxDangerousHtml, scriptEngineEval, templateSafeFilter } from './rules/frameworkSinks';
import { uploadClientName } from './rules/uploadNames';
import { atoiOnInput, goTextTemplateHtml, optionInjection } from './rules/argumentInjection';
import { csBinaryFormatter, csProcessStart, csSqlCommand, csWeakHash, rustRawDeref, rustShellFormatted } from './rules/csharpRust';
import { cAllocOverflow, cDoubleFree, cUncheckedAlloc, cUseAfterFree } from './rules/cMemoryLifetime';
import { phpShortEchoUnescaped } from './rules/phpTemplateEcho';
import { pathPrefixAuthorization } from './rules/pathPrefixAuthorization';
import { cCommandStream } from './rules/cCommandStream';

export const RULES: readonly Rule[] = [
  // CWE-78 command injection
  pyShellCommand, jsShellCommand, jsSpawnShell, cShellCommand, javaShellCommand, goShellCommand, phpShellCommand,
  // CWE-89 SQL injection
  pySqlInjection, jsSqlInjection, javaSqlInjection, goSqlInjection, phpSqlInjection, cSqlInjection,
  // CWE-79 cross-site scripting
  pyReflectedXss, pyUnsafeMarkup, pyJinjaNoAutoescape, jsDomXss, jsDocumentWrite, jsReflectedXss, goReflectedXss, javaReflectedXss, phpReflectedXss,
  // CWE-22 path traversal
  pyPathTraversal, jsPathTraversal, javaPathTraversal, goPathTraversal, cPathTraversal, phpPathTraversal, pyTarSlip,
  // CWE-94 code injection, CWE-502 deserialisation
  pyEval, pyTemplateInjection, jsEval, phpEval,
  pyDeserialize, javaDeserialize, jsDeserialize, phpUnserialize,
  // CWE-327/328 weak crypto, CWE-338 randomness, parameters (326, 329, 760, 732)
  pyWeakCipher, pyWeakHash, jsWeakCrypto, jsWeakHash, javaWeakCrypto, goWeakCrypto, cWeakCrypto, phpWeakCrypto,
  pyInsecureRandom, jsInsecureRandom, javaInsecureRandom, goInsecureRandom, cInsecureRandom,
  weakKeySize, constantIv, weakPasswordHash, worldWritable,
  // CWE-798 credentials, CWE-295 TLS, CWE-377 temp files, CWE-611 XXE
  hardcodedCredentials, pyNoCertVerify, tlsFlagsOff, insecureTempFile, pyXxe, javaXxe, nativeXxe,
  // CWE-918 SSRF, CWE-601 open redirect, secondary injections (1333, 117, 113, 643, 90, 943)
  ssrf, openRedirect, regexInjection, logInjection, headerInjection, xpathInjection, ldapInjection, nosqlInjection,
  // Web configuration (215, 209, 347, 434, 352, 614)
  pyDebugMode, pyErrorDetails, pyJwtNoVerify, pyUnrestrictedUpload, pyCsrfExempt, pyInsecureCookie,
  // C memory safety (120, 134, 787, 476, 416, 415, 190)
  cGets, cUnboundedCopy, cScanfString, cFormatString, cCopyLength, cUncheckedAlloc, cUseAfterFree, cDoubleFree, cAllocOverflow,
  cIndexWrite, cIndexRead, cUnterminatedCopy, cReadFillsBuffer, cUnboundedScan,
  cNullableDeref, javaNullLookup, cFreeLoopCursor, cppReferenceInvalidated, cppReturnLocalCStr,
  // CWE-190 size arithmetic beyond malloc
  cCheckedSumWraps, narrowSizeArithmetic, goNarrowProduct,
  // Authentication, authorisation and privilege signals (287, 347, 863, 306, 352, 269, 209)
  identityFromClient, roleFromClient, jwtDecodeOnly, unawaitedPasswordCheck, phpLooseHashCompare, permitAllSensitive,
  goAdminRouteUnwrapped, sameSiteNone, privilegeDropOrder, temporaryPrivilegeDrop, privilegeFromRequest, errorDetailsToClient,
  // Resource exhaustion (400, 770, 789, 1333)
  unboundedBodyRead, unboundedThreadPool, peerSizedAllocation, redosPattern,
  // Framework sinks (79, 94, 502, 918, 798)
  templateSafeFilter, jsxDangerousHtml, scriptEngineEval, jsYamlFullSchema, curlRuntimeUrl, credentialInLiteral, uploadClientName,
  optionInjection, atoiOnInput, goTextTemplateHtml,
  // C# and Rust
  csProcessStart, csSqlCommand, csBinaryFormatter, csWeakHash, rustShellFormatted, rustRawDeref,
  // Analyser follow-up: template echo (79), path-prefix authorisation (863), command pipes (77)
  phpShortEchoUnescaped, pathPrefixAuthorization, cCommandStream,
];
