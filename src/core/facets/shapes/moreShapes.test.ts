import { describe, expect, it } from 'vitest';
import { codeShapeMarkers } from '../codeShapes';

const shapes = (code: string, language: 'c' | 'cpp' | 'rust' | 'go' = 'c') =>
  codeShapeMarkers(code, language).map((s) => s.replace('shape:', ''));

describe('input-length shapes', () => {
  it('finds a length decoded from input, and tells a fixed buffer, two dimensions and a walk apart', () => {
    const header =
      'struct pkt { uint16_t size; uint8_t body[512]; };\nvoid f(struct pkt *p, const uint8_t *w) {\n  p->size = ntohs(*(uint16_t *)w);\n';
    expect(shapes(header)).toEqual(expect.arrayContaining(['length-from-input', 'input-length-beside-fixed-buffer']));
    expect(shapes(header)).not.toContain('dimensions-from-input');
    const dims = 'm.rows = read_u32(in);\nm.cols = read_u32(in);\n';
    expect(shapes(dims, 'cpp')).toEqual(expect.arrayContaining(['dimensions-from-input']));
    expect(shapes(dims, 'cpp')).not.toContain('input-length-beside-fixed-buffer');
    expect(shapes('while (q < stop) {\n  uint8_t n = q[1];\n', 'c')).toContain('input-walked-by-its-lengths');
    expect(shapes('let len = u32::from_be_bytes(hdr) as usize;\n', 'rust')).toContain('length-from-input');
    expect(shapes('size_t len = strlen(name);\nchar out[64];\n')).toEqual([]);
    // Decoders named in either case (`readBE32`, `ReadUInt16`), as C++ readers and BinaryReader-style helpers are.
    expect(shapes('img.width = readBE32(p);\nimg.height = readBE32(p + 4);\n', 'cpp')).toContain(
      'dimensions-from-input',
    );
    expect(shapes('hdr.count = in.ReadUInt16();\n', 'cpp')).toContain('length-from-input');
    expect(shapes('img.width = readerWidth();\n', 'cpp')).toEqual([]);
  });
});

describe('conversion shapes', () => {
  it('finds a narrow length field beside a wide size, not one that is being decoded', () => {
    expect(shapes('struct h { uint16_t body_len; };\nvoid put(size_t n) {\n')).toContain('narrow-length-field');
    expect(shapes('fn put(body: &[u8]) {\n  let len_bytes: [u8; 2] =\n', 'rust')).toContain('narrow-length-field');
    expect(shapes('struct h { uint16_t body_len; };\nh.body_len = ntohs(x);\nsize_t n;\n')).not.toContain(
      'narrow-length-field',
    );
  });

  it('finds a signed length bounded only from above, and a bound admitting the buffer size', () => {
    expect(shapes('int len = get(p);\nif (len > 63) return -1;\n')).toContain('signed-length-bounded-above');
    expect(shapes('int len = get(p);\nif (len < 0 || len > 63) return -1;\n')).not.toContain(
      'signed-length-bounded-above',
    );
    expect(shapes('if (n > sizeof(u->name)) return -1;')).toContain('bound-admits-buffer-size');
    expect(shapes('if (n >= sizeof(u->name)) return -1;')).not.toContain('bound-admits-buffer-size');
  });

  it('finds a Go integer parsed at full width in code that names a narrower type, and nothing else', () => {
    const atoi =
      'func limit(s string) int32 {\n\tn, err := strconv.Atoi(s)\n\tif err != nil {\n\t\treturn 0\n\t}\n\treturn ';
    expect(shapes(atoi, 'go')).toContain('parsed-integer-narrowed');
    expect(shapes('v, _ := strconv.ParseInt(s, 10, 64)\nport := uint16(v)\n', 'go')).toContain(
      'parsed-integer-narrowed',
    );
    // Parsed at the width it is stored in, or never narrowed: no shape.
    expect(shapes('v, _ := strconv.ParseInt(s, 10, 32)\nx := int32(v)\n', 'go')).toEqual([]);
    expect(shapes('n, err := strconv.Atoi(s)\nitems := make([]Item, 0, n)\n', 'go')).toEqual([]);
    expect(shapes('n, err := strconv.Atoi(s)\nvar x int32\n', 'c')).toEqual([]);
  });
});

