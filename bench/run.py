"""Run every benchmark in bench/ (each prints ratios against a baseline measured in the same run)."""
import runpy
import sys
from pathlib import Path

for path in sorted(Path(__file__).parent.glob("*.py")):
    if path.name == "run.py" or path.name.startswith("_"):
        continue
    print(f"== {path.name}", flush=True)
    runpy.run_path(str(path), run_name="__main__")
sys.exit(0)
