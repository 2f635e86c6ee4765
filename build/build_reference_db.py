"""Build data/reference.sqlite from data/sources/ (the builder is briefingbook/core/refbuild.py).

python build/build_reference_db.py            # writes data/reference.sqlite
python build/build_reference_db.py --check    # exit 1 when the shipped DB is stale
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # runs from a checkout without an install

from briefingbook.core.refbuild import main

if __name__ == "__main__":
    sys.exit(main())
