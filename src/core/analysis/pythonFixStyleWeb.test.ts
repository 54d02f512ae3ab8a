// Web views, logs and tiers in the way maintainers fix Python project modules (issue 12, fix-style pass; fixtures/pyFixStylePairs),
// each beside a twin that keeps the rule's recall. `tier` says what the rule must report on the snippet.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';

interface TierCase {
  name: string;
  rule: string;
  code: string;
  tier: 'finding' | 'note' | 'none';
}

const py = (...lines: string[]): string => lines.join('\n') + '\n';
const FLASK = 'from flask import Flask, request, session\napp = Flask(__name__)';
const OWNED = (lookup: string): string =>
  py(
    FLASK,
    'from flask_login import login_required',
    '',
    '',
    '@app.post("/staff/delete")',
    '@login_required',
    'def delete_staff():',
    '    staff_id = session.get("staff_id")',
    `    staff = Staff.query.get(${lookup})`,
    '    db.session.delete(staff)',
    '    db.session.commit()',
    '    return "ok"',
  );

const CASES: TierCase[] = [
  {
    name: 'a log helper that replaces control characters by regex',
    rule: 'log-injection',
    tier: 'none',
    code: py(
      'import logging, re',
      FLASK,
      'log = logging.getLogger(__name__)',
      'CONTROL = re.compile(r"[\\x00-\\x1f]")',
      '',
      '',
      'def clean_for_log(value):',
      '    return CONTROL.sub("?", value)[:200]',
      '',
      '',
      '@app.post("/note")',
      'def note():',
      '    log.info("note from %s", clean_for_log(request.form["user"]))',
      '    return "ok"',
    ),
  },
  {
    name: 'the user name logged as sent',
    rule: 'log-injection',
    tier: 'finding',
    code: py(
      'import logging',
      FLASK,
      'log = logging.getLogger(__name__)',
      '',
      '',
      '@app.post("/note")',
      'def note():',
      '    log.info("note from %s", request.form["user"])',
      '    return "ok"',
    ),
  },
  {
    name: "the signed-in staff member's own record",
    rule: 'object-without-ownership-check',
    tier: 'none',
    code: OWNED('staff_id'),
  },
  {
    name: 'a record chosen by a posted id',
    rule: 'object-without-ownership-check',
    tier: 'finding',
    code: OWNED('request.form["staff_id"]'),
  },
  {
    name: 'request text written into a CSV response',
    rule: 'py-reflected-xss',
    tier: 'none',
    code: py(
      'import csv',
      'from django.http import HttpResponse',
      '',
      '',
      'def export(request):',
      '    response = HttpResponse(content_type="text/csv")',
      '    csv.writer(response).writerow([request.GET["q"]])',
      '    return response',
    ),
  },
  {
    name: 'request text as an HTML response body',
    rule: 'py-reflected-xss',
    tier: 'finding',
    code: py(
      'from django.http import HttpResponse',
      '',
      '',
      'def echo(request):',
      '    response = HttpResponse(request.GET["q"], content_type="text/html")',
      '    return response',
    ),
  },
  {
    name: "an upstream service's answer passed through",
    rule: 'py-reflected-xss',
    tier: 'none',
    code: py(
      'import requests',
      FLASK,
      '',
      '',
      '@app.get("/proxy")',
      'def proxy():',
      '    resp = requests.get("https://orders.example.com/api", params=request.args, timeout=5)',
      '    return resp.text, resp.status_code',
    ),
  },
  {
    name: 'the query echoed in markup',
    rule: 'py-reflected-xss',
    tier: 'finding',
    code: py(FLASK, '', '', '@app.get("/echo")', 'def echo():', '    return "<p>" + request.args["q"] + "</p>"'),
  },
  {
    name: "a record's id in a download header",
    rule: 'py-header-assignment',
    tier: 'none',
    code: py(
      'from django.http import HttpResponse',
      'from django.shortcuts import get_object_or_404',
      '',
      '',
      'def report(request, clinic_id):',
      '    clinic = get_object_or_404(Clinic, pk=clinic_id)',
      '    response = HttpResponse(content_type="text/csv")',
      '    response["Content-Disposition"] = f\'attachment; filename="r-{clinic.id}.csv"\'',
      '    return response',
    ),
  },
  {
    name: 'a query parameter in a download header',
    rule: 'py-header-assignment',
    tier: 'finding',
    code: py(
      'from django.http import HttpResponse',
      '',
      '',
      'def report(request):',
      '    response = HttpResponse(content_type="text/csv")',
      '    response["Content-Disposition"] = f\'attachment; filename="{request.GET["name"]}.csv"\'',
      '    return response',
    ),
  },
  {
    name: 'plain HTTP to a cluster-internal upstream beside bearer tokens',
    rule: 'credentials-over-http',
    tier: 'note',
    code: py('UPSTREAMS = {"orders": "http://orders.internal:8080"}', 'HEADER = "Authorization"'),
  },
  {
    name: 'plain HTTP to a public API beside bearer tokens',
    rule: 'credentials-over-http',
    tier: 'finding',
    code: py('UPSTREAMS = {"orders": "http://orders.example.com/api"}', 'HEADER = "Authorization"'),
  },
  {
    name: 'a superuser-only view creating an administrator',
    rule: 'privilege-from-request',
    tier: 'note',
    code: py(
      'from django.contrib.auth.decorators import user_passes_test',
      '',
      '',
      '@user_passes_test(lambda u: u.is_superuser)',
      'def invite(request):',
      '    User.objects.create_user(username=request.POST["email"], is_superuser=request.POST.get("admin"))',
    ),
  },
  {
    name: 'any signed-in user creating an administrator',
    rule: 'privilege-from-request',
    tier: 'finding',
    code: py(
      'from django.contrib.auth.decorators import login_required',
      '',
      '',
      '@login_required',
      'def invite(request):',
      '    User.objects.create_user(username=request.POST["email"], is_superuser=request.POST.get("admin"))',
    ),
  },
];

describe('fix-style project code read correctly', () => {
  it.each(CASES)('$rule: $name', async ({ rule, code, tier }) => {
    const record = await analyzeCode(code, 'python', nodeParser());
    const mine = record.findings.filter((f) => f.rule === rule);
    const got = mine.length === 0 ? 'none' : mine.some((f) => f.tier !== 'note') ? 'finding' : 'note';
    expect(got).toBe(tier);
  });
});
