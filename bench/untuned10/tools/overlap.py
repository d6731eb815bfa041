"""Check that the articles of this set are new: no title and no run of 8 words in common with
the other texts of the project (sets, corpus, seeds, PolNeAR, the Wikinews counting corpus).

    python3 bench/untuned10/tools/overlap.py [FOLDER ...]   # extra folders are searched too

It runs bench/untuned5/tools/overlap.py on this set's articles, with bench/untuned5,
bench/untuned6, bench/untuned7, bench/untuned8 and bench/untuned9 added to the folders searched. Texts are compared after
lower-casing and removing punctuation. Folders that are absent on this machine are reported and skipped.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "untuned5", "tools"))
import for_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(for_set.overlap(__file__, ("untuned5", "untuned6", "untuned7", "untuned8", "untuned9")))