describe('lifetime shapes', () => {
  it('finds an object released where the prefix stops, but not one reset or returned after', () => {
    expect(shapes('void f(struct s *c) {\n  item_destroy(c);\n')).toContain('released-where-prefix-ends');
    expect(shapes('void f(struct s *c) {\n  item_destroy(c);\n  c = NULL;\n')).not.toContain(
      'released-where-prefix-ends',
    );
    expect(shapes('void f(struct s *c) {\n  item_destroy(c);\n  return;\n}\n')).not.toContain(
      'released-where-prefix-ends',
    );
    expect(shapes('void pool_destroy(struct pool *p) {\n  item_destroy(p->head);\n')).not.toContain(
      'released-where-prefix-ends',
    );
  });

  it('finds a free before a jump to a cleanup label', () => {
    expect(shapes('if (bad) { free(tmp); goto out; }')).toContain('free-then-goto-cleanup');
    expect(shapes('if (bad) { free(tmp); tmp = NULL; goto out; }')).not.toContain('free-then-goto-cleanup');
  });

  it('finds raw pointers and references kept across a reset or a container that grows', () => {
    expect(shapes('Node* n = owner_.get();\nowner_.reset(new Node);\n', 'cpp')).toContain(
      'raw-pointer-across-owner-reset',
    );
    expect(shapes('Node* n = owner_.get();\nn->run();\n', 'cpp')).not.toContain('raw-pointer-across-owner-reset');
    expect(shapes('let p: *mut T = &mut list[0];\nlist.push(x);\n', 'rust')).toContain(
      'pointer-into-growing-container',
    );
    expect(shapes('auto* d = buf.data();\nbuf.push_back(1);\n', 'cpp')).toContain('pointer-into-growing-container');
    expect(shapes('auto* d = buf.data();\nuse(d);\n', 'cpp')).not.toContain('pointer-into-growing-container');
  });

  it('finds a view of a local string and a prefix stopping inside an iterator loop', () => {
    expect(shapes('std::string_view label() const {\n  std::string s = a_ + b_;\n', 'cpp')).toContain(
      'view-of-local-string',
    );
    expect(shapes('std::string_view label() const {\n  return name_;\n}\n', 'cpp')).not.toContain(
      'view-of-local-string',
    );
    expect(shapes('for (auto it = m.begin(); it != m.end(); ++it) {\n  if (dead(it)) {\n', 'cpp')).toContain(
      'inside-iterator-loop',
    );
    expect(shapes('for (auto it = m.begin(); it != m.end(); ++it) {\n  f(it);\n}\n', 'cpp')).not.toContain(
      'inside-iterator-loop',
    );
  });

  it('finds a Rust Drop freeing a raw pointer that a self-consuming method can hand out', () => {
    const drop = 'impl Drop for H {\n    fn drop(&mut self) { unsafe { drop(Box::from_raw(self.p)); } }\n}\n';
    expect(shapes(`${drop}impl H {\n    fn take(self) -> Box<T> {\n`, 'rust')).toContain(
      'drop-frees-handed-out-pointer',
    );
    expect(shapes(`${drop}impl H {\n    fn peek(&self) -> i32 {\n`, 'rust')).not.toContain(
      'drop-frees-handed-out-pointer',
    );
  });
});

