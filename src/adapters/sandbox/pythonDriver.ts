// The Python side of the test harness: tests parsed and rewritten before the code runs, builtins
// restored before the tests, tests in a fresh namespace, comparisons only between plain values.
// JSON string literals are valid Python string literals, so code and tests go in as data.
export function pythonDriver(code: string, tests: string, entry: string): string {
  return `
def __scg_run(code, tests, entry):
    import sys, traceback, builtins, ast, operator, datetime, decimal
    # Captured before the code runs: it may replace any builtin.
    _exec, _compile, _AE, _type, _len, _zip, _callable, _str = exec, compile, AssertionError, type, len, zip, callable, str
    saved = dict(builtins.__dict__)
    # Python can reach JavaScript (and so the network) through these modules and the JS import finder: take them away.
    for _name in ("js", "pyodide_js", "pyodide.http", "pyodide.code", "pyodide.ffi", "micropip"):
        sys.modules[_name] = None
    sys.meta_path[:] = [f for f in sys.meta_path if "Js" not in _type(f).__name__]

    # Exact built-in and C-implemented standard types: their comparisons cannot be replaced by the answer.
    PLAIN = (int, float, str, bytes, bytearray, bool, _type(None), complex, datetime.datetime, datetime.date, datetime.time,
             datetime.timedelta, datetime.timezone, decimal.Decimal)
    def plain(x):
        t = _type(x)
        if t in PLAIN: return True
        if t in (list, tuple, set, frozenset): return all(plain(v) for v in x)
        if t is dict: return all(plain(k) and plain(v) for k, v in x.items())
        return False
    def need(x):
        if not plain(x):
            raise _AE("the tests compare a value that is not plain data (%s)" % _type(x).__name__)
        return x
    OPS = {"Eq": operator.eq, "NotEq": operator.ne, "Lt": operator.lt, "LtE": operator.le, "Gt": operator.gt, "GtE": operator.ge,
           "In": lambda a, b: operator.contains(b, a), "NotIn": lambda a, b: not operator.contains(b, a),
           "Is": operator.is_, "IsNot": operator.is_not}
    def cmp(left, ops, rights):
        for op, right in _zip(ops, rights):
            if op not in ("Is", "IsNot"):
                need(left); need(right)
            if not OPS[op](left, right): return False
            left = right
        return True
    def truth(x):
        return True if need(x) else False

    class Rewrite(ast.NodeTransformer):
        def visit_Assert(self, node):
            node.test = self.wrap(node.test)
            return node
        def wrap(self, e):
            if isinstance(e, ast.Compare):
                ops = ast.Tuple([ast.Constant(_type(o).__name__) for o in e.ops], ast.Load())
                return ast.Call(ast.Name("__scg_cmp", ast.Load()), [e.left, ops, ast.Tuple(e.comparators, ast.Load())], [])
            if isinstance(e, ast.BoolOp):
                return ast.BoolOp(e.op, [self.wrap(v) for v in e.values])
            if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.Not):
                return ast.UnaryOp(e.op, self.wrap(e.operand))
            return ast.Call(ast.Name("__scg_truth", ast.Load()), [e], [])

    def where(error, filename, source):
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == filename]
        if not frames: return ""
        lines = source.splitlines()
        n = frames[-1].lineno
        text = lines[n - 1].strip() if 0 < n <= _len(lines) else ""
        return " (%s line %d: %s)" % (filename.strip("<>"), n, text)
    def describe(error):
        text = _str(error)
        return _type(error).__name__ + (": " + text if text else "")

    try:
        tree = ast.fix_missing_locations(Rewrite().visit(ast.parse(tests, "<tests>")))
        tests_code = _compile(tree, "<tests>", "exec")
    except BaseException as error:
        return "the tests do not compile: " + describe(error)
    scope = {"__name__": "__scg_solution__"}
    try:
        _exec(_compile(code, "<generated>", "exec"), scope)
    except BaseException as error:
        return "the generated code failed: " + describe(error) + where(error, "<generated>", code)
    builtins.__dict__.clear()
    builtins.__dict__.update(saved)
    sys.settrace(None); sys.setprofile(None)
    if entry and not _callable(scope.get(entry)):
        return "the code does not define the function %s()" % entry
    names = {k: v for k, v in scope.items() if not k.startswith("__")}
    fresh = dict(names, __name__="__scg_tests__", __builtins__=dict(saved), __scg_cmp=cmp, __scg_truth=truth)
    try:
        _exec(tests_code, fresh)
    except _AE as error:
        return "assertion failed" + (": " + _str(error) if _str(error) else "") + where(error, "<tests>", tests)
    except BaseException as error:
        return describe(error) + where(error, "<tests>", tests) + where(error, "<generated>", code)
    return ""

__scg_run(${JSON.stringify(code)}, ${JSON.stringify(tests)}, ${JSON.stringify(entry)})
`;
}
