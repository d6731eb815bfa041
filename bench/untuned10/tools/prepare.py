"""Rebuild the texts of bench/untuned10 from AMALGUM's XML and check them against articles.sha256,
by the rules and code of bench/untuned5 (see bench/untuned5/tools/for_set.py; --help for usage)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "untuned5", "tools"))
import for_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(for_set.prepare(__file__))
