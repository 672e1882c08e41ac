"""Run the command line as ``python -m newsstruct FILE...``; see :mod:`newsstruct.cli`."""

import sys

from newsstruct.cli import main

if __name__ == "__main__":
    sys.exit(main())
