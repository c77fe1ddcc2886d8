"""One exception class per failure a user can cause; the CLI prints them without a traceback."""

from __future__ import annotations


class HotspotsError(Exception):
    """Base class: a message meant for the user, and the exit code the CLI returns."""

    exit_code: int = 2


class GeodataError(HotspotsError):
    """The bundled boundary files are missing or unreadable."""


class NotTextError(HotspotsError):
    """An input file is binary or in an encoding we cannot decode."""


class InputError(HotspotsError):
    """A command-line value or input record is malformed."""


class StoreError(HotspotsError):
    """The store cannot be opened, migrated or written."""
