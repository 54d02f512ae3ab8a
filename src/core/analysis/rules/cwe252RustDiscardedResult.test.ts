// CWE-252 in Rust: discarded Results (our own snippets). Security calls are findings; I/O results are notes.
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'rust-discarded-result',
    'rust',
    'use std::fs;\nuse std::os::unix::fs::PermissionsExt;\n\nfn lock_down(path: &str) {\n    let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o600));\n}\n',
    'use std::fs;\nuse std::io;\nuse std::os::unix::fs::PermissionsExt;\n\nfn lock_down(path: &str) -> io::Result<()> {\n    fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;\n    Ok(())\n}\n',
    { name: 'a permission change' },
  ],
  [
    'rust-discarded-result',
    'rust',
    'use nix::unistd::{setuid, Uid};\n\nfn drop_root(uid: u32) {\n    setuid(Uid::from_raw(uid)).ok();\n    serve();\n}\n',
    'use nix::unistd::{setuid, Uid};\n\nfn drop_root(uid: u32) {\n    setuid(Uid::from_raw(uid)).expect("could not drop root");\n    serve();\n}\n',
    { name: 'a privilege drop discarded with .ok()' },
  ],
  [
    'rust-discarded-result',
    'rust',
    'use std::io::Write;\n\nfn save(out: &mut std::fs::File, data: &[u8]) {\n    let _ = out.write_all(data);\n}\n',
    'use std::io::Write;\n\nfn save(out: &mut std::fs::File, data: &[u8]) -> std::io::Result<()> {\n    out.write_all(data)?;\n    out.sync_all()\n}\n',
    { name: 'a write whose failure loses data (note)' },
  ],
];

describeRuleCases('CWE-252 discarded Rust results', CASES);
