"""Rebuild the dimitrakatseli/Wikinews texts of bench/untuned11 (stems dk_*) and check them
against articles.sha256.

    python3 bench/untuned11/tools/prepare_dk.py PATH/TO/Wikinews/.git   # a git directory: the file is
                                                  # read at the commit SOURCES.tsv names
    python3 bench/untuned11/tools/prepare_dk.py PATH/TO/english.json    # or the JSON file itself
    options: --only STEM [STEM ...]   --force (overwrite texts that exist)   --out FOLDER

The source, `data/english.json`, holds 50 English Wikinews pages as `bestTitle` (the page title)
and `content` (the page's wikitext with templates deleted, links replaced by their text and all
whitespace collapsed). The rules are those of bench/untuned3 (its README, "Text preparation"):
1. each page is found by its title, the `title` column of SOURCES.tsv, which is also the
   headline;
2. everything from the first section heading on is dropped (`==Sources==`, `== Gallery ==`,
   `==Related news==`, with what follows: source lists, categories, galleries);
3. the wikitext italic and bold marks are removed ('' and ''' and '''''), with MediaWiki's
   reading of apostrophe runs (a run of four is an apostrophe and a bold mark; where the line
   has an odd number of both italic and bold marks, one bold mark is an apostrophe and an italic
   mark, as the rendered page shows it: "''Guardian'''s" is "Guardian's"); a run of four
   standing alone between spaces is an empty italic pair, left where the source deleted a
   linked name, and is removed like the other marks;
4. the page furniture listed in tools/furniture_dk.tsv for each article is cut (image captions
   left as text at the start of a page); each listed string must occur exactly once;
5. whitespace is collapsed again and the text kept as one paragraph, since the source lost the
   page's paragraph breaks.
Nothing else is changed: typos, the gaps where the source's removal of templates deleted a
linked name ("Honourable , said"), and bracketed insertions are kept as published.

Output: the headline, a blank line, the text, a newline. Standard library only.
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
FILE = "data/english.json"

sys.path.insert(0, os.path.join(SET, "..", "untuned5", "tools"))
import for_set  # noqa: E402

# Checksums read and texts written and checked as for every set: bench/untuned5/tools/prepare.py.
SHARED = for_set.load_tool("prepare")


def read_sources():
    """(file name, title, commit) of each dk_ row of SOURCES.tsv."""
    with open(os.path.join(SET, "SOURCES.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["file"].startswith("dk_"):
                commit = row["via"].split("@", 1)[1].split(":", 1)[0]
                yield row["file"], row["title"], commit


def read_furniture(path):
    """{stem: [string to cut, ...]} from the TSV (article, action, match, why); action is `cut`."""
    rules = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            stem, action, match = line.rstrip("\n").split("\t")[:3]
            if action != "cut":
                raise SystemExit(f"furniture_dk.tsv: unknown action {action!r}")
            rules.setdefault(stem, []).append(match)
    return rules


def load_pages(source, commit):
    if os.path.isdir(source):
        data = subprocess.run(["git", "--git-dir", source, "show", f"{commit}:{FILE}"],
                              check=True, capture_output=True).stdout.decode("utf-8")
    else:
        with open(source, encoding="utf-8") as f:
            data = f.read()
    return {page["bestTitle"]: page["content"] for page in json.loads(data)}


def strip_quote_marks(text):
    """Remove wikitext italic/bold marks the way MediaWiki reads runs of apostrophes."""
    parts = re.split(r"('{2,})", text)
    italics = bolds = 0
    for i in range(1, len(parts), 2):
        run = parts[i]
        if len(run) == 4 and parts[i - 1][-1:] in ("", " ") and parts[i + 1][:1] in ("", " "):
            run = ""  # an empty italic pair, left where the source deleted a linked name
        elif len(run) == 4:
            parts[i - 1] += "'"
            run = "'''"
        elif len(run) > 5:
            parts[i - 1] += "'" * (len(run) - 5)
            run = "'''''"
        parts[i] = run
        italics += len(run) in (2, 5)
        bolds += len(run) in (3, 5)
    if italics % 2 and bolds % 2:
        # MediaWiki: the first bold mark after a one-letter word, else after a longer word,
        # else after a space, is read as an apostrophe followed by an italic mark.
        single = word = space = None
        for i in range(1, len(parts), 2):
            if len(parts[i]) != 3:
                continue
            before = parts[i - 1]
            x1 = before[-1:] or " "
            x2 = before[-2:-1] or " "
            if x1 == " ":
                space = space if space is not None else i
            elif x2 == " ":
                single = i
                break
            else:
                word = word if word is not None else i
        pick = single if single is not None else word if word is not None else space
        if pick is not None:
            parts[pick - 1] += "'"
            parts[pick] = "''"
    return "".join(parts[0::2])


def render(content, cuts, name):
    body = re.split(r"==+[^=]*==+", content, maxsplit=1)[0]
    body = strip_quote_marks(body)
    for cut in cuts:
        count = body.count(cut)
        if count != 1:
            raise SystemExit(f"{name}: furniture {cut[:50]!r} found {count} times")
        body = body.replace(cut, " ")
    return " ".join(body.split())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", help="the Wikinews repository's git directory, or data/english.json")
    ap.add_argument("--out", default=os.path.join(SET, "articles"), help="folder for the texts (default: %(default)s)")
    ap.add_argument("--force", action="store_true", help="overwrite texts that already exist")
    ap.add_argument("--furniture", default=os.path.join(HERE, "furniture_dk.tsv"))
    ap.add_argument("--only", nargs="*", help="stems to prepare (default: all dk_ stems)")
    args = ap.parse_args(argv)

    furniture = read_furniture(args.furniture)
    expected = SHARED.read_checksums(SET)
    os.makedirs(args.out, exist_ok=True)
    pages = {}
    matched = total = 0
    for name, title, commit in read_sources():
        stem = name[:-4]
        if args.only and stem not in args.only:
            continue
        total += 1
        if commit not in pages:
            pages[commit] = load_pages(args.source, commit)
        if title not in pages[commit]:
            print(f"{name}: no page titled {title!r}")
            continue
        text = title + "\n\n" + render(pages[commit][title], furniture.get(stem, []), name) + "\n"
        matched += SHARED.write_checked(args.out, name, text.encode("utf-8"), expected, args.force)
    print(f"{matched} of {total} match articles.sha256")
    return 0 if matched == total else 1


if __name__ == "__main__":
    sys.exit(main())
