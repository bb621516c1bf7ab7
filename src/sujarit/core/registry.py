"""A named registry of callables: how one app offers an extension point that other apps fill in ready()."""
from __future__ import annotations

from collections.abc import Callable, Iterator


class Registry:
    def __init__(self) -> None:
        self._entries: dict[str, Callable] = {}

    def register(self, name: str, entry: Callable) -> None:
        """Register `entry` under `name`; registering a name again replaces it."""
        self._entries[name] = entry

    def unregister(self, name: str) -> None:
        self._entries.pop(name, None)

    def names(self) -> list[str]:
        return sorted(self._entries)

    def items(self) -> Iterator[tuple[str, Callable]]:
        return iter(sorted(self._entries.items()))

    def __bool__(self) -> bool:
        return bool(self._entries)
