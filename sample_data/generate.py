"""Build the sample packages and their expected findings.

    python sample_data/generate.py [--out DIR]

writes DIR/packages/{clean, defects, rework.zip, scanned} and DIR/expected/<package>.json plus
<package>.records.json (default DIR: sample_data/). Everything is seeded and dated, so a
re-run gives the same records and expected files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the `sample_data` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sample_data.gen import clean, defects, rework, scans
from sample_data.gen.model import PackageTruth
from sample_data.gen.output import write_expected

HERE = Path(__file__).resolve().parent
BUILDERS = {
    "clean": clean.build, "defects": defects.build, "rework.zip": rework.build,
    "scanned": scans.build,  # scans and photos: the OCR path (sample_data/gen/scans.py)
}


def build_clean(packages_dir: Path, seed: int = clean.SEED) -> PackageTruth:
    return clean.build(packages_dir, seed)


def build_defects(packages_dir: Path, seed: int = defects.SEED) -> PackageTruth:
    return defects.build(packages_dir, seed)


def build_rework(packages_dir: Path, seed: int = rework.SEED) -> PackageTruth:
    return rework.build(packages_dir, seed)


def generate_all(out_dir: Path) -> None:
    """Every package into out_dir/packages, its expected files into out_dir/expected."""
    for builder in BUILDERS.values():
        truth = builder(out_dir / "packages")
        write_expected(truth, out_dir / "expected")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE,
                        help="output root (default: sample_data/)")
    args = parser.parse_args(argv)
    generate_all(args.out)
    print(f"wrote {args.out / 'packages'} and {args.out / 'expected'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
