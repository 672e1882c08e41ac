"""The exceptions newsstruct raises.  This module imports nothing else from the package."""

from __future__ import annotations

__all__ = ["NewsstructError", "OutletLoadError", "UnknownLanguageError", "UnknownOutletError"]


class NewsstructError(Exception):
    """The base class of every error newsstruct raises on purpose."""


class UnknownLanguageError(NewsstructError, ValueError):
    """A language code that newsstruct has no lexicon for."""

    def __init__(self, code: str, available: tuple[str, ...]) -> None:
        super().__init__(f"unknown language {code!r}; available: {', '.join(available)}")
        self.code = code
        self.available = available

    def __reduce__(self) -> tuple[type[UnknownLanguageError], tuple[str, tuple[str, ...]]]:
        return (type(self), (self.code, self.available))


class UnknownOutletError(NewsstructError, ValueError):
    """An outlet name that no registered rule set carries."""

    def __init__(self, name: str, available: tuple[str, ...]) -> None:
        super().__init__(f"unknown outlet {name!r}; available: {', '.join(available)}")
        self.name = name
        self.available = available

    def __reduce__(self) -> tuple[type[UnknownOutletError], tuple[str, tuple[str, ...]]]:
        return (type(self), (self.name, self.available))


class OutletLoadError(NewsstructError, ImportError):
    """An outlet plugin that was asked for by name and failed to load."""
