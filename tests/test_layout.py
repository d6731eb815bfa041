"""The package stays readable: modules of one job and modest size, talking through public names."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
MODULES = sorted(PACKAGE.rglob("*.py"))


def test_no_module_is_over_500_lines():
    sizes = {p.relative_to(PACKAGE).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in MODULES}
    assert {name: n for name, n in sizes.items() if n > 500} == {}


def test_no_module_imports_private_names_of_another():
    found = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator"):
                found += [(path.name, node.module, a.name) for a in node.names
                          if a.name.startswith("_") and not a.name.startswith("__")]
    assert found == []


def test_render_and_site_do_not_import_each_other():
    def imports(name):
        tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
        return {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module} \
            | {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}

    assert "generator.site" not in imports("render.py") or "generator.render" not in imports("site.py")
