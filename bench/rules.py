"""The per-rule report: how many items each extraction rule produced, in how many articles, and,
where gold exists, how often rightly.

    python bench/rules.py bench/out/eval/dev --gold ../shared/corpus/dev/gold
    python bench/rules.py bench/out/eval/polnear-train bench/out/eval/polnear-dev   # counts only
    python bench/rules.py DIR ... --min-articles 3      # list the rules that fire in fewer articles

Each DIR is a folder of the generator's JSON (``bench/evaluate.py`` writes one per set into
``bench/out/eval/<set>``, or take ``OUT/explainers`` of ``python -m generator build``). With
``--gold`` (one folder per DIR, in the same order, or one for all), an item is judged with the
shared scorer's own matching (``../shared/tools/score.py``):

* ``actor.*`` and ``merge.*``: the actor matches a gold entity of its type (articles whose gold
  has no entities, such as PolNeAR's, are not judged);
* ``role.*``: the role overlaps the gold role of the matched person;
* ``quote.*``: the quotation matches a gold quotation;
* ``speaker.*``: on a quotation matched to a gold quotation with a speaker, the speaker is right;
  rules that leave a quotation unattributed are counted, not judged;
* ``agreement.*``, ``party.*``, ``status.*``: the card matches a gold agreement.

``summary.*`` and ``relation.*`` have no gold: they are counted, not judged.

A rule earns its place by firing rightly in many articles: the summary counts the rules of the
catalogue (``generator/data/rules/*.tsv``) that fire in at least ``--min-articles`` articles, and
lists those that fire in fewer, and those that never fire.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score.py"


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def catalogue() -> dict[str, str]:
    sys.path.insert(0, str(ROOT))
    from generator.extract.provenance import catalogue as load

    return load()


class Tally:
    def __init__(self):
        self.items = 0
        self.articles: set[str] = set()
        self.right = 0
        self.judged = 0

    def add(self, article: str, verdict: bool | None) -> None:
        self.items += 1
        self.articles.add(article)
        if verdict is not None:
            self.judged += 1
            self.right += bool(verdict)

    @property
    def precision(self) -> float | None:
        return self.right / self.judged if self.judged else None


def _judge_actor(sc, actor: dict, gold: dict | None) -> bool | None:
    if gold is None:
        return None
    kinds = {"person": "people", "country": "countries", "organization": "organizations"}
    entities = [e for key in kinds.values() for e in gold.get(key, [])]
    if not entities or actor.get("type") not in kinds:
        return None
    golds = gold.get(kinds[actor["type"]], [])
    name = actor.get("name", "")
    if actor["type"] == "person":
        return any(sc.person_matches(name, g) for g in golds)
    if actor["type"] == "country":
        names = [name, *(actor.get("aliases") or [])]
        return any(sc.norm(n) == sc.norm(g) for e in golds for g in sc.names_of(e) for n in names)
    return any(sc.org_matches(name, g) for g in golds)


def _judge_role(sc, actor: dict, gold: dict | None) -> bool | None:
    if gold is None or actor.get("type") != "person" or not actor.get("role"):
        return None
    for g in gold.get("people", []):
        if isinstance(g, dict) and g.get("role") and sc.person_matches(actor.get("name", ""), g):
            return sc.overlap_f(sc.tokens(actor["role"]), sc.tokens(g["role"])) >= 0.5
    return None


def _agreement_ok(sc, p: dict, g: dict) -> bool:
    if any(sc.overlap_f(sc.name_tokens(p.get("name", "")), sc.name_tokens(n)) >= 0.5 for n in sc.names_of(g)):
        return True
    py, gy = p.get("year"), g.get("year")
    if py and gy and str(py) == str(gy):
        pp = {sc.norm(x) for x in p.get("parties", []) or []}
        gp = {sc.norm(x) for x in g.get("parties", []) or []}
        return bool(pp & gp) or not gp
    return False


def report(folders: list[Path], golds: list[Path | None], scorer_path: Path) -> dict[str, Tally]:
    sc = load_scorer(scorer_path) if any(golds) else None
    tallies: dict[str, Tally] = defaultdict(Tally)
    for folder, gold_dir in zip(folders, golds):
        for path in sorted(folder.rglob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or "source" not in data:
                continue
            article = data["source"]["file"]
            gold = None
            if gold_dir is not None and (gold_dir / (Path(article).stem + ".json")).is_file():
                gold = json.loads((gold_dir / (Path(article).stem + ".json")).read_text(encoding="utf-8"))
            for actor in data.get("actors", []):
                for rule_id in actor.get("rules", []):
                    verdict = _judge_role(sc, actor, gold) if rule_id.startswith("role.") else \
                        _judge_actor(sc, actor, gold) if sc else None
                    tallies[rule_id].add(article, verdict)
            quotes = data.get("quotes", [])
            g_quotes = gold.get("quotes", []) if gold else []
            links = sc.quote_links(quotes, g_quotes) if sc and gold else [set() for _ in quotes]
            people = (gold.get("people", []) + gold.get("organizations", [])) if gold else []
            for quote, linked in zip(quotes, links):
                for rule_id in quote.get("rules", []):
                    verdict = None
                    if sc and gold is not None:
                        if rule_id.startswith("quote."):
                            verdict = bool(linked)
                        elif rule_id.startswith("speaker.") and quote.get("speaker"):
                            spoken = [j for j in linked if g_quotes[j].get("speaker") is not None]
                            if spoken:
                                verdict = any(sc.speaker_matches(quote["speaker"], g_quotes[j], people) for j in spoken)
                    tallies[rule_id].add(article, verdict)
            for statement in data.get("statements", []):
                for rule_id in statement.get("rules", []):
                    tallies[rule_id].add(article, None)
            g_agreements = gold.get("agreements", []) if gold else []
            for agreement in data.get("agreements", []):
                verdict = None
                if sc and gold is not None and (g_agreements or gold.get("people") or gold.get("countries")):
                    verdict = any(_agreement_ok(sc, agreement, g) for g in g_agreements)
                for rule_id in agreement.get("rules", []):
                    tallies[rule_id].add(article, verdict)
            passages = data.get("background", []) + data.get("timeline", [])
            passages += data.get("summary", []) + data.get("relations", [])
            passages += [s for actor in data.get("actors", []) for s in actor.get("summary") or []]
            for agreement in data.get("agreements", []):
                passages += [p for key in ("covers", "excludes", "obligations", "conditions")
                             for p in agreement.get(key) or []]
                passages += [agreement["status_text"]] if agreement.get("status_text") else []
            for item in passages:
                for rule_id in item.get("rules", []):
                    tallies[rule_id].add(article, None)
    return tallies


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path, help="folders of the generator's JSON")
    ap.add_argument("--gold", nargs="*", type=Path, default=[], help="gold folders (one, or one per folder)")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--min-articles", type=int, default=3)
    ap.add_argument("--json", type=Path, help="also write the table to this file")
    args = ap.parse_args(argv)
    if args.gold and len(args.gold) not in (1, len(args.folders)):
        ap.error("--gold takes one folder, or one per folder")
    golds = (args.gold * len(args.folders) if len(args.gold) == 1 else args.gold) or [None] * len(args.folders)
    if any(golds) and not args.scorer.is_file():
        ap.error(f"the scorer {args.scorer} is not there")
    known = catalogue()
    tallies = report(args.folders, golds, args.scorer)

    print(f"{'rule':44} {'items':>6} {'articles':>8} {'precision':>10} {'judged':>7}")
    for rule_id in sorted(tallies, key=lambda r: (r.split(".")[0], -len(tallies[r].articles), r)):
        t = tallies[rule_id]
        p = "-" if t.precision is None else f"{t.precision:.3f}"
        flag = "" if rule_id in known else "   (not in the catalogue)"
        print(f"{rule_id:44} {t.items:6d} {len(t.articles):8d} {p:>10} {t.judged:7d}{flag}")
    fired = {r for r, t in tallies.items() if t.items}
    wide = sorted(r for r in fired if len(tallies[r].articles) >= args.min_articles)
    narrow = sorted(r for r in fired if len(tallies[r].articles) < args.min_articles)
    silent = sorted(r for r in known if r not in fired)
    print()
    print(f"{len(known)} rules in the catalogue; {len(wide)} fire in {args.min_articles} articles or more, "
          f"{len(narrow)} in fewer, {len(silent)} never")
    if narrow:
        print("fewer than", args.min_articles, "articles:", ", ".join(f"{r} ({len(tallies[r].articles)})" for r in narrow))
    if silent:
        print("never:", ", ".join(silent))
    if args.json:
        args.json.write_text(json.dumps({r: {"items": t.items, "articles": len(t.articles), "precision": t.precision,
                                             "judged": t.judged} for r, t in tallies.items()}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
