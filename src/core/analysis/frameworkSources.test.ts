// Request data from Go (net/http decoders, gin, echo, fiber) and JavaScript frameworks (Koa, Next, Fastify) counts
// as a full-confidence source: findings arrive without the parameter tier, inside handlers that are closures (where
// parameters are not sources), and a value that never touches the request stays clean.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';

async function requestFindings(code: string, language: Language): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser(), { parameters: false });
  return record.findings.filter((f) => f.tier !== 'note').map((f) => f.rule);
}

const goHandler = (body: string, params = 'c *gin.Context'): string =>
  `package main\n\nfunc main() {\n\tr.GET("/x", func(${params}) {\n${body}\n\t})\n}\n`;

describe('framework request sources', () => {
  it.each([
    [
      'net/http JSON decoder',
      goHandler(
        '\t\tvar in struct{ Name string }\n\t\tjson.NewDecoder(r.Body).Decode(&in)\n\t\thttp.Redirect(w, r, in.Next, http.StatusFound)',
        'w http.ResponseWriter, r *http.Request',
      ),
    ],
    [
      'gin binder',
      goHandler(
        '\t\tvar in Filter\n\t\tif err := c.ShouldBindJSON(&in); err != nil {\n\t\t\treturn\n\t\t}\n\t\tc.Redirect(http.StatusFound, in.Next)',
      ),
    ],
    [
      'Unmarshal of a read body',
      goHandler(
        '\t\tbody, _ := io.ReadAll(c.Request.Body)\n\t\tvar in Filter\n\t\tjson.Unmarshal(body, &in)\n\t\tc.Redirect(http.StatusFound, in.Next)',
      ),
    ],
    ['echo QueryParam', goHandler('\t\tc.Redirect(http.StatusFound, c.QueryParam("next"))', 'c echo.Context')],
    ['fiber Params', goHandler('\t\tc.Redirect(c.Params("next"))', 'c *fiber.Ctx')],
    [
      'Go 1.22 PathValue',
      goHandler(
        '\t\thttp.Redirect(w, r, r.PathValue("next"), http.StatusFound)',
        'w http.ResponseWriter, r *http.Request',
      ),
    ],
  ])('Go: %s reaches a redirect', async (_name, code) => {
    expect(await requestFindings(code, 'go')).toContain('open-redirect');
  });

  it('Go: a decoder fed from a file, not the request, is no request source', async () => {
    const code = goHandler(
      '\t\tf, _ := os.Open("/etc/app.json")\n\t\tvar cfg Config\n\t\tjson.NewDecoder(f).Decode(&cfg)\n\t\thttp.Redirect(w, r, cfg.Home, http.StatusFound)',
      'w http.ResponseWriter, r *http.Request',
    );
    expect(await requestFindings(code, 'go')).not.toContain('open-redirect');
  });

  it.each([
    ['Koa ctx.query', "router.get('/x', async (ctx) => {\n  ctx.redirect(`${ctx.query.next}`);\n});\n"],
    [
      'Koa ctx.request.body',
      "router.post('/x', async (ctx) => {\n  const { name } = ctx.request.body;\n  ctx.redirect(name);\n});\n",
    ],
    ['Hono c.req.query()', "app.get('/go', (c) => {\n  return c.redirect(c.req.query('next'));\n});\n"],
    [
      'Next request.json()',
      'export const POST = async (request) => {\n  const body = await request.json();\n  return Response.redirect(body.next);\n};\n',
    ],
  ])('JavaScript: %s reaches a redirect', async (_name, code) => {
    expect(await requestFindings(code, 'javascript')).toContain('open-redirect');
  });

  it('TypeScript: NestJS @Query/@Body parameters are request data, undecorated ones are not', async () => {
    const controller = (decorator: string): string =>
      `@Controller('go')\nexport class GoController {\n  @Get()\n  go(${decorator}next: string, @Res() res: Response) {\n    return res.redirect(next);\n  }\n}\n`;
    expect(await requestFindings(controller("@Query('next') "), 'typescript')).toContain('open-redirect');
    expect(await requestFindings(controller(''), 'typescript')).not.toContain('open-redirect');
  });

  it('JavaScript: a canvas ctx is no request', async () => {
    const code =
      "app.get('/x', (req, res) => {\n  const ctx = canvas.getContext('2d');\n  res.send(`<b>${ctx.fillStyle}</b>`);\n});\n";
    expect(await requestFindings(code, 'javascript')).not.toContain('js-reflected-xss');
  });
});
