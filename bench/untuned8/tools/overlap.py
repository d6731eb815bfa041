"""Check that the articles of this set are new: no title and no run of 8 words in common with
the other texts of the project (sets, corpus, seeds, PolNeAR, the Wikinews counting corpus).

    python3 bench/untuned8/tools/overlap.py [FOLDER ...]   # extra folders are searched too

It runs bench/untuned5/tools/overlap.py on this set's articles, with bench/untuned5,
bench/untuned6 and bench/untuned7 added to the folders searched. Texts are compared after
lower-casing and removing punctuation. Folders that are absent on this machine are reported and skipped.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = os.path.join(HERE, "..", "untuned5", "tools", "overlap.py")


def load():
    spec = importlib.util.spec_from_file_location("untuned5_overlap", BASE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = HERE
    module.OTHERS = module.OTHERS + [os.path.join(module.ROOT, "bench", name) for name in ("untuned5", "untuned6", "untuned7")]
    return module


if __name__ == "__main__":
    sys.exit(load().main())
