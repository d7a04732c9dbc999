"""Writes the names `from manim import *` binds, for one pinned Manim Community release, read from its wheel.

    pip download manim==0.22.0 --no-deps -d /tmp/manim-wheel
    python3 apps/manim/scripts/manim_exports.py /tmp/manim-wheel/manim-0.22.0-py3-none-any.whl \
        > data/manim/manim-exports-0.22.0.json

Static on purpose: importing manim needs Cairo, Pango and a dozen compiled packages this machine cannot
install, while Python's star-import rule is simple enough to follow in the source. A module with `__all__`
exports exactly those names; one without exports every top-level name not starting with "_" (what it
defines, imports and star-imports). `manim/__init__.py` has no `__all__`, so it also exports the names it
imports (`np`, `color`, `rate_functions`, ...) and every subpackage it loads, which Python sets as an
attribute of the package (`animation`, `mobject`, ...): all top-level subpackages are counted, which can
only make the list longer (a lenient check), never flag a name Manim has.
"""

import ast
import hashlib
import json
import sys
import zipfile

PACKAGE = "manim"


class Wheel:
    def __init__(self, path):
        self.archive = zipfile.ZipFile(path)
        self.files = set(self.archive.namelist())

    def module_file(self, dotted):
        base = dotted.replace(".", "/")
        for candidate in (base + ".py", base + "/__init__.py"):
            if candidate in self.files:
                return candidate
        return None

    def parse(self, dotted):
        file = self.module_file(dotted)
        if file is None:
            raise SystemExit(f"{dotted}: not in the wheel")
        return ast.parse(self.archive.read(file).decode("utf-8"), file), file.endswith("__init__.py")

    def version(self):
        for name in self.files:
            if name.endswith(".dist-info/METADATA"):
                for line in self.archive.read(name).decode("utf-8").splitlines():
                    if line.startswith("Version:"):
                        return line.split(":", 1)[1].strip()
        raise SystemExit("no METADATA Version in the wheel")


def absolute(module, is_package, level, name):
    """`from ..x import` inside `manim.a.b` → `manim.x`."""
    if level == 0:
        return name
    parts = module.split(".") if is_package else module.split(".")[:-1]
    parts = parts[: len(parts) - (level - 1)]
    return ".".join(parts + ([name] if name else []))


def top_level_statements(body):
    """Statements run at import time, through if/try/with blocks (both branches: the list is lenient)."""
    for stmt in body:
        yield stmt
        if isinstance(stmt, (ast.If, ast.For, ast.While, ast.With)):
            yield from top_level_statements(stmt.body + getattr(stmt, "orelse", []))
        elif isinstance(stmt, ast.Try):
            blocks = stmt.body + stmt.orelse + stmt.finalbody + [s for h in stmt.handlers for s in h.body]
            yield from top_level_statements(blocks)


def literal_names(node):
    value = ast.literal_eval(node)
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValueError("not a list of strings")
    return list(value)


class Exports:
    def __init__(self, wheel):
        self.wheel = wheel
        self.cache = {}

    def of(self, module):
        """The names `from <module> import *` binds."""
        if module not in self.cache:
            self.cache[module] = self._compute(module)
        return self.cache[module]

    def _compute(self, module):
        tree, is_package = self.wheel.parse(module)
        bound, declared = set(), None
        for stmt in top_level_statements(tree.body):
            if isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                names = {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
                if "__all__" in names and stmt.value is not None:
                    try:
                        listed = literal_names(stmt.value)
                    except ValueError as error:
                        raise SystemExit(f"{module}: __all__ is not a literal list ({error})")
                    declared = (declared or []) + listed if isinstance(stmt, ast.AugAssign) else listed
                bound |= names
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bound.add(stmt.name)
            elif isinstance(stmt, ast.Import):
                bound |= {(a.asname or a.name).split(".")[0] for a in stmt.names}
            elif isinstance(stmt, ast.ImportFrom):
                source = absolute(module, is_package, stmt.level, stmt.module)
                for alias in stmt.names:
                    if alias.name != "*":
                        bound.add(alias.asname or alias.name)
                    elif source == PACKAGE or source.startswith(PACKAGE + "."):
                        bound |= self.of(source)
                    else:
                        raise SystemExit(f"{module}: star import from {source}, outside {PACKAGE}")
        if declared is not None:
            return set(declared)
        return {name for name in bound if not name.startswith("_")}


def subpackages(wheel):
    """Top-level modules and packages of manim: attributes of the package once imported."""
    names = set()
    for file in wheel.files:
        parts = file.split("/")
        if parts[0] == PACKAGE and len(parts) >= 2 and (parts[1].endswith(".py") or len(parts) > 2):
            name = parts[1][:-3] if parts[1].endswith(".py") else parts[1]
            if name.isidentifier() and not name.startswith("_") and (len(parts) == 2 or f"{PACKAGE}/{name}/__init__.py" in wheel.files):
                names.add(name)
    return names


def main(path):
    wheel = Wheel(path)
    with open(path, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    names = Exports(wheel).of(PACKAGE) | subpackages(wheel)
    document = {
        "package": PACKAGE,
        "version": wheel.version(),
        "wheel": path.rsplit("/", 1)[-1],
        "wheelSha256": digest,
        "generatedBy": "apps/manim/scripts/manim_exports.py (static: star imports and __all__ read from the wheel)",
        "names": sorted(names),
    }
    sys.stdout.write(json.dumps(document, indent=1) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: manim_exports.py <manim wheel>")
    main(sys.argv[1])
