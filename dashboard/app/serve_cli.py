"""``hotspots serve``: start the Streamlit dashboard headless."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    """Add the ``serve`` subcommand."""
    p = sub.add_parser("serve", help="start the dashboard (http://localhost:8501)")
    p.add_argument("--db", help="store URL (default: $HOTSPOTS_DB or the user data store)")
    p.add_argument("--port", type=int, default=8501, help="port to listen on (default 8501)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run ``streamlit run`` on the app entry with the project's config."""
    app = Path(__file__).with_name("main.py")
    env = dict(os.environ)
    if args.db:
        env["HOTSPOTS_DB"] = args.db
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.headless=true",
        f"--server.port={args.port}",
        "--server.enableStaticServing=true",
        "--browser.gatherUsageStats=false",
    ]
    # Streamlit reads .streamlit/config.toml from the working directory: run from the project.
    return subprocess.call(cmd, env=env, cwd=str(Path(__file__).resolve().parents[2]))
