"""Rebuild the texts of bench/untuned8 from AMALGUM's XML and check them against articles.sha256.

    python bench/untuned8/tools/prepare.py PATH/TO/amalgum            # a checkout (work tree)
    python bench/untuned8/tools/prepare.py PATH/TO/amalgum/.git --git # a git directory: each file is
                                                 # read at the commit SOURCES.tsv names for it

The rules are those of bench/untuned5 (its README, "Text preparation"), and so is the code: this
script runs bench/untuned5/tools/prepare.py with this set's folder, SOURCES.tsv, articles.sha256
and tools/furniture.tsv. Standard library only.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
BASE = os.path.join(SET, "..", "untuned5", "tools", "prepare.py")


def load():
    spec = importlib.util.spec_from_file_location("untuned5_prepare", BASE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE, module.SET = HERE, SET
    module.__doc__ = __doc__
    return module


if __name__ == "__main__":
    sys.exit(load().main())
