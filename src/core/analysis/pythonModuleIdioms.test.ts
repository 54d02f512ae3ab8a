// Whole-module Python idioms that rules misread as weaknesses (issue 12, Python false positives, round two), each
// beside a twin that keeps the rule's recall. `tier` says what the rule must report: a counted finding, a note, or
// nothing. The modules they were trimmed from are in fixtures/pyRealisticClean.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';

interface TierCase {
  name: string;
  rule: string;
  code: string;
  tier: 'finding' | 'note' | 'none';
}

const AIOHTTP = 'from aiohttp import web\n\n\n';
const DJANGO = 'from django.http import HttpResponse, StreamingHttpResponse\n\n\n';
const FASTAPI =
  'import uuid\nfrom pathlib import Path\nfrom fastapi import APIRouter\nfrom fastapi.responses import FileResponse\nrouter = APIRouter()\nROOT = Path("/srv/media")\n\n\n';
const BACKUP = 'import shutil\nfrom pathlib import Path\n\n\n';

const CASES: TierCase[] = [
  {
    name: 'an aiohttp middleware returns what the next handler returns',
    rule: 'py-reflected-xss',
    code: `${AIOHTTP}@web.middleware\nasync def auth(request, handler):\n    request["user"] = request.headers.get("X-User")\n    return await handler(request)\n`,
    tier: 'none',
  },
  {
    name: 'a Django view returning markup built from the query',
    rule: 'py-reflected-xss',
    code: `${DJANGO}def search(request):\n    return HttpResponse("<h1>" + request.GET["q"] + "</h1>")\n`,
    tier: 'finding',
  },
  {
    name: 'a header written into a streamed CSV response does not make it the body',
    rule: 'py-reflected-xss',
    code: `${DJANGO}def export(request):\n    rows = request.GET.get("rows", "")\n    response = StreamingHttpResponse(iter([rows]), content_type="text/csv")\n    response["Content-Disposition"] = "attachment"\n    return response\n`,
    tier: 'none',
  },
  {
    name: 'a header written into an HTML response built from the query: the body is still the markup',
    rule: 'py-reflected-xss',
    code: `${DJANGO}def page(request):\n    response = HttpResponse("<p>" + request.GET["q"] + "</p>")\n    response["X-Frame-Options"] = "DENY"\n    return response\n`,
    tier: 'finding',
  },
  {
    name: 'dates formatted with a strftime spec in a header print digits',
    rule: 'py-header-assignment',
    code: `${DJANGO}import datetime as dt\n\n\ndef export(request):\n    start = dt.date.fromisoformat(request.GET["from"])\n    response = HttpResponse("", content_type="text/csv")\n    response["Content-Disposition"] = f'attachment; filename="tx-{start:%Y%m%d}.csv"'\n    return response\n`,
    tier: 'none',
  },
  {
    name: 'the raw query value in the same header',
    rule: 'py-header-assignment',
    code: `${DJANGO}def export(request):\n    start = request.GET["from"]\n    response = HttpResponse("", content_type="text/csv")\n    response["Content-Disposition"] = f'attachment; filename="tx-{start}.csv"'\n    return response\n`,
    tier: 'finding',
  },
  {
    name: 'a FastAPI path parameter typed uuid.UUID names no folder',
    rule: 'py-path-traversal',
    code: `${FASTAPI}@router.get("/a/{avatar_id}")\nasync def avatar(avatar_id: uuid.UUID):\n    return FileResponse(ROOT / f"{avatar_id.hex}.jpg")\n`,
    tier: 'none',
  },
  {
    name: 'the same parameter typed str',
    rule: 'py-path-traversal',
    code: `${FASTAPI}@router.get("/a/{avatar_id}")\nasync def avatar(avatar_id: str):\n    return FileResponse(ROOT / f"{avatar_id}.jpg")\n`,
    tier: 'finding',
  },
  {
    name: "a pathlib path's last component under a base folder the caller picks",
    rule: 'py-path-traversal',
    code: `${BACKUP}def backup(source: Path, target_root: Path):\n    dest = target_root / f"{source.name}-copy"\n    shutil.rmtree(dest)\n`,
    tier: 'none',
  },
  {
    name: 'a plain string parameter under the same base',
    rule: 'py-path-traversal',
    code: `${BACKUP}def backup(source: str, target_root: Path):\n    dest = target_root / f"{source}-copy"\n    shutil.rmtree(dest)\n`,
    tier: 'finding',
  },
  {
    name: ".name of an object that is not a path (a model's field) is text",
    rule: 'py-path-traversal',
    code: `${BACKUP}BASE = Path("/srv/files")\n\n\ndef remove(item):\n    shutil.rmtree(BASE / item.name)\n`,
    tier: 'finding',
  },
  {
    name: 'a middleware that exempts one exact path from a check that refuses everything else',
    rule: 'path-prefix-authorization',
    code: `${AIOHTTP}@web.middleware\nasync def auth(request, handler):\n    if not request.headers.get("X-User") and request.path != "/health":\n        raise web.HTTPUnauthorized(text="login required")\n    return await handler(request)\n`,
    tier: 'none',
  },
  {
    name: 'a middleware that checks the admin role only on paths starting with /admin',
    rule: 'path-prefix-authorization',
    code: `${AIOHTTP}@web.middleware\nasync def auth(request, handler):\n    if request.path.startswith("/admin") and not request["user"].is_admin:\n        raise web.HTTPForbidden()\n    return await handler(request)\n`,
    tier: 'finding',
  },
];

describe('whole-module Python idioms read correctly', () => {
  it.each(CASES)('$rule: $name', async ({ rule, code, tier }) => {
    const record = await analyzeCode(code, 'python', nodeParser());
    const mine = record.findings.filter((f) => f.rule === rule);
    const got = mine.length === 0 ? 'none' : mine.some((f) => f.tier !== 'note') ? 'finding' : 'note';
    expect(got).toBe(tier);
  });
});
