"""Answers questions about Python source with CPython's own parser, one JSON line in, one JSON line out.

Requests:  {"id": 1, "op": "hello" | "analyze" | "normalize" | "tokens", "code": "..."}
Replies:   {"id": 1, "ok": true, ...facts} or {"id": 1, "ok": false, "error": {...}}

This side only reports facts (what parses, what is defined, used, called, imported); every decision about
what those facts mean for a dataset example is made by the TypeScript caller. Offsets are character
offsets into the request's `code`, so the caller can slice its own string.
"""

import ast
import builtins
import io
import json
import re
import sys
import tokenize
import warnings

MIN_VERSION = (3, 10)  # ast.unparse and end positions on every node (3.9); sys.stdlib_module_names (3.10)

warnings.simplefilter("ignore")  # SyntaxWarnings (odd escapes) are not our business and would pollute stderr

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Positions:
    """Maps CPython's (line, UTF-8 byte column) positions to character offsets in the source string."""

    def __init__(self, code):
        self.starts = [0]
        self.lines = []
        last = 0
        for match in _LINE_BREAK.finditer(code):
            self.lines.append(code[last:match.start()])
            last = match.end()
            self.starts.append(last)
        self.lines.append(code[last:])

    def offset(self, line, byte_col):
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        prefix = text.encode("utf-8")[:byte_col].decode("utf-8", errors="ignore")
        return self.starts[line - 1] + len(prefix)

    def span(self, node):
        start_line = node.lineno
        start_col = node.col_offset
        decorators = getattr(node, "decorator_list", None)
        if decorators:
            start_line = decorators[0].lineno
            start_col = decorators[0].col_offset - 1  # the "@"
        return {
            "start": self.offset(start_line, start_col),
            "end": self.offset(node.end_lineno, node.end_col_offset),
            "line": start_line,
            "endLine": node.end_lineno,
        }


