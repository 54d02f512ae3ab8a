// CWE-209 sensitive data in error messages: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'error-details-to-client',
    'go',
    'package m\nfunc h(w http.ResponseWriter, err error) { http.Error(w, err.Error(), 500) }\n',
    'package m\nfunc h(w http.ResponseWriter, err error) { http.Error(w, "internal error", 500) }\n',
  ],
  [
    'cs-exception-to-client',
    'csharp',
    m('try { return Ok(); } catch (Exception e) { return BadRequest(e.Message); }'),
    m('try { return Ok(); } catch (Exception e) { _log.LogError(e, "failed"); return BadRequest("error"); }'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-209 sensitive data in error messages', CASES);
