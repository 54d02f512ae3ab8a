// Python values that cannot carry shell syntax (guardShapes.ts sanitisers, sanitisedValue.ts): each case's first
// snippet is flagged, its twin is not. Our own snippets.
import { describeRuleCases, type RuleCase } from './ruleCasesTestKit';

const route = (body: string): string =>
  `import os, ipaddress, shlex, subprocess\nfrom flask import request\n@app.route("/run")\ndef run():\n${body}`;

const CASES: RuleCase[] = [
  [
    'py-shell-command',
    'python',
    route('    n = str(request.args["n"])\n    os.system("sleep " + n)\n'),
    route('    n = str(int(request.args["n"]))\n    os.system("sleep " + n)\n'),
    { name: 'str() keeps what its argument is: text stays text, a number stays digits' },
  ],
  [
    'py-shell-command',
    'python',
    route('    host = request.args["ip"].strip()\n    os.system(f"ping -c1 {host}")\n'),
    route('    host = ipaddress.ip_address(request.args["ip"])\n    os.system(f"ping -c1 {host}")\n'),
    { name: 'an ipaddress object prints as an address only' },
  ],
  [
    'py-shell-command',
    'python',
    route('    args = request.args.getlist("a")\n    subprocess.run(" ".join(a for a in args), shell=True)\n'),
    route(
      '    args = request.args.getlist("a")\n    subprocess.run(" ".join(shlex.quote(a) for a in args), shell=True)\n',
    ),
    { name: 'a join over a bare generator is judged by the generator body' },
  ],
];

describeRuleCases('Python command sanitisers', CASES);
