"""Check that the articles of this set are new: no title and no run of 8 words in common with
the other texts of the project (sets, corpus, seeds, PolNeAR, the Wikinews counting corpus).

    python3 bench/untuned6/tools/overlap.py [FOLDER ...]   # extra folders are searched too

Texts are compared after lower-casing and removing punctuation. Folders that are absent on
this machine are reported and skipped.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(os.path.dirname(HERE))
N = 8
OTHERS = [
    os.path.join(ROOT, "bench", name) for name in
    ("heldout", "untuned", "untuned2", "untuned3", "untuned4", "untuned5", "polnear")
] + [os.path.join(ROOT, "..", "shared", "corpus"), os.path.join(ROOT, "seeds"), "/tmp/wn-extra/articles"]


def words(text):
    return re.sub(r"[^\w\s]", " ", text.lower()).split()


def shingles(text):
    w = words(text)
    return {" ".join(w[i:i + N]) for i in range(len(w) - N + 1)}


def texts(folder):
    for base, _, files in os.walk(folder, followlinks=True):
        for name in sorted(files):
            if name.endswith(".txt"):
                path = os.path.join(base, name)
                yield path, open(path, encoding="utf-8", errors="replace").read()


def main():
    own = dict(texts(os.path.join(HERE, "articles")))
    titles = {p: " ".join(words(t.split("\n", 1)[0])) for p, t in own.items()}
    grams = {p: shingles(t) for p, t in own.items()}
    hits, seen = 0, 0
    for folder in OTHERS + sys.argv[1:]:
        if not os.path.isdir(folder):
            print("absent, skipped:", folder)
            continue
        count = 0
        for path, text in texts(folder):
            count += 1
            title = " ".join(words(text.split("\n", 1)[0]))
            other = shingles(text)
            for mine in own:
                shared = grams[mine] & other
                if title == titles[mine] or shared:
                    hits += 1
                    print(f"OVERLAP {os.path.basename(mine)} ~ {path}: "
                          f"title={title == titles[mine]} runs={len(shared)} e.g. {sorted(shared)[:1]}")
        seen += count
        print(f"{count:6d} texts in {folder}")
    print(f"{len(own)} articles against {seen} texts: {hits} overlaps")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
