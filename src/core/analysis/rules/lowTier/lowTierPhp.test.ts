import { describe, expect, it } from 'vitest';
import { describeRuleCases } from '../../ruleCasesTestKit';
import { analyzeCode } from '../../analyzeCode';
import { nodeParser } from '../../../../adapters/node/nodeParser';

describeRuleCases('low tier, PHP', [
  [
    'low-php-weak-hash',
    'php',
    '<?php\nfunction digest($body) {\n  return sha1($body);\n}\n',
    "<?php\nfunction digest($body) {\n  return hash('sha256', $body);\n}\n",
  ],
  [
    'low-php-predictable-random',
    'php',
    '<?php\nfunction random_name() {\n  $chars = "abcdef";\n  return $chars[mt_rand(0, 5)];\n}\n',
    '<?php\nfunction random_name() {\n  $chars = "abcdef";\n  return $chars[random_int(0, 5)];\n}\n',
  ],
  [
    'low-php-remote-addr-auth',
    'php',
    "<?php\nfunction admin() {\n  $ip = $_SERVER['REMOTE_ADDR'];\n  if ($ip === '10.0.0.5') {\n    show_admin();\n  }\n}\n",
    '<?php\nfunction admin() {\n  $ip = $_SERVER[\'REMOTE_ADDR\'];\n  error_log("admin from $ip");\n  if (is_admin_session()) {\n    show_admin();\n  }\n}\n',
  ],
]);

describe('low tier, PHP context', () => {
  it('reports md5 of a file name for a cache key as a note', async () => {
    const record = await analyzeCode(
      '<?php\nfunction cache_path($filename) {\n  return md5($filename);\n}\n',
      'php',
      nodeParser(),
    );
    expect(record.findings.map((f) => [f.rule, f.tier])).toEqual([['low-php-weak-hash', 'note']]);
  });
});
