// Request-bound parameters that the framework converts before the handler runs carry no text: a Nest parameter
// with a Parse*Pipe and a Spring parameter of a numeric, boolean or UUID type (the request is refused otherwise), for
// the rules that take a numeric conversion as a sanitiser (size rules, CWE-770, still see them: their own tests).
// The same handlers taking a string stay flagged.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';

async function counted(code: string, language: Language, cwe: string): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return record.findings.filter((f) => f.cwe === cwe && f.tier !== 'note').map((f) => f.rule);
}

const nest = (param: string): string =>
  "import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';\n\n@Controller('items')\n" +
  `export class ItemsController {\n  @Get(':id')\n  get(${param}) {\n    return this.items.findOne({ id });\n  }\n}\n`;

const spring = (param: string): string =>
  'import java.io.File;\nimport java.nio.file.Files;\nimport org.springframework.web.bind.annotation.*;\n\n' +
  `@RestController\nclass Reports {\n    @GetMapping("/r/{id}")\n    byte[] get(${param}) throws Exception {\n` +
  '        return Files.readAllBytes(new File("/srv/reports/" + id).toPath());\n    }\n}\n';

describe('parameters the framework converts', () => {
  it('Nest: ParseIntPipe turns the id into a number or a 400', async () => {
    expect(await counted(nest("@Param('id', ParseIntPipe) id: number"), 'typescript', 'CWE-943')).toEqual([]);
    expect(await counted(nest("@Param('id') id: string"), 'typescript', 'CWE-943')).toEqual(['nosql-injection']);
  });

  it('Spring: a long path variable is a number, a String one is text', async () => {
    expect(await counted(spring('@PathVariable long id'), 'java', 'CWE-22')).toEqual([]);
    expect(await counted(spring('@PathVariable String id'), 'java', 'CWE-22')).not.toEqual([]);
  });
});
