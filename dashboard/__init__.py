"""Hotspot Atlas: where armed groups are reported, how many, according to whom, since when."""

from __future__ import annotations

__version__ = "0.1.0"