describe('result shapes', () => {
  it('finds a status result not yet compared, and not one that is', () => {
    expect(shapes('int fd = open(path, O_RDONLY);\n')).toContain('unchecked-status-result');
    expect(shapes('int fd = open(path, O_RDONLY);\nif (fd < 0) return -1;\n')).not.toContain('unchecked-status-result');
    expect(shapes('long end = ftell(f);\nif (end == -1) return;\n')).not.toContain('unchecked-status-result');
  });

  it('finds a stream extraction whose stream is never tested', () => {
    expect(shapes('std::ifstream in(p);\nint n;\nin >> n;\n', 'cpp')).toContain('unchecked-stream-read');
    expect(shapes('std::ifstream in(p);\nint n;\nin >> n;\nif (!in) return;\n', 'cpp')).not.toContain(
      'unchecked-stream-read',
    );
  });

  it('finds a foreign pointer or status from an extern block that is never tested', () => {
    const ext = 'extern "C" {\n    fn lib_get(h: u32) -> *const Item;\n    fn lib_init() -> c_int;\n}\n';
    expect(shapes(`${ext}let it = unsafe { lib_get(3) };\n`, 'rust')).toContain('unchecked-lookup-result');
    expect(shapes(`${ext}let it = unsafe { lib_get(3) };\nif it.is_null() { return; }\n`, 'rust')).not.toContain(
      'unchecked-lookup-result',
    );
    expect(shapes(`${ext}let rc = unsafe { lib_init() };\n`, 'rust')).toContain('unchecked-status-result');
  });
});

describe('state shapes', () => {
  it('finds a local whose fields are set only inside a branch, and Rust capacity-only storage', () => {
    expect(shapes('  struct totals t;\nif (ok) {\n  t.sum = 1;\n}\nreturn t;\n')).toContain('uninitialised-storage');
    expect(shapes('  struct totals t;\nif (!ok) return t0;\nt.sum = 1;\n')).not.toContain('uninitialised-storage');
    expect(shapes('  struct totals t;\nmemset(&t, 0, sizeof t);\nif (ok) {\n  t.sum = 1;\n')).not.toContain(
      'uninitialised-storage',
    );
    expect(shapes('let mut v: Vec<u8> = Vec::with_capacity(n);\nunsafe {\n', 'rust')).toContain(
      'uninitialised-storage',
    );
  });
});

describe('resource shapes', () => {
  it('finds a mutex still held where the prefix stops', () => {
    expect(shapes('pthread_mutex_lock(&t->mu);\nstruct e *x = find(t, k);\nif (!x)\n')).toContain(
      'lock-held-where-prefix-ends',
    );
    expect(shapes('pthread_mutex_lock(&t->mu);\nt->n++;\npthread_mutex_unlock(&t->mu);\n')).not.toContain(
      'lock-held-where-prefix-ends',
    );
    expect(shapes('mu_.lock();\nif (items_.empty())\n', 'cpp')).toContain('lock-held-where-prefix-ends');
  });

  it('finds a handle acquired and then an early exit without a release', () => {
    const open = 'FILE *f = fopen(p, "rb");\nif (!f)\n    return -1;\n';
    expect(shapes(`${open}if (fread(&h, sizeof h, 1, f) != 1)\n`)).toContain('handle-open-across-early-return');
    expect(shapes(`${open}if (fread(&h, sizeof h, 1, f) != 1) {\n    fclose(f);\n    return -1;\n}\n`)).not.toContain(
      'handle-open-across-early-return',
    );
    expect(shapes(open)).not.toContain('handle-open-across-early-return');
  });

  it('finds a downcast chosen by a tag field, not a checked one', () => {
    const types = 'struct Base { int kind; virtual ~Base(); };\nstruct Leaf : Base { int v; };\n';
    expect(shapes(`${types}if (b.kind == 1) {\n  auto& l = static_cast<const Leaf&>(b);\n`, 'cpp')).toContain(
      'downcast-by-tag',
    );
    expect(shapes(`${types}if (auto* l = dynamic_cast<const Leaf*>(&b)) {\n`, 'cpp')).not.toContain('downcast-by-tag');
  });
});
