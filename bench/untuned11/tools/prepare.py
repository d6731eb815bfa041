"""Rebuild the AMALGUM texts of bench/untuned11 (the am_* rows of SOURCES.tsv) from AMALGUM's XML and
check them against articles.sha256, by the rules and code of bench/untuned5 (see
bench/untuned5/tools/for_set.py; --help for usage). The set's other texts (dk_*) come from another
source and are rebuilt by tools/prepare_dk.py."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "untuned5", "tools"))
import for_set  # noqa: E402


def main(here=None):
    """Rebuild the am_* texts of the set whose tools folder is ``here`` (this one unless given)."""
    module = for_set.load_tool("prepare")
    module.HERE = here or os.path.dirname(os.path.abspath(__file__))
    module.SET = os.path.dirname(module.HERE)
    module.__doc__ = for_set.PREPARE_USAGE.format(name=os.path.basename(module.SET))

    def read_sources():
        """(file name, commit, path, URL) of each am_* row of SOURCES.tsv."""
        rows = []
        with open(os.path.join(module.SET, "SOURCES.tsv"), encoding="utf-8") as f:
            next(f)
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if not cols[0].startswith("am_"):
                    continue
                repo_commit, path = cols[5].split(":", 1)
                rows.append((cols[0], repo_commit.split("@")[1], path, cols[3]))
        return rows

    module.read_sources = read_sources
    return module.main()


if __name__ == "__main__":
    sys.exit(main())
