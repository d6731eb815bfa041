"""Check that the articles of this set are new: no title and no run of 8 words in common with
the other texts of the project (sets, corpus, seeds, PolNeAR, the Wikinews counting corpus) and
with the Wikinews collections earlier sets were built from.

    python3 bench/untuned12/tools/overlap.py [--mirror DIR] [FOLDER ...]   # extra folders are searched too

It uses the comparison of bench/untuned5/tools/overlap.py (texts lower-cased, punctuation
removed; a shared title or any shared run of 8 words is an overlap) and searches:
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
import csv
import importlib.util
import io
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.dirname(HERE)
SETS = ("untuned5", "untuned6", "untuned7", "untuned8", "untuned9", "untuned10", "untuned11")
DIMITRAKATSELI = ("dimitrakatseli+Wikinews", "06264e6a462ecc27ecd28aa0185be9a70fa0393c", "data/english.json")
VANATTEVELDT = ("vanatteveldt+wikinews", "HEAD", ("data/wikinews_2019.csv", "data/wikinews_2020.csv"))
WIKINEWSSUM = ("airKlizz+WikinewsSum", "1d98503", "endataset.json")


def _base():
    spec = importlib.util.spec_from_file_location(
        "untuned5_overlap", os.path.join(BENCH, "untuned5", "tools", "overlap.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BASE = _base()
words, shingles, texts = BASE.words, BASE.shingles, BASE.texts


def git_show(mirror, repo, commit, path):
    gitdir = os.path.join(mirror, repo, "repo")
    if not os.path.isdir(gitdir):
        return None
    try:
        return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                              check=True, capture_output=True).stdout.decode("utf-8")
    except subprocess.CalledProcessError:
        return None


def render_wikitext(text):
    """Reduce wikitext to the words a reader sees: {{w|target|shown}} and [[target|shown]] give
    `shown`, other templates are dropped, [url text] gives `text`."""
    text = re.sub(r"\{\{w\|(?:[^|{}]*\|)?([^|{}]*)\}\}", r"\1", text)
    text = re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]", r"\1", text)
    text = re.sub(r"\[https?://\S+ ?([^\]]*)\]", r"\1", text)
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"\{\{[^{}]*\}\}", " ", text)
    return text


def collections(mirror):
    """(label, iterator of (name, text, page title or None)) for the three repositories."""
    data = git_show(mirror, *DIMITRAKATSELI)
    if data is None:
        yield "dimitrakatseli/Wikinews data/english.json (absent)", None
    else:
        yield "dimitrakatseli/Wikinews data/english.json", (
            (f"english.json:{page['bestTitle']}", page["bestTitle"] + "\n" + page["content"], page["bestTitle"])
            for page in json.loads(data))
    rows = []
    for path in VANATTEVELDT[2]:
        data = git_show(mirror, VANATTEVELDT[0], VANATTEVELDT[1], path)
        if data is None:
            rows = None
            break
        for row in csv.DictReader(io.StringIO(data)):
            rows.append((f"{os.path.basename(path)}:{row['title']}", row["title"] + "\n" + row["text"], None))
    yield "vanatteveldt/wikinews data/wikinews_2019.csv, wikinews_2020.csv" + ("" if rows is not None else " (absent)"), rows
    data = git_show(mirror, *WIKINEWSSUM)
    if data is None:
        yield "airKlizz/WikinewsSum@1d98503 endataset.json (absent)", None
    else:
        pages = [json.loads(line) for line in data.splitlines() if line.strip()]
        yield "airKlizz/WikinewsSum@1d98503 endataset.json", (
            (f"endataset.json:{p['title']}", p["title"] + "\n" + render_wikitext("\n".join(p["text"])), None)
            for p in pages)


def own_titles():
    """{file name: SOURCES.tsv title} of this set's articles."""
    with open(os.path.join(HERE, "SOURCES.tsv"), encoding="utf-8") as f:
        return {row["file"]: row["title"] for row in csv.DictReader(f, delimiter="\t")}


def main():
    args = sys.argv[1:]
    mirror = "/work/.mirror"
    if args[:1] == ["--mirror"]:
        mirror, args = args[1], args[2:]
    own = dict(texts(os.path.join(HERE, "articles")))
    sources = own_titles()
    titles = {p: " ".join(words(t.split("\n", 1)[0])) for p, t in own.items()}
    grams = {p: shingles(t) for p, t in own.items()}
    hits, seen = 0, 0

    def compare(label, text, skip=lambda mine: False):
        nonlocal hits
        title = " ".join(words(text.split("\n", 1)[0]))
        other = shingles(text)
        for mine in own:
            if skip(mine):
                continue
            shared = grams[mine] & other
            if title == titles[mine] or shared:
                hits += 1
                print(f"OVERLAP {os.path.basename(mine)} ~ {label}: "
                      f"title={title == titles[mine]} runs={len(shared)} e.g. {sorted(shared)[:1]}")

    folders = BASE.OTHERS + [os.path.join(BENCH, name) for name in SETS] + args
    for folder in folders:
        if not os.path.isdir(folder):
            print("absent, skipped:", folder)
            continue
        count = 0
        for path, text in texts(folder):
            count += 1
            compare(path, text)
        seen += count
        print(f"{count:6d} texts in {folder}")
    for label, items in collections(mirror):
        if items is None:
            print("absent, skipped:", label)
            continue
        count = 0
        for name, text, page in items:
            count += 1
            compare(name, text, lambda mine: page is not None
                    and sources.get(os.path.basename(mine)) == page)
        seen += count
        print(f"{count:6d} texts in {label}")
    paths = sorted(own)
    pairs = 0
    for i, a in enumerate(paths):
        for b in paths[i + 1:]:
            pairs += 1
            shared = grams[a] & grams[b]
            if titles[a] == titles[b] or shared:
                hits += 1
                print(f"OVERLAP {os.path.basename(a)} ~ {os.path.basename(b)} (this set): "
                      f"title={titles[a] == titles[b]} runs={len(shared)} e.g. {sorted(shared)[:1]}")
    print(f"{len(own)} articles against {seen} texts and each other ({pairs} pairs): {hits} overlaps")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