def dotted(node):
    """`a.b.c` for Name/Attribute chains, else None (calls, subscripts, ...)."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _parameters(args):
    every = args.posonlyargs + args.args + args.kwonlyargs + [a for a in (args.vararg, args.kwarg) if a]
    return {a.arg for a in every}


def free_names(nodes, params=frozenset(), class_scope=False):
    """Names a block of code reads but does not bind itself, with Python's scoping rules.

    A function's locals hide its reads; a class body's locals do not reach its methods (Python looks
    those names up globally), so a method's free names pass straight through the class.
    """
    local, loaded, inner_free, declared_global = set(params), set(), set(), set()

    def enclosing_parts(node):
        parts = list(getattr(node, "decorator_list", []))
        if isinstance(node, ast.ClassDef):
            parts += node.bases + [k.value for k in node.keywords]
        if isinstance(node, _FUNCTIONS):
            parts += node.args.defaults + [d for d in node.args.kw_defaults if d is not None]
            if not isinstance(node, ast.Lambda):
                parts += [a.annotation for a in node.args.args + node.args.kwonlyargs if a.annotation]
                if node.returns is not None:
                    parts.append(node.returns)
        return parts

    def visit(node):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                if not isinstance(child, ast.Lambda):
                    local.add(child.name)
                for part in enclosing_parts(child):
                    visit_expression(part)
                if isinstance(child, ast.ClassDef):
                    inner_free.update(free_names(child.body, class_scope=True))
                elif isinstance(child, ast.Lambda):
                    inner_free.update(free_names([child.body], _parameters(child.args)))
                else:
                    inner_free.update(free_names(child.body, _parameters(child.args)))
            elif isinstance(child, _COMPREHENSIONS):
                comp_local, comp_parts = set(), []
                for index, gen in enumerate(child.generators):
                    comp_local.update(n.id for n in ast.walk(gen.target) if isinstance(n, ast.Name))
                    # The first iterable is evaluated in the enclosing scope (a class body's names reach it).
                    if index == 0:
                        visit_expression(gen.iter)
                    else:
                        comp_parts.append(gen.iter)
                    comp_parts += gen.ifs
                comp_parts += [child.key, child.value] if isinstance(child, ast.DictComp) else [child.elt]
                inner_free.update(free_names([ast.Expr(p) for p in comp_parts], comp_local))
            elif isinstance(child, ast.Name):
                (loaded if isinstance(child.ctx, ast.Load) else local).add(child.id)
            elif isinstance(child, (ast.Import, ast.ImportFrom)):
                local.update(top_level_binds(child))
            elif isinstance(child, ast.ExceptHandler) and child.name:
                local.add(child.name)
                visit(child)
            elif isinstance(child, ast.Global):
                declared_global.update(child.names)
            elif hasattr(ast, "MatchAs") and isinstance(child, (ast.MatchAs, ast.MatchStar)) and child.name:
                local.add(child.name)
                visit(child)
            else:
                visit(child)

    def visit_expression(expr):
        visit(ast.Expr(expr))

    for node in nodes:
        visit(ast.Module(body=[node], type_ignores=[]) if isinstance(node, ast.stmt) else node)
    local -= declared_global
    hidden = set() if class_scope else local
    return (loaded - local) | declared_global | (inner_free - hidden)


def top_level_binds(stmt):
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [stmt.name]
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        return [(a.asname or a.name).split(".")[0] for a in stmt.names if a.name != "*"]
    targets = []
    if isinstance(stmt, ast.Assign):
        targets = stmt.targets
    elif isinstance(stmt, (ast.AnnAssign, ast.AugAssign)):
        targets = [stmt.target]
    names = []
    for target in targets:
        for child in ast.walk(target):
            if isinstance(child, ast.Name):
                names.append(child.id)
    return names


def statement_kind(stmt):
    if isinstance(stmt, ast.ClassDef):
        return "class"
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return "function"
    if isinstance(stmt, ast.Import):
        return "import"
    if isinstance(stmt, ast.ImportFrom):
        return "from-import"
    if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
        return "assign"
    return "other"


def describe_statement(stmt, positions):
    fact = dict(positions.span(stmt))
    fact["kind"] = statement_kind(stmt)
    fact["binds"] = top_level_binds(stmt)
    # A definition may use its own name (recursion, `super(Name, self)`): that is not a dependency.
    fact["uses"] = sorted(free_names([stmt]) - set(fact["binds"]))
    if isinstance(stmt, ast.ClassDef):
        fact["name"] = stmt.name
        fact["bases"] = [dotted(b) or ast.unparse(b) for b in stmt.bases]
        fact["methods"] = [s.name for s in stmt.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))]
        fact["classAttributes"] = [n for s in stmt.body if isinstance(s, (ast.Assign, ast.AnnAssign)) for n in top_level_binds(s)]
        fact["docstring"] = ast.get_docstring(stmt)
    elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
        fact["name"] = stmt.name
        fact["docstring"] = ast.get_docstring(stmt)
    elif isinstance(stmt, ast.Import):
        fact["imports"] = [{"module": a.name, "name": None, "asname": a.asname} for a in stmt.names]
        fact["level"] = 0
    elif isinstance(stmt, ast.ImportFrom):
        fact["imports"] = [{"module": stmt.module or "", "name": a.name, "asname": a.asname} for a in stmt.names]
        fact["level"] = stmt.level or 0
    return fact


def static_strings(tree):
    """Names assigned exactly once in the whole module, to a string known without running anything."""
    assigned, values = {}, {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.NamedExpr)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for name in (n.id for n in ast.walk(target) if isinstance(n, ast.Name)):
                    assigned[name] = assigned.get(name, 0) + 1
                    if isinstance(node, ast.Assign) and isinstance(target, ast.Name):
                        values[name] = node.value
        elif isinstance(node, (ast.For, ast.comprehension, ast.With, ast.withitem)):
            for target in [getattr(node, "target", None), getattr(node, "optional_vars", None)]:
                for n in ast.walk(target) if target is not None else []:
                    if isinstance(n, ast.Name):
                        assigned[n.id] = 2  # rebound on every iteration / context: never one known value
        elif isinstance(node, ast.arg):
            assigned[node.arg] = 2  # a parameter of that name hides the module's value
    return {name: value for name, value in values.items() if assigned.get(name) == 1}


def static_string(node, known, seen=frozenset()):
    """The string `node` always evaluates to, or None: literals, f-strings of literals, `+`, `os.path.join`,
    `Path(...)` and `/` on those, `str(...)`, and names assigned once to one of these."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if isinstance(node, ast.JoinedStr):
        parts = [static_string(v, known, seen) if not isinstance(v, ast.FormattedValue) else
                 (static_string(v.value, known, seen) if v.conversion == -1 and v.format_spec is None else None)
                 for v in node.values]
        return None if None in parts else "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Div)):
        left, right = static_string(node.left, known, seen), static_string(node.right, known, seen)
        if left is None or right is None:
            return None
        return left + right if isinstance(node.op, ast.Add) else left.rstrip("/") + "/" + right
    if isinstance(node, ast.Call) and not node.keywords:
        func = dotted(node.func)
        parts = [static_string(a, known, seen) for a in node.args]
        if None in parts or not parts:
            return None
        if func in ("os.path.join", "path.join", "posixpath.join"):
            return "/".join(p.rstrip("/") for p in parts[:-1]) + "/" + parts[-1] if len(parts) > 1 else parts[0]
        if func in ("Path", "pathlib.Path", "PurePath", "pathlib.PurePath") or (func == "str" and len(parts) == 1):
            return "/".join(p.rstrip("/") for p in parts[:-1]) + ("/" if len(parts) > 1 else "") + parts[-1]
        return None
    if isinstance(node, ast.Name) and node.id in known and node.id not in seen:
        return static_string(known[node.id], known, seen | {node.id})
    return None


