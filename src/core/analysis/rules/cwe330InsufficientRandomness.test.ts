// CWE-330 insufficiently random values: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'time-based-uuid-secret',
    'python',
    'import uuid\ndef new_session():\n    session_token = uuid.uuid1().hex\n    return session_token\n',
    'import uuid\ndef new_row():\n    row = uuid.uuid1().hex\n    return row\n',
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-330 insufficiently random values', CASES);
