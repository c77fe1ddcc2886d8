"""``hotspots serve``: start the Streamlit dashboard headless."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from dashboard.errors import InputError

PROJECT_ROOT = Path(__file__).resolve().parents[2]
STATIC_DIR = Path(__file__).with_name("static")


def register(sub: Any) -> None:
    """Add the ``serve`` subcommand."""
    p = sub.add_parser("serve", help="start the dashboard (http://localhost:8501)")
    p.add_argument("--db", help="store URL (default: $HOTSPOTS_DB or the user data store)")
    p.add_argument("--port", type=int, default=8501, help="port to listen on (default 8501)")
    p.set_defaults(handler=run)


def absolute_store(url: str) -> str:
    """A SQLite path or ``sqlite:///relative`` made absolute: the app runs from the project
    root, so a relative path would otherwise point somewhere else."""
    if "://" not in url:
        return str(Path(url).expanduser().resolve())
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/"):
        return prefix + str(Path(url[len(prefix) :]).expanduser().resolve())
    return url


def run(args: argparse.Namespace) -> int:
    """Open the store (so a bad ``--db`` fails here, in one line), then run Streamlit."""
    from dashboard import pipeline

    if not 0 < args.port < 65536:
        raise InputError(f"--port {args.port} is not a port number; use 1–65535, e.g. 8501")
    env = dict(os.environ)
    if args.db:
        env["HOTSPOTS_DB"] = absolute_store(args.db)
    pipeline.open_for(env.get("HOTSPOTS_DB")).dispose()  # creates, upgrades, seeds
    # Streamlit only serves static/ when the folder exists as it starts: fill it first.
    from dashboard.maps.assets import install_static

    install_static(STATIC_DIR)
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(Path(__file__).with_name("main.py")),
        "--server.headless=true",
        f"--server.port={args.port}",
        "--server.enableStaticServing=true",
        "--browser.gatherUsageStats=false",
        "--browser.serverAddress=localhost",
    ]
    # Streamlit reads .streamlit/config.toml from the working directory: run from the project.
    if os.name == "posix":  # become Streamlit: signals (Ctrl-C, SIGTERM) reach it directly
        sys.stdout.flush()
        os.chdir(PROJECT_ROOT)
        os.execve(sys.executable, cmd, env)
    try:
        return subprocess.call(cmd, env=env, cwd=str(PROJECT_ROOT))
    except KeyboardInterrupt:
        return 0
