"""``return-atlas download [VERSION]``: fetch a release, verify every hash, cache it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from return_atlas.cli.common import EXIT_INVALID, EXIT_OK, fail


def register(sub: Any) -> None:
    """Add the ``download`` subcommand."""
    p = sub.add_parser(
        "download",
        help="download a verified data release (the latest by default)",
        description=(
            "Fetch a release from the base URL, check the zip against the release's "
            "SHA256SUMS and every file against datapackage.json, and keep it in the cache; "
            "a cached release is used without the network."
        ),
    )
    p.add_argument("version", nargs="?", help="version to fetch (default: the latest)")
    p.add_argument("--dest", type=Path, help="also copy the zip and the unpacked package here")
    p.add_argument(
        "--base-url",
        help="where releases are published (default: "
        "$RETURN_ATLAS_BASE_URL, else the project's release page)",
    )
    p.add_argument(
        "--cache",
        type=Path,
        help="cache folder (default: $RETURN_ATLAS_CACHE, else the user cache)",
    )
    p.add_argument("--offline", action="store_true", help="use the cache only")
    p.add_argument("--sha256", help="refuse the zip unless it has this SHA-256")
    p.add_argument("--list", action="store_true", help="list the released versions and stop")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds per request (30)")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the folder")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Download (or list) releases and print where the verified package is."""
    from return_atlas.fetch import (
        DownloadError,
        IntegrityError,
        available_versions,
        download,
    )

    try:
        if args.list:
            versions = available_versions(
                args.base_url, cache=args.cache, offline=args.offline, timeout=args.timeout
            )
            print("\n".join(versions) if versions else "no release found")
            return EXIT_OK if versions else EXIT_INVALID
        release = download(
            args.version,
            args.dest,
            base=args.base_url,
            cache=args.cache,
            offline=args.offline,
            sha256=args.sha256,
            timeout=args.timeout,
            progress=not args.quiet and sys.stderr.isatty(),
        )
    except IntegrityError as error:
        print(f"return-atlas: refused: {error}", file=sys.stderr)
        return EXIT_INVALID
    except DownloadError as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"cannot write the release: {error}")
    if args.quiet:
        print(release.folder)
    else:
        print(f"Verified return-atlas {release.version} (zip sha256 {release.sha256}).")
        print(f"Package: {release.folder}")
        print(f"Zip: {release.zip_path}")
    return EXIT_OK
