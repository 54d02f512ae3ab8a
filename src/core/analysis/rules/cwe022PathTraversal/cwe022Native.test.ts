// CWE-22 path traversal (Native rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const rust = (body: string): string => body;

const cpp = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'rust-path-traversal',
    'rust',
    'async fn store(name: String, body: Bytes) -> Result<StatusCode, Rejection> {\n    let target = format!("{}/{}", DIR, name);\n    tokio::fs::write(&target, &body).await.ok();\n    Ok(StatusCode::CREATED)\n}\nfn routes() -> BoxedFilter<(impl Reply,)> {\n    warp::path!("upload" / String).and(warp::body::bytes()).and_then(store).boxed()\n}\n',
    'async fn store(name: String, body: Bytes) -> Result<StatusCode, Rejection> {\n    let file = match Path::new(&name).file_name().and_then(|n| n.to_str()) {\n        Some(n) if n == name => n.to_string(),\n        _ => return Ok(StatusCode::BAD_REQUEST),\n    };\n    let target = format!("{}/{}", DIR, file);\n    tokio::fs::write(&target, &body).await.ok();\n    Ok(StatusCode::CREATED)\n}\nfn routes() -> BoxedFilter<(impl Reply,)> {\n    warp::path!("upload" / String).and(warp::body::bytes()).and_then(store).boxed()\n}\n',
    { name: 'a warp handler parameter; only the file name kept, compared in a match guard', requireCleanParse: true },
  ],
  [
    'c-path-traversal',
    'c',
    'int remove_entry(const char *dir, const char *name) {\n  char path[512];\n  snprintf(path, sizeof path, "%s/%s", dir, name);\n  if (strchr(dir, \'/\') != NULL || strcmp(dir, "..") == 0)\n    return -1;\n  return unlink(path);\n}\n',
    'int remove_entry(const char *dir, const char *name) {\n  char path[512];\n  snprintf(path, sizeof path, "%s/%s", dir, name);\n  if (strchr(name, \'/\') != NULL || strcmp(name, "..") == 0)\n    return -1;\n  return unlink(path);\n}\n',
    { requireCleanParse: true, name: 'a name put under a base directory, checked inline for "/" and ".."' },
  ],
  [
    'c-path-traversal',
    'c',
    'static int name_ok(const char *n) {\n  size_t len = strlen(n);\n  if (len == 0 || len > 64)\n    return 0;\n  return 1;\n}\nint open_data(const char *name) {\n  char path[256];\n  if (!name_ok(name))\n    return -1;\n  snprintf(path, sizeof path, "/var/data/%s", name);\n  return open(path, O_RDONLY | O_NOFOLLOW);\n}\n',
    'static int name_ok(const char *n) {\n  size_t i, len = strlen(n);\n  if (len == 0 || len > 64)\n    return 0;\n  for (i = 0; i < len; i++)\n    if (n[i] == \'/\')\n      return 0;\n  return strcmp(n, "..") != 0;\n}\nint open_data(const char *name) {\n  char path[256];\n  if (!name_ok(name))\n    return -1;\n  snprintf(path, sizeof path, "/var/data/%s", name);\n  return open(path, O_RDONLY | O_NOFOLLOW);\n}\n',
    { requireCleanParse: true, name: 'a local helper whose body rejects "/" checks the name' },
  ],
  [
    'c-path-traversal',
    'c',
    'static int send(const char *name) { char p[256]; snprintf(p, sizeof p, "/srv/%s", name); FILE *f = fopen(p, "rb"); return f != NULL; }\nint main(int argc, char **argv) { return send(argv[1]); }\n',
    'static int send(const char *name) { char p[256], r[4096]; snprintf(p, sizeof p, "/srv/%s", name); if (realpath(p, r) == NULL || strncmp(r, "/srv/", 5) != 0) return 0; FILE *f = fopen(r, "rb"); return f != NULL; }\nint main(int argc, char **argv) { return send(argv[1]); }\n',
  ],
  [
    'c-path-traversal',
    'c',
    'int wipe_main(int argc, char **argv) {\n  char path[256];\n  char *name;\n  while ((name = *++argv) != NULL) {\n    snprintf(path, sizeof path, "/var/spool/%s", name);\n    unlink(path);\n  }\n  return 0;\n}\n',
    'int wipe_main(int argc, char **argv) {\n  char *name;\n  while ((name = *++argv) != NULL) {\n    if (unlink(name) != 0)\n      return 1;\n  }\n  return 0;\n}\n',
    {
      requireCleanParse: true,
      name: 'a command-line tool stepping through argv opens what its user named (`++` is no join)',
    },
  ],
  [
    'c-archive-entry-path',
    'c',
    'int unpack(struct archive *a, struct archive *disk, const char *dir) {\n  struct archive_entry *e;\n  char out[1024];\n  while (archive_read_next_header(a, &e) == ARCHIVE_OK) {\n    snprintf(out, sizeof out, "%s/%s", dir, archive_entry_pathname(e));\n    archive_entry_set_pathname(e, out);\n    if (archive_write_header(disk, e) != ARCHIVE_OK) return -1;\n  }\n  return 0;\n}\n',
    'static int safe_name(const char *p) {\n  return p[0] != \'/\' && strstr(p, "..") == NULL;\n}\nint unpack(struct archive *a, struct archive *disk, const char *dir) {\n  struct archive_entry *e;\n  char out[1024];\n  while (archive_read_next_header(a, &e) == ARCHIVE_OK) {\n    if (!safe_name(archive_entry_pathname(e))) return -1;\n    snprintf(out, sizeof out, "%s/%s", dir, archive_entry_pathname(e));\n    archive_entry_set_pathname(e, out);\n    if (archive_write_header(disk, e) != ARCHIVE_OK) return -1;\n  }\n  return 0;\n}\n',
    { requireCleanParse: true, name: 'archive member names written unchecked' },
  ],
  [
    'c-archive-entry-path',
    'cpp',
    'bool extract(archive *in, const std::string &dest) {\n  archive_entry *e;\n  archive *out = archive_write_disk_new();\n  archive_write_disk_set_options(out, ARCHIVE_EXTRACT_TIME);\n  while (archive_read_next_header(in, &e) == ARCHIVE_OK) {\n    std::string p = dest + "/" + archive_entry_pathname(e);\n    archive_entry_set_pathname(e, p.c_str());\n    archive_write_header(out, e);\n  }\n  return true;\n}\n',
    'bool extract(archive *in, const std::string &dest) {\n  archive_entry *e;\n  archive *out = archive_write_disk_new();\n  archive_write_disk_set_options(out, ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_SECURE_NOABSOLUTEPATHS);\n  while (archive_read_next_header(in, &e) == ARCHIVE_OK) {\n    std::string p = dest + "/" + archive_entry_pathname(e);\n    archive_entry_set_pathname(e, p.c_str());\n    archive_write_header(out, e);\n  }\n  return true;\n}\n',
    { requireCleanParse: true, name: 'libarchive secure-extraction flags' },
  ],
  [
    'rust-path-join-input',
    'rust',
    rust('fn f(root: &Path, name: &str) -> std::io::Result<Vec<u8>> { std::fs::read(root.join(name)) }'),
    rust(
      'fn f(root: &Path, name: &str) -> std::io::Result<Vec<u8>> { let p = root.join(name).canonicalize()?; if !p.starts_with(root) { return Ok(vec![]); } std::fs::read(p) }',
    ),
    { cwe: 'CWE-22' },
  ],
  [
    'cpp-filesystem-path-join',
    'cpp',
    cpp('void f(const fs::path &base, const std::string &name) { fs::path p = base / name; fs::remove(p); }'),
    cpp(
      'void f(const fs::path &base, const std::string &name) { fs::path p = fs::weakly_canonical(base / name); if (std::mismatch(base.begin(), base.end(), p.begin()).first != base.end()) return; fs::remove(p); }',
    ),
    { cwe: 'CWE-22' },
  ],
  [
    'cpp-stream-path-join',
    'cpp',
    'std::string read_doc(const std::string &dir, const std::string &name) {\n  std::string path = dir + "/" + name;\n  std::ifstream in(path);\n  std::stringstream s;\n  s << in.rdbuf();\n  return s.str();\n}\n',
    'std::string read_doc(const std::string &dir, const std::string &name) {\n  if (name.find("..") != std::string::npos || name.find(\'/\') != std::string::npos) return "";\n  std::string path = dir + "/" + name;\n  std::ifstream in(path);\n  std::stringstream s;\n  s << in.rdbuf();\n  return s.str();\n}\n',
    { name: 'a joined local vs a name checked for ".." and "/"' },
  ],
  [
    'cpp-stream-path-join',
    'cpp',
    'void save(const std::string &name, const std::string &body) {\n  std::ofstream out("/srv/uploads/" + name, std::ios::binary);\n  out << body;\n}\n',
    'void save(const std::string &path, const std::string &body) {\n  std::ofstream out(path, std::ios::binary);\n  out << body;\n}\n',
    { name: 'joined inline vs a whole path the caller chose' },
  ],
  [
    'rust-path-traversal',
    'rust',
    'async fn download(Path(name): Path<String>) -> Vec<u8> {\n    let file = format!("/srv/files/{}", name);\n    std::fs::read(file).unwrap_or_default()\n}\n',
    'async fn download(Path(name): Path<String>) -> Vec<u8> {\n    let base = std::fs::canonicalize("/srv/files").unwrap();\n    let file = std::fs::canonicalize(base.join(&name)).unwrap();\n    if !file.starts_with(&base) {\n        return Vec::new();\n    }\n    std::fs::read(file).unwrap_or_default()\n}\n',
    { name: 'an axum Path value read from disk; canonical path + prefix check', requireCleanParse: true },
  ],
  [
    'rust-path-traversal',
    'rust',
    'fn main() {\n    let name = std::env::args().nth(1).expect("name");\n    let text = std::fs::read_to_string(format!("notes/{name}")).unwrap();\n    print!("{}", text);\n}\n',
    'fn main() {\n    let name = std::env::args().nth(1).expect("name");\n    let leaf = std::path::Path::new(&name).file_name().unwrap().to_owned();\n    let text = std::fs::read_to_string(std::path::Path::new("notes").join(leaf)).unwrap();\n    print!("{}", text);\n}\n',
    { name: 'a command-line name; only its file_name()' },
  ],
];

describeRuleCases('CWE-22 path traversal (Native rules)', CASES);
