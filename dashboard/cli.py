"""The ``hotspots`` command: one subcommand per task, each registered by its own module.

Subcommand modules only declare arguments at import time; heavy imports (geopandas,
SQLAlchemy, Streamlit) happen inside the handlers so ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from dashboard import __version__
from dashboard.errors import HotspotsError

#: Modules that contribute subcommands through ``register(subparsers)``.
COMMAND_MODULES: tuple[str, ...] = (
    "dashboard.app.serve_cli",
    "dashboard.extract.cli",
    "dashboard.geo_cli",
    "dashboard.store_cli",
)


def build_parser() -> argparse.ArgumentParser:
    """The full parser, so tests and docs can inspect every subcommand."""
    parser = argparse.ArgumentParser(
        prog="hotspots",
        description="Hotspot Atlas: map reported armed-group strength and hotspots from news.",
    )
    parser.add_argument("--version", action="version", version=f"hotspots {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        return int(args.handler(args) or 0)
    except HotspotsError as exc:
        print(f"hotspots: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
