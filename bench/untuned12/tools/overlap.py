"""Check that the articles of this set are new: no title and no run of 8 words in common with
the other texts of the project (sets, corpus, seeds, PolNeAR, the Wikinews counting corpus) and
with the Wikinews collections earlier sets were built from.

    python3 bench/untuned12/tools/overlap.py [--mirror DIR] [FOLDER ...]   # extra folders are searched too

It runs bench/untuned11/tools/overlap.py, which uses the comparison of
bench/untuned5/tools/overlap.py (texts lower-cased, punctuation removed; a shared title or any shared run of 8 words is an overlap) and searches:
- the folders of bench/untuned5/tools/overlap.py (bench/heldout, bench/untuned … bench/untuned4,
  the converted PolNeAR texts, shared/corpus, seeds/, /tmp/wn-extra/articles), and bench/untuned5
  … bench/untuned11;
- the 295 articles of vanatteveldt/wikinews (data/wikinews_2019.csv and data/wikinews_2020.csv);
- the 50 pages of dimitrakatseli/Wikinews data/english.json (for an article of a set taken from
  that file, all but its own page);
- the pages of airKlizz/WikinewsSum endataset.json at commit 1d98503 (template and link
  markup reduced to the text they show);
- the other articles of this set, pair by pair.
The three repositories are read from their git directories, DIR/<owner>+<name>/repo (DIR:
/work/.mirror unless --mirror says otherwise). Anything absent on this machine is reported and
skipped. Standard library only.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    """Run the search of bench/untuned11/tools/overlap.py for this set, with untuned11 searched too."""
    spec = importlib.util.spec_from_file_location(
        "untuned11_overlap", os.path.join(os.path.dirname(HERE), "untuned11", "tools", "overlap.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = HERE
    module.SETS = module.SETS + ("untuned11",)
    return module.main()


if __name__ == "__main__":
    sys.exit(main())
