"""Extraction quality on every evaluation set at once, scored by the shared scorer.

    python bench/evaluate.py                          # dev, heldout, and PolNeAR dev where converted
    python bench/evaluate.py --sets dev heldout       # some of them
    python bench/evaluate.py --save bench/out/before.json
    python bench/evaluate.py --against bench/out/before.json   # print each figure's change too

The sets (develop on the first and on PolNeAR train, check on the others):

* ``dev``: ``../shared/corpus/dev``, 15 articles with full gold;
* ``heldout``: ``bench/heldout``, 23 Wikinews articles with full gold (shipped here);
* ``polnear-dev``, ``polnear-train``: PolNeAR converted by ``../shared/tools/polnear.py`` into
  ``bench/polnear/dev`` and ``bench/polnear/train`` (git-ignored: the texts are copyrighted);
  quote gold only;
* ``untuned``, ``untuned2``: ``bench/untuned``, ``bench/untuned2``, 20 Wikinews articles each
  with full gold, annotated before anyone ran the generator on them; each was scored once as an
  untuned set and is spent, and both are now development sets;
* ``untuned3``: ``bench/untuned3``, 20 more Wikinews articles, taken from another source than
  the first two and annotated the same way;
* ``untuned4``: ``bench/untuned4``, 20 Wikinews articles of 2004 and 2005 from a fourth source,
  annotated the same way before anyone ran the generator on them; both were scored once and
  spent (see their READMEs), and are now development sets too;
* ``untuned5``: ``bench/untuned5``, 25 Wikinews articles of 2005 to 2018 (texts not in the
  repository, see its README), annotated before anyone ran the generator on them; scored once
  and spent (see its README), and now a development set too;
* ``untuned6``: ``bench/untuned6``, 25 Wikinews articles of 2007 to 2015 (texts not in the
  repository, see its README), annotated before anyone ran the generator on them; scored once
  and spent (see its README), and now a development set too;
* ``untuned7``: ``bench/untuned7``, 30 Wikinews articles from AMALGUM, like ``untuned5`` and
  ``untuned6`` (texts not in the repository, see its README), annotated before anyone ran the
  generator on them; scored once and spent (see its README), and now a development set too;
* ``untuned8``: ``bench/untuned8``, 36 Wikinews articles from AMALGUM again (texts not in the
  repository, see its README), annotated before anyone ran the generator on them; scored once
  and spent (see its README), and now a development set too;
* ``untuned9``: ``bench/untuned9``, 39 Wikinews articles from AMALGUM again (texts not in the
  repository, see its README), annotated before anyone ran the generator on them; scored once
  and spent (see its README), and now a development set too;
* ``untuned10``: ``bench/untuned10``, 20 Wikinews articles from AMALGUM again (texts not in the
  repository, see its README), annotated before anyone ran the generator on them; scored once
  and spent (see its README), and now a development set too;
* ``untuned11``: ``bench/untuned11``, 25 Wikinews articles from two sources, dimitrakatseli/Wikinews
  and AMALGUM (texts not in the repository, see its README), annotated before anyone ran the
  generator on them; scored once and spent (see its README), and now a development set too;
* ``untuned12``: ``bench/untuned12``, 23 Wikinews articles from AMALGUM (texts not in the
  repository, see its README), annotated before anyone ran the generator on them; scored once
  and spent (see its README), and now a development set too;
* ``untuned13``: ``bench/untuned13``, 20 Wikinews articles from AMALGUM (texts not in the
  repository, see its README), annotated before anyone ran the generator on them; scored once
  and spent (see its README), and now a development set too;
* ``untuned14``: ``bench/untuned14``, 22 Wikinews articles from AMALGUM (texts not in the
  repository, see its README), annotated before anyone ran the generator on them; scored once
  and spent (see its README), and now a development set too;
* ``untuned15``: ``bench/untuned15``, 6 Wikinews articles from AMALGUM (texts not in the
  repository, see its README), annotated before anyone ran the generator on them; scored once
  and spent (see its README), and now a development set too: a new round needs a fresh set.

Each set is generated into ``bench/out/eval/<set>/`` (one JSON per article, no site), with the
build cache in ``bench/out/cache`` (its key covers the generator's code, so a change of code
never reuses a stale result). Articles the generator failed on, and sections it had to leave
empty, are counted. ``bench/rules.py`` reads the same output for the per-rule report.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
OUT = ROOT / "bench" / "out"

SETS = {
    "dev": SHARED / "corpus" / "dev",
    "heldout": ROOT / "bench" / "heldout",
    "polnear-dev": ROOT / "bench" / "polnear" / "dev",
    "polnear-train": ROOT / "bench" / "polnear" / "train",
    "untuned": ROOT / "bench" / "untuned",
    "untuned2": ROOT / "bench" / "untuned2",
    "untuned3": ROOT / "bench" / "untuned3",
    "untuned4": ROOT / "bench" / "untuned4",
    "untuned5": ROOT / "bench" / "untuned5",
    "untuned6": ROOT / "bench" / "untuned6",
    "untuned7": ROOT / "bench" / "untuned7",
    "untuned8": ROOT / "bench" / "untuned8",
    "untuned9": ROOT / "bench" / "untuned9",
    "untuned10": ROOT / "bench" / "untuned10",
    "untuned11": ROOT / "bench" / "untuned11",
    "untuned12": ROOT / "bench" / "untuned12",
    "untuned13": ROOT / "bench" / "untuned13",
    "untuned14": ROOT / "bench" / "untuned14",
    "untuned15": ROOT / "bench" / "untuned15",
}
DEFAULT_SETS = ("dev", "heldout", "polnear-dev")
"""Not ``polnear-train`` (long) nor the untuned sets (kept for a rare honest look)."""

FIGURES = [
    ("quotes P", ("quotes", "precision")), ("quotes R", ("quotes", "recall")),
    ("speaker accuracy", ("speaker_accuracy",)),
    ("people P", ("people", "precision")), ("people R", ("people", "recall")),
    ("countries P", ("countries", "precision")), ("countries R", ("countries", "recall")),
    ("organisations P", ("organizations", "precision")), ("organisations R", ("organizations", "recall")),
    ("role accuracy", ("role_accuracy",)),
    ("agreements P", ("agreements", "precision")), ("agreements R", ("agreements", "recall")),
    ("not in article", ("fidelity", "not_in_article")),
    ("failed articles", ("failed_articles",)), ("failed sections", ("failed_sections",)),
]


def generate(name: str, folder: Path, jobs: int | None) -> tuple[Path, int, int, float]:
    """Generate one set's JSON; (output folder, failed articles, failed sections, seconds)."""
    sys.path.insert(0, str(ROOT))
    from generator.build import generate as build
    from generator.config import Settings, default_jobs
    from generator.model import explainer_to_dict

    out = OUT / "eval" / name
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.json"):
        old.unlink()
    started = time.perf_counter()
    result = build(Settings(seeds=folder / "articles", jobs=jobs or default_jobs(), cache_dir=OUT / "cache"))
    seconds = time.perf_counter() - started
    sections = 0
    for explainer in result.explainers:
        data = explainer_to_dict(explainer)
        sections += len(data.get("failed") or {})
        (out / f"{explainer.slug}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for failure in result.failures:
        print(f"  failed: {failure}", file=sys.stderr)
    return out, len(result.failures), sections, seconds


def score(folder: Path, pred: Path) -> dict:
    """The scorer's figures; for a set whose texts are only partly there (the git-ignored sets are
    rebuilt from their source), on the articles present, against their gold only."""
    gold = folder / "gold"
    present = {p.name for p in (folder / "articles").glob("*.txt")}
    wanted = sorted(gold.glob("*.json"))
    kept = [g for g in wanted if json.loads(g.read_text(encoding="utf-8")).get("article") in present]
    with tempfile.TemporaryDirectory() as tmp:
        if len(kept) < len(wanted):
            print(f"{folder.name}: {len(wanted) - len(kept)} of {len(wanted)} texts are missing; "
                  f"scored on the {len(kept)} present", file=sys.stderr)
            gold = Path(tmp)
            for g in kept:
                shutil.copy(g, gold / g.name)
        proc = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred),
                               "--articles", str(folder / "articles"), "--json"],
                              capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def figure(scores: dict, path: tuple[str, ...]):
    value = scores
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", choices=sorted(SETS), default=None)
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--save", type=Path, help="write the figures to this JSON file")
    ap.add_argument("--against", type=Path, help="a file written by --save: print each figure's change")
    args = ap.parse_args(argv)
    if not SCORER.is_file():
        print(f"error: the scorer {SCORER} is not there (../shared beside the repository)", file=sys.stderr)
        return 2
    names = args.sets or [n for n in DEFAULT_SETS if (SETS[n] / "articles").is_dir()]
    before = json.loads(args.against.read_text()) if args.against else {}
    results = {}
    for name in names:
        folder = SETS[name]
        if not (folder / "articles").is_dir():
            print(f"error: {folder} is missing (see this script's help)", file=sys.stderr)
            return 2
        pred, failed, sections, seconds = generate(name, folder, args.jobs)
        scores = score(folder, pred)
        scores["failed_articles"], scores["failed_sections"] = failed, sections
        results[name] = {label: figure(scores, path) for label, path in FIGURES}
        results[name]["articles"] = scores["articles"]
        print(f"{name}: {scores['articles']} articles in {seconds:.0f} s", file=sys.stderr)

    width = max(len(label) for label, _ in FIGURES)
    print(f"{'':{width}}  " + "  ".join(f"{n:>20}" for n in names))
    for label, _ in FIGURES:
        cells = []
        for n in names:
            value = results[n][label]
            old = before.get(n, {}).get(label)
            text = "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)
            if isinstance(value, (int, float)) and isinstance(old, (int, float)) and old != value:
                text += f" ({value - old:+.3f})" if isinstance(value, float) else f" ({value - old:+d})"
            cells.append(f"{text:>20}")
        print(f"{label:{width}}  " + "  ".join(cells))
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
