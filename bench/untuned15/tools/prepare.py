"""Rebuild the texts of bench/untuned15 (AMALGUM records, the am_* rows of SOURCES.tsv) from AMALGUM's
XML and check them against articles.sha256, by the rules and code of bench/untuned5 (see
bench/untuned5/tools/for_set.py; --help for usage), run through bench/untuned11/tools/prepare.py."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    spec = importlib.util.spec_from_file_location(
        "untuned11_prepare", os.path.join(HERE, "..", "..", "untuned11", "tools", "prepare.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
