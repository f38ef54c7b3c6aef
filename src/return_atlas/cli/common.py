"""What every subcommand shares: exit codes and error printing."""

from __future__ import annotations

import sys

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> int:
    """Print ``message`` as an error on stderr and return the could-not-run exit code."""
    print(f"return-atlas: error: {message}", file=sys.stderr)
    return EXIT_ERROR
