#!/usr/bin/env python3
"""Set-up and everyday commands, with nothing but Python 3.11 installed.

    python3 dev.py serve    create .venv, install, generate and serve the site at http://127.0.0.1:8000
    python3 dev.py site     the same, but build the static site into site/ (mkdocs build --strict)
    python3 dev.py test     create .venv, install with test tools, run the whole test suite

The virtual environment is (re)installed whenever pyproject.toml or requirements.lock change.
Extra arguments are passed on (``python3 dev.py test -k quotes``).
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"


def ensure_env() -> None:
    """A virtual environment with the project and its pinned dependencies installed."""
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "requirements.lock"):
        digest.update((ROOT / name).read_bytes())
    wanted = digest.hexdigest()
    if STAMP.is_file() and STAMP.read_text().strip() == wanted and PYTHON.exists():
        return
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing pinned dependencies (first run takes a few minutes) ...", flush=True)
    run([str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q",
         "-c", str(ROOT / "requirements.lock"), "-e", f"{ROOT}[test]"])
    STAMP.write_text(wanted + "\n")


def run(cmd: list[str]) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUNBUFFERED="1")
    code = subprocess.call(cmd, cwd=ROOT, env=env)
    if code:
        sys.exit(code)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("serve", "site", "test"):
        print(__doc__.strip())
        return 2
    command, rest = argv[0], argv[1:]
    ensure_env()
    if command == "serve":
        run([str(BIN / "mkdocs"), "serve", "-a", "127.0.0.1:8000", *rest])
    elif command == "site":
        run([str(BIN / "mkdocs"), "build", "--strict", *rest])
    else:
        run([str(PYTHON), "-m", "pytest", *rest])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
