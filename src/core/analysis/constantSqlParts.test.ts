// Parts of a built query that carry no outside text: a value picked from a constant table (with a constant
// fallback) spliced into an interpolated string, and a parameter declared numeric in a language that enforces it,
// clamped with min/max. Each careless twin (a raw name, a string parameter, the key as fallback) stays flagged.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';

async function sqlRules(code: string, language: Language): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return record.findings.filter((f) => f.cwe === 'CWE-89' && f.tier !== 'note').map((f) => f.rule);
}

const phpSort = (pick: string): string =>
  "<?php\nfinal class Repo\n{\n    private const SORTABLE = ['name' => 'name', 'joined' => 'created_at'];\n" +
  `    public function search(string $sort): array\n    {\n        $column = ${pick};\n` +
  '        return $this->pdo->query("SELECT id FROM users ORDER BY {$column}")->fetchAll();\n    }\n}\n';

const phpLimit = (param: string): string =>
  `<?php\nfunction page(PDO $pdo, ${param}) {\n    $limit = max(1, min($limit, 100));\n` +
  '    return $pdo->query("SELECT id FROM users LIMIT {$limit}")->fetchAll();\n}\n';

const javaSort = (fallback: string): string =>
  'import java.util.Map;\nclass Repo {\n    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "name");\n' +
  `    java.util.List<String> search(String sort) {\n        String column = SORT_COLUMNS.getOrDefault(sort, ${fallback});\n` +
  '        return jdbc.queryForList("SELECT name FROM accounts ORDER BY " + column, String.class);\n    }\n}\n';

describe('constant parts of built queries', () => {
  it('PHP: a constant-table pick with a constant fallback, interpolated, is no outside text', async () => {
    expect(await sqlRules(phpSort("self::SORTABLE[$sort] ?? 'name'"), 'php')).toEqual([]);
    expect(await sqlRules(phpSort('$sort'), 'php')).toEqual(['php-sql-built']);
    expect(await sqlRules(phpSort('self::SORTABLE[$sort] ?? $sort'), 'php')).toEqual(['php-sql-built']);
  });

  it('PHP: an int parameter clamped with min/max is a number', async () => {
    expect(await sqlRules(phpLimit('int $limit'), 'php')).toEqual([]);
    expect(await sqlRules(phpLimit('string $limit'), 'php')).toEqual(['php-sql-built']);
    expect(await sqlRules(phpLimit('$limit'), 'php')).toEqual(['php-sql-built']);
  });

  it('Java: getOrDefault on a constant table with a literal fallback', async () => {
    expect(await sqlRules(javaSort('"name"'), 'java')).toEqual([]);
    expect(await sqlRules(javaSort('sort'), 'java')).toEqual(['java-sql-built']);
  });

  it('Go: an int parameter is a number, a string one is not', async () => {
    const goQuery = (param: string): string =>
      'package repo\n\nimport (\n\t"database/sql"\n\t"fmt"\n)\n\n' +
      `func page(db *sql.DB, ${param}) (*sql.Rows, error) {\n\treturn db.Query(fmt.Sprintf("SELECT id FROM users LIMIT %v", limit))\n}\n`;
    expect(await sqlRules(goQuery('limit int'), 'go')).toEqual([]);
    expect(await sqlRules(goQuery('limit string'), 'go')).toEqual(['go-sql-built']);
  });
});
