import { describe, expect, it } from 'vitest';
import { codeShapeMarkers } from '../codeShapes';

const shapes = (code: string, language: 'c' | 'cpp' | 'python' = 'c') =>
  codeShapeMarkers(code, language).map((s) => s.replace('shape:', ''));

describe('concurrency shapes', () => {
  it('finds a signal handler by its signature or its installation, not an ordinary int function', () => {
    expect(shapes('static FILE *log_file;\nstatic void on_term(int sig)\n{\n')).toContain('signal-handler');
    expect(shapes('int main(void) {\n    signal(SIGINT, cleanup);\n', 'c')).toContain('signal-handler');
    expect(shapes('sigaction(SIGTERM, &sa, NULL);\n', 'cpp')).toContain('signal-handler');
    expect(shapes('static void set_level(int level)\n{\n')).not.toContain('signal-handler');
    expect(shapes('kill(pid, SIGTERM);\n')).not.toContain('signal-handler');
    // Only C and C++ have these shapes.
    expect(shapes('def on_term(sig):\n    pass\n', 'python')).toEqual([]);
  });

  it('finds a thread start routine in a prefix that takes no lock', () => {
    const routine = 'static long done;\nstatic void *worker(void *arg)\n{\n    for (;;) {\n';
    expect(shapes(routine)).toContain('thread-routine-without-lock');
    expect(shapes(`${routine}        pthread_mutex_lock(&mu);\n`)).not.toContain('thread-routine-without-lock');
    expect(shapes('static void *grow(void *p, size_t n)\n{\n')).not.toContain('thread-routine-without-lock');
  });
});

describe('parameter shapes', () => {
  it('finds a byte pointer passed with its length, in C and C++', () => {
    expect(shapes('int decode(const uint8_t *data, size_t len, struct msg *out)\n{\n')).toContain(
      'buffer-and-length-parameters',
    );
    expect(shapes('void fill(char buf[], int n) {\n')).toContain('buffer-and-length-parameters');
    expect(shapes('bool Parser::feed(const std::uint8_t* p, std::size_t count) const {\n', 'cpp')).toContain(
      'buffer-and-length-parameters',
    );
    // A string without a length, a length without a buffer, a call (no body), a condition: none.
    expect(shapes('int lookup(const char *name, int flags) {\n')).not.toContain('buffer-and-length-parameters');
    expect(shapes('long mean(const long *samples, size_t count) {\n')).not.toContain('buffer-and-length-parameters');
    expect(shapes('n = read(fd, buf, len);\nif (n < len) {\n')).not.toContain('buffer-and-length-parameters');
  });

  it('finds an integer index parameter only beside a fixed-size array', () => {
    const table = 'static int scores[10];\n';
    expect(shapes(`${table}int get_score(int idx)\n{\n`)).toContain('index-parameter-beside-fixed-array');
    expect(shapes('int get_score(struct board *b, int idx)\n{\n')).not.toContain('index-parameter-beside-fixed-array');
    expect(shapes(`${table}int get_score(int player_id)\n{\n`)).not.toContain('index-parameter-beside-fixed-array');
  });
});

describe('allocation cut with a count parameter', () => {
  it('finds a prefix stopping inside malloc( while a count parameter is in scope', () => {
    const sig = 'struct item *items_alloc(uint32_t count)\n{\n    struct item *items = ';
    expect(shapes(`${sig}malloc(`)).toContain('allocation-cut-with-count-parameter');
    expect(shapes(`${sig}calloc(count, `)).toContain('allocation-cut-with-count-parameter');
    // Finished allocation, or no count in scope: nothing.
    expect(shapes(`${sig}malloc(sizeof *items);\n`)).not.toContain('allocation-cut-with-count-parameter');
    expect(shapes('char *dup_name(const char *name)\n{\n    char *copy = malloc(')).not.toContain(
      'allocation-cut-with-count-parameter',
    );
  });
});
