// Ruby CWE-798, CWE-259 and CWE-295 rules: each flags its vulnerable snippet and stays silent on the safe twin (our
// own snippets); a weak hash or rand outside a secret context is only a note.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../../adapters/node/nodeParser';
import { analyzeCode } from '../../analyzeCode';
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'ruby-hardcoded-secret',
    'ruby',
    'STRIPE_API_KEY = "sk_live_4f9a8b7c6d5e"\n',
    'STRIPE_API_KEY = ENV.fetch("STRIPE_API_KEY")\n',
    { requireCleanParse: true, name: 'a key in a constant, or read from the environment' },
  ],
  [
    'ruby-hardcoded-password',
    'ruby',
    'ActiveRecord::Base.establish_connection(adapter: "postgresql", password: "Wint3r!2024")\n',
    'ActiveRecord::Base.establish_connection(adapter: "postgresql", password: ENV["DB_PASSWORD"])\n',
    { requireCleanParse: true, name: 'a password in a keyword argument, or from ENV' },
  ],
  [
    'ruby-tls-verify-none',
    'ruby',
    'http = Net::HTTP.new(host, 443)\nhttp.use_ssl = true\nhttp.verify_mode = OpenSSL::SSL::VERIFY_NONE\n',
    'http = Net::HTTP.new(host, 443)\nhttp.use_ssl = true\nhttp.verify_mode = OpenSSL::SSL::VERIFY_PEER\n',
    { requireCleanParse: true, name: 'verification off, or peer verification' },
  ],
];

describeRuleCases('Ruby secrets and certificate checks', CASES);

describe('Ruby weak crypto outside a secret context', () => {
  it('reports MD5 of a file name and a shuffle as notes, not findings', async () => {
    const code =
      'def etag_for(name)\n  Digest::MD5.hexdigest(name)\nend\ndef order_cards(cards)\n  cards.shuffle\nend\n';
    const { findings } = await analyzeCode(code, 'ruby', nodeParser());
    const ours = findings.filter((f) => f.rule === 'ruby-weak-hash' || f.rule === 'ruby-weak-random');
    expect(ours.map((f) => [f.rule, f.tier])).toEqual([
      ['ruby-weak-hash', 'note'],
      ['ruby-weak-random', 'note'],
    ]);
  });
});
