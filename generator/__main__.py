"""``python -m generator``: the command line; it ends quietly when the reader of its output goes away."""

import os
import sys

from .cli import main

try:
    status = main()
    sys.stdout.flush()  # a closed pipe shows here rather than as a traceback at interpreter exit
except BrokenPipeError:  # `python -m generator diff ... | head`: stop like any Unix tool, no traceback
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    status = 1
sys.exit(status)
