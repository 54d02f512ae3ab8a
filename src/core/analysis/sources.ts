// Where untrusted data enters a program, per language: request parameters, argv, environment, reads.
import type { Language } from '../task/Task';
import type { TaintSpec } from './Rule';

/** Web request data only (for sinks where a local argument is not an attack, e.g. redirects, SSRF). */
export const REQUEST_SOURCES: Partial<Record<Language, RegExp>> = {
  python:
    /^request\.(args|form|values|json|data|files|cookies|headers|get_json|get_data|GET|POST|query_params|path_params|body|params|match_info|query)\b|^(flask\.)?request\.(args|form|values)|^self\.request\.(GET|POST|get_argument|body|arguments)|\brequest\.(GET|POST)\b|^request\.get_json\b/,
  javascript:
    /^(req|request)\.(query|params|body|cookies|headers|url|path|originalUrl|get)\b|^(location|window\.location|document\.location)\.(search|hash|href)|^document\.(URL|cookie|referrer)|^(event|e)\.data$|URLSearchParams/,
  typescript:
    /^(req|request)\.(query|params|body|cookies|headers|url|path|originalUrl|get)\b|^(location|window\.location|document\.location)\.(search|hash|href)|^document\.(URL|cookie|referrer)|URLSearchParams/,
  java: /\.(getParameter|getParameterValues|getParameterMap|getHeader|getHeaders|getQueryString|getCookies|getInputStream|getReader|getPathInfo|getRequestURI)\s*\(/,
  go: /\.(URL\.Query\(\)|FormValue|PostFormValue|Form\.Get|PostForm\.Get|Header\.Get|URL\.Path|URL\.RawQuery|Cookie\()|mux\.Vars\(|\.Param\(|\.Query\(|\.PostForm\(/,
  php: /\$_(GET|POST|REQUEST|COOKIE|FILES|SERVER)\b|php:\/\/input/,
};

const LOCAL_SOURCES: Partial<Record<Language, RegExp>> = {
  python: /^sys\.argv\b|^input\(|^raw_input\(|^os\.environ\b|^os\.getenv\(|\.recv\(|\.recvfrom\(|^sys\.stdin\b/,
  javascript: /^process\.(argv|env)\b|\.readFileSync\(|^prompt\(/,
  typescript: /^process\.(argv|env)\b|\.readFileSync\(/,
  java: /^System\.getenv\(|\.readLine\(\)|^args\b|new Scanner\(System\.in\)|\.nextLine\(\)/,
  go: /^os\.Args\b|^os\.Getenv\(|\.ReadString\(|\.Scan\(|bufio\.NewScanner/,
  php: /\$argv\b|getenv\(/,
  c: /^(getenv|fgets|gets|scanf|fscanf|sscanf|read|recv|recvfrom|fread|getline)\(|^argv\b/,
  cpp: /^(getenv|std::getenv|fgets|gets|scanf|fscanf|read|recv|recvfrom|fread|getline|std::getline)\(|^argv\b|^std::cin\b/,
};

function either(a: RegExp | undefined, b: RegExp | undefined): RegExp | undefined {
  if (!a) return b;
  if (!b) return a;
  return new RegExp(`${a.source}|${b.source}`);
}

/** Request data plus command-line, environment and input reads. */
export const ANY_SOURCES: Partial<Record<Language, RegExp>> = Object.fromEntries(
  (['python', 'javascript', 'typescript', 'java', 'go', 'php', 'c', 'cpp'] as const).map((lang) => [
    lang,
    either(REQUEST_SOURCES[lang], LOCAL_SOURCES[lang]),
  ]),
);

/** Casts and validators that leave nothing injectable. */
export const NUMERIC_SANITIZERS =
  /^(int|float|bool|len|abs|round|Number|parseInt|parseFloat|Boolean|Integer\.parseInt|Long\.parseLong|strconv\.Atoi|strconv\.ParseInt|atoi|atol|strtol|strtoul|intval|floatval|is_numeric|uuid\.UUID)$/;

export const GENERIC_TAINT: TaintSpec = { sources: ANY_SOURCES, sinks: {}, sanitizers: NUMERIC_SANITIZERS };
export const REQUEST_TAINT: TaintSpec = { sources: REQUEST_SOURCES, sinks: {}, sanitizers: NUMERIC_SANITIZERS };
