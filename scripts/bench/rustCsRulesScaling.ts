// Analysis time of the Rust and C# rules of the fix-pair round against file length: 200 and 2,000 generated Rust
// functions and C# actions (about 2.6k/26k and 2.2k/22k lines), each reaching the new sinks (unchecked UTF-8, transmute
// into an enum, an offset sum, exists-then-create, SmallRng tokens, bincode, vec! from a wire length, /tmp names,
// query-field casts; MVC form posts, [AllowAnonymous], int products, zip entries). CPU seconds and the ratio (10 when
// linear). Run alone: npx tsx scripts/bench/rustCsRulesScaling.ts
import { nodeParser } from '../../src/adapters/node/nodeParser';
import { analyzeCode } from '../../src/core/analysis/analyzeCode';
import type { Language } from '../../src/core/task/Task';

const rust = (i: number): string => `fn f${i}(frame: &[u8], h: [u8; 16], q: web::Query<Page>, lock: &Path) -> usize {
    let text = unsafe { std::str::from_utf8_unchecked(&frame[2..]) };
    let op = unsafe { std::mem::transmute::<u8, Op>(frame[0]) };
    let offset = u64::from_le_bytes(h[..8].try_into().unwrap()) as usize;
    let len = u64::from_le_bytes(h[8..].try_into().unwrap()) as usize;
    let end = offset + len;
    if end > frame.len() { return 0; }
    if lock.exists() { return 0; }
    let _f = File::create(lock);
    let mut rng = SmallRng::from_entropy();
    let token: String = (&mut rng).sample_iter(&Alphanumeric).take(8).map(char::from).collect();
    let m: Msg = bincode::deserialize(frame).unwrap();
    let buf = vec![0u8; len];
    let _t = File::create("/tmp/out${i}.csv");
    let n = q.size as u16;
    text.len() + token.len() + buf.len() + n as usize + m.k + op as usize
}
`;

const csharp = (i: number): string => `    [HttpPost]
    [AllowAnonymous]
    public IActionResult A${i}([FromQuery] int qty, [FromQuery] int grams, ZipArchive zip, string dest)
    {
        int total = qty * grams;
        var slots = new byte[total / 1000 + 1];
        foreach (var entry in zip.Entries) entry.ExtractToFile(Path.Combine(dest, entry.FullName), true);
        return Ok(slots.Length);
    }
`;

function file(language: Language, count: number): string {
  if (language === 'rust')
    return `#[derive(Deserialize)]\nstruct Page { size: u64 }\n${Array.from({ length: count }, (_, i) => rust(i)).join('\n')}`;
  const actions = Array.from({ length: count }, (_, i) => csharp(i)).join('\n');
  return `[Authorize(Roles = "Admin")]\npublic class AdminController : Controller\n{\n${actions}}\n`;
}

async function main(): Promise<void> {
  const parser = nodeParser();
  for (const language of ['rust', 'csharp'] as const) {
    await analyzeCode(file(language, 1), language, parser); // load the grammar before timing
    const seconds: number[] = [];
    for (const count of [200, 2000]) {
      const code = file(language, count);
      const start = process.cpuUsage();
      const record = await analyzeCode(code, language, parser);
      const used = process.cpuUsage(start);
      seconds.push((used.user + used.system) / 1e6);
      console.log(
        `${language} ${code.split('\n').length} lines: ${seconds.at(-1)?.toFixed(2)} s CPU, ${record.findings.length} findings`,
      );
    }
    console.log(`${language} ratio ${((seconds[1] ?? 0) / (seconds[0] ?? 1)).toFixed(1)}`);
  }
}

void main();
