"""Run this folder's prepare.py or overlap.py for another AMALGUM set (untuned6 and later).

Each later set keeps thin tools/prepare.py and tools/overlap.py scripts that call `prepare` or
`overlap` below with their own file, so that every AMALGUM set follows one set of rules and one
check. Standard library only.
"""
import importlib.util
import os

BASE = os.path.dirname(os.path.abspath(__file__))


def _load(name):
    spec = importlib.util.spec_from_file_location(f"untuned5_{name}", os.path.join(BASE, f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def prepare(script, doc):
    """Rebuild the texts of the set whose tools/prepare.py is `script`."""
    module = _load("prepare")
    module.HERE = os.path.dirname(os.path.abspath(script))
    module.SET = os.path.dirname(module.HERE)
    module.__doc__ = doc
    return module.main()


def overlap(script, also):
    """Check the articles of the set whose tools/overlap.py is `script`, searching the sets
    named in `also` (folders under bench/) besides the usual texts."""
    module = _load("overlap")
    module.HERE = os.path.dirname(os.path.dirname(os.path.abspath(script)))
    module.OTHERS = module.OTHERS + [os.path.join(module.ROOT, "bench", name) for name in also]
    return module.main()
