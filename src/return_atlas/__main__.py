"""Allow ``python -m return_atlas``."""

from return_atlas.cli import main

raise SystemExit(main())
