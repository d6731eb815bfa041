"""Validate the untuned15 set with the untuned set's checker (the same checks, on this folder)."""
import os
import runpy
import sys

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.argv = [sys.argv[0], here]
runpy.run_path(os.path.join(here, "..", "untuned", "tools", "check.py"), run_name="__main__")
