// Python path guards added for code in general (guardShapes.ts `forbiddenParts`/`ancestors`, sanitisedValue.ts table
// look-ups): each case's first snippet is flagged, its twin with the recognised shape is not. Our own snippets.
import { describeRuleCases, type RuleCase } from './ruleCasesTestKit';

const HEAD = 'import os\nfrom pathlib import Path\nfrom flask import request, abort\nBASE = Path("/srv/files")\n';
const route = (body: string): string => `${HEAD}@app.route("/file")\ndef show():\n${body}`;
const FILES = 'DOCS = {"terms": "/srv/terms.txt", "help": "/srv/help.txt"}\n';

const CASES: RuleCase[] = [
  [
    'py-path-traversal',
    'python',
    route('    doc = docs_for_user[request.args["d"]]\n    return open(doc).read()\n'),
    FILES + route('    doc = DOCS[request.args["d"]]\n    return open(doc).read()\n'),
    { name: 'a look-up in a constant table picks one of our paths; a look-up in a local map proves nothing' },
  ],
  [
    'py-path-traversal',
    'python',
    FILES + route('    doc = DOCS.get(request.args["d"], request.args["fallback"])\n    return open(doc).read()\n'),
    FILES + route('    doc = DOCS.get(request.args["d"], "/srv/index.txt")\n    return open(doc).read()\n'),
    { name: '.get on a constant table is safe only when its default is too' },
  ],
  [
    'py-path-traversal',
    'python',
    route(
      '    name = request.args["n"]\n    if ".." in name:\n        print("odd name")\n    return open("/srv/" + name).read()\n',
    ),
    route(
      '    name = request.args["n"]\n    if ".." in name:\n        abort(400)\n    return open("/srv/" + name).read()\n',
    ),
    { name: 'a parent-step test counts only when its failing branch leaves' },
  ],
  [
    'py-path-traversal',
    'python',
    route('    name = request.args["n"]\n    if ".." in name:\n        return open("/srv/" + name).read()\n'),
    route('    name = request.args["n"]\n    if ".." not in name:\n        return open("/srv/" + name).read()\n'),
    { name: 'the sink must sit where the parent step is absent' },
  ],
  [
    'py-path-traversal',
    'python',
    route(
      '    target = BASE / request.args["n"]\n    if BASE not in target.parents:\n        abort(403)\n    return open(target).read()\n',
    ),
    route(
      '    target = (BASE / request.args["n"]).resolve()\n    if BASE not in target.parents:\n        abort(403)\n    return open(target).read()\n',
    ),
    { name: 'an ancestors test counts after resolve(): unresolved, "a/../../x" still has BASE as a parent' },
  ],
];

describeRuleCases('Python path guards', CASES);
