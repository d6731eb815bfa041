"""Check that the articles of this set are new: no title and no run of 8 words in common with
the other texts of the project (sets, corpus, seeds, PolNeAR, the Wikinews counting corpus) and
with the Wikinews collections earlier sets were built from.

    python3 bench/untuned15/tools/overlap.py [--mirror DIR] [FOLDER ...]   # extra folders are searched too

It runs bench/untuned11/tools/overlap.py on this set, with the texts of bench/untuned11,
bench/untuned12, bench/untuned13 and bench/untuned14 searched too: the comparison of
bench/untuned5/tools/overlap.py (a shared title or any shared run of 8 words is an overlap)
against the project's texts and the Wikinews collections listed there, and the other articles of
this set, pair by pair. Anything absent on this machine is
reported and skipped.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    """Run the search of bench/untuned11/tools/overlap.py for this set, with untuned11, untuned12,
    untuned13 and untuned14 searched too."""
    spec = importlib.util.spec_from_file_location(
        "untuned11_overlap", os.path.join(os.path.dirname(HERE), "untuned11", "tools", "overlap.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = HERE
    module.SETS = module.SETS + ("untuned11", "untuned12", "untuned13", "untuned14")
    return module.main()


if __name__ == "__main__":
    sys.exit(main())
