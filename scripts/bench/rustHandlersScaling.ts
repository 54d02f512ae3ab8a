// Analysis time of Rust web handlers against file length: 200 and 2,000 generated axum handlers (about 2.2k and 22k
// lines), each reaching every Rust sink of the language round (log macro, cast in vec!, Path::join, fs::read,
// fancy_regex, Html). CPU seconds, and the ratio (10 when linear). Run alone: npx tsx scripts/bench/rustHandlersScaling.ts
import { nodeParser } from '../../src/adapters/node/nodeParser';
import { analyzeCode } from '../../src/core/analysis/analyzeCode';

function handler(i: number): string {
  return `async fn h${i}(Query(q): Query<HashMap<String, String>>) -> Html<String> {
    let name = q.get("n").cloned().unwrap_or_default();
    let n: i64 = name.parse().unwrap_or(0);
    log::info!("req {} {}", name, n);
    let v = vec![0u8; n as usize];
    let p = std::path::Path::new("/srv").join(&name);
    let _ = std::fs::read(&p);
    let re = fancy_regex::Regex::new(&name).unwrap();
    Html(format!("<p>{}</p>{}", name, v.len()))
}
`;
}

async function main(): Promise<void> {
  const parser = nodeParser();
  await analyzeCode(handler(0), 'rust', parser); // load the grammar before timing
  const seconds: number[] = [];
  for (const count of [200, 2000]) {
    const code = Array.from({ length: count }, (_, i) => handler(i)).join('\n');
    const start = process.cpuUsage();
    const record = await analyzeCode(code, 'rust', parser);
    const used = process.cpuUsage(start);
    seconds.push((used.user + used.system) / 1e6);
    console.log(
      `${code.split('\n').length} lines: ${seconds.at(-1)?.toFixed(2)} s CPU, ${record.findings.length} findings`,
    );
  }
  console.log(`ratio ${((seconds[1] ?? 0) / (seconds[0] ?? 1)).toFixed(1)}`);
}

void main();
