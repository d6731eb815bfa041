"""Rebuild the texts of bench/untuned7 from AMALGUM's XML and check them against articles.sha256.

    python bench/untuned7/tools/prepare.py PATH/TO/amalgum            # a checkout (work tree)
    python bench/untuned7/tools/prepare.py PATH/TO/amalgum/.git --git # a git directory: each file is
                                                 # read at the commit SOURCES.tsv names for it

The rules are those of bench/untuned5 (its README, "Text preparation"), and so is the code: this
script runs bench/untuned5/tools/prepare.py with this set's folder, SOURCES.tsv, articles.sha256
and tools/furniture.tsv. Standard library only.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "untuned5", "tools"))
import for_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(for_set.prepare(__file__, __doc__))
