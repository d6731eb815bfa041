"""Run this folder's prepare.py or overlap.py for another AMALGUM set (untuned6 and later).

Each later set keeps thin tools/prepare.py and tools/overlap.py scripts that call `prepare` or
`overlap` below with their own file, so that every AMALGUM set follows one set of rules and one
check. Standard library only.
"""
import importlib.util
import os

BASE = os.path.dirname(os.path.abspath(__file__))


def load_tool(name):
    """This folder's script `name` (prepare, overlap) as a module, for a set's own tools."""
    spec = importlib.util.spec_from_file_location(f"untuned5_{name}", os.path.join(BASE, f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PREPARE_USAGE = """Rebuild the texts of bench/{name} from AMALGUM's XML and check them against articles.sha256.

    python bench/{name}/tools/prepare.py PATH/TO/amalgum            # a checkout (work tree)
    python bench/{name}/tools/prepare.py PATH/TO/amalgum/.git --git # a git directory: each file is
                                                 # read at the commit SOURCES.tsv names for it

The rules are those of bench/untuned5 (its README, "Text preparation"), and so is the code: this
runs bench/untuned5/tools/prepare.py with this set's folder, SOURCES.tsv, articles.sha256 and
tools/furniture.tsv. Standard library only.
"""


def prepare(script):
    """Rebuild the texts of the set whose tools/prepare.py is `script`."""
    module = load_tool("prepare")
    module.HERE = os.path.dirname(os.path.abspath(script))
    module.SET = os.path.dirname(module.HERE)
    module.__doc__ = PREPARE_USAGE.format(name=os.path.basename(module.SET))
    return module.main()


def overlap(script, also):
    """Check the articles of the set whose tools/overlap.py is `script`, searching the sets
    named in `also` (folders under bench/) besides the usual texts."""
    module = load_tool("overlap")
    module.HERE = os.path.dirname(os.path.dirname(os.path.abspath(script)))
    module.OTHERS = module.OTHERS + [os.path.join(module.ROOT, "bench", name) for name in also]
    return module.main()