def describe_calls(tree, positions):
    whole_statement = {}
    known = static_strings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            whole_statement[id(node.value)] = positions.span(node)
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = dotted(node.func)
        if name is None:
            continue

        def argument(value, keyword=None):
            fact = dict(positions.span(value))
            fact["keyword"] = keyword
            fact["literal"] = static_string(value, known)
            fact["source"] = ast.unparse(value)
            return fact

        calls.append({
            **positions.span(node),
            "func": name,
            "args": [argument(a) for a in node.args],
            "keywords": [argument(k.value, k.arg) for k in node.keywords if k.arg],
            "statement": whole_statement.get(id(node)),
        })
    calls.sort(key=lambda c: (c["start"], c["end"]))
    return calls


def describe_targets(tree, positions):
    """For `x = Call(...)` assignments: which name each call's result is stored in (asset placeholders use it)."""
    targets = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            name = dotted(node.targets[0])
            if name is not None:
                targets.append({"name": name, **positions.span(node.value)})
    return targets


def unbound_names(tree):
    """Names the module reads that nothing in it binds, with Python's scoping rules (before builtins and star
    imports, which the caller knows). Lenient where binding is indirect: a name some function declares
    `global`, or a walrus target (which binds in the enclosing scope), counts as bound."""
    indirect = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            indirect.update(node.names)
        elif isinstance(node, ast.NamedExpr) and isinstance(node.target, ast.Name):
            indirect.add(node.target.id)
    return sorted(free_names(tree.body) - indirect)


def every_import(tree):
    """Every import in the module, however deep (`import random` inside construct counts too)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [{"module": a.name, "name": None, "level": 0, "line": node.lineno} for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            found += [{"module": node.module or "", "name": a.name, "level": node.level or 0, "line": node.lineno} for a in node.names]
    return sorted(found, key=lambda i: (i["line"], i["module"], i["name"] or ""))


def comments_of(code):
    comments = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(code).readline):
            if tok.type == tokenize.COMMENT:
                comments.append({"line": tok.start[0], "text": tok.string})
    except (tokenize.TokenError, SyntaxError):
        pass
    return comments


def analyze(code):
    positions = Positions(code)
    tree = ast.parse(code)
    # ast.parse accepts a few programs the compiler refuses (`return` outside a function, ...): ask it too.
    compile(tree, "<example>", "exec", dont_inherit=True)
    names, attributes = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            attributes.add(dotted(node) or "." + node.attr)
    return {
        "statements": [describe_statement(s, positions) for s in tree.body],
        "docstring": ast.get_docstring(tree),
        "names": sorted(names),
        "attributes": sorted(attributes),
        "calls": describe_calls(tree, positions),
        "assignments": describe_targets(tree, positions),
        "comments": comments_of(code),
        "unbound": unbound_names(tree),
        "imports": every_import(tree),
    }


class DocstringStripper(ast.NodeTransformer):
    """Docstrings are prose, like comments: two scenes that differ only there are the same code."""

    def _strip(self, node):
        self.generic_visit(node)
        body = node.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            node.body = body[1:] or [ast.Pass()]
        return node

    visit_Module = visit_ClassDef = visit_FunctionDef = visit_AsyncFunctionDef = _strip


def normalize(code):
    tree = DocstringStripper().visit(ast.parse(code))
    return {"normalized": ast.unparse(ast.fix_missing_locations(tree))}


def tokens(code):
    """CPython's tokens of (usually flattened, single-line) code; columns are characters on the token's line."""
    positions = Positions(code)
    out = []
    skip = (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT)
    for tok in tokenize.generate_tokens(io.StringIO(code).readline):
        if tok.type in skip:
            continue
        start = positions.starts[tok.start[0] - 1] + tok.start[1]
        end = positions.starts[tok.end[0] - 1] + tok.end[1]
        out.append({"type": tokenize.tok_name[tok.type], "string": tok.string, "start": start, "end": end})
    return {"tokens": out}


def syntax_error(error):
    return {"kind": "syntax", "message": error.msg if hasattr(error, "msg") else str(error),
            "line": getattr(error, "lineno", None), "column": getattr(error, "offset", None)}


def answer(request):
    op = request.get("op")
    code = request.get("code", "")
    try:
        if op == "hello":
            return {"ok": True, "version": list(sys.version_info[:3]), "builtins": sorted(dir(builtins)),
                    "stdlib": sorted(sys.stdlib_module_names)}
        if op == "analyze":
            return {"ok": True, **analyze(code)}
        if op == "normalize":
            return {"ok": True, **normalize(code)}
        if op == "tokens":
            return {"ok": True, **tokens(code)}
        return {"ok": False, "error": {"kind": "protocol", "message": f"unknown op {op!r}", "line": None, "column": None}}
    except SyntaxError as error:
        return {"ok": False, "error": syntax_error(error)}
    except (ValueError, tokenize.TokenError) as error:  # null bytes, unterminated tokens
        return {"ok": False, "error": {"kind": "syntax", "message": str(error), "line": None, "column": None}}
    except RecursionError:
        return {"ok": False, "error": {"kind": "syntax", "message": "too deeply nested for the parser", "line": None, "column": None}}


def main():
    if sys.version_info < MIN_VERSION:
        sys.stderr.write("scene_facts.py needs Python %d.%d or newer\n" % MIN_VERSION)
        return 3
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        reply = answer(request)
        reply["id"] = request.get("id")
        sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
