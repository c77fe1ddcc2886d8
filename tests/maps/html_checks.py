"""Reading produced HTML the way a browser would fetch from it."""

from __future__ import annotations

import re

_SCRIPT_SRC = re.compile(r"<script\b[^>]*\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)
_LINK_HREF = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*[\"']?([^\"')]+)", re.IGNORECASE)
_IMPORT = re.compile(r"@import\s+[\"']([^\"']+)", re.IGNORECASE)
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style>", re.IGNORECASE | re.DOTALL)
_REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


def fetched_urls(html: str) -> list[str]:
    """Every URL the page loads by itself: script src, link href, CSS url() and @import."""
    found: list[str] = []
    for pattern in (_SCRIPT_SRC, _LINK_HREF, _CSS_URL, _IMPORT):
        found += pattern.findall(html)
    return found


def remote_urls(html: str) -> list[str]:
    """The fetched URLs that would leave the machine (any scheme with a host, or //host)."""
    return [u for u in fetched_urls(html) if _REMOTE.match(u.strip())]


def stylesheet_urls(html: str) -> list[str]:
    """url() references inside <style> elements (the images a stylesheet loads)."""
    return [u for block in _STYLE.findall(html) for u in _CSS_URL.findall(block)]
