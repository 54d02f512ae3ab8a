// CWE-312 cleartext storage of sensitive data: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'secret-logged',
    'python',
    'def login(log, username, password):\n    log.info("user=%s password=%s", username, password)\n',
    'def login(log, username, password):\n    log.info("user=%s", username)\n',
  ],
  [
    'secret-stored-raw',
    'java',
    'class A { void f(PreparedStatement ps, String cardNumber) throws Exception { ps = c.prepareStatement("INSERT INTO cards VALUES (?, ?)"); ps.setString(2, cardNumber); } }\n',
    'class A { void f(PreparedStatement ps, String cardNumber) throws Exception { ps = c.prepareStatement("INSERT INTO cards VALUES (?, ?)"); ps.setString(2, gateway.tokenize(cardNumber)); } }\n',
  ],
  [
    'secret-kept-as-is',
    'javascript',
    'function save(password) { const stored = password; db.put(stored); }\n',
    'async function save(password) { const stored = await bcrypt.hash(password, 12); db.put(stored); }\n',
  ],
];

describeRuleCases('CWE-312 cleartext storage of sensitive data', CASES);
