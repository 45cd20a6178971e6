"""A synchronous batch loader: collect keys first, load them all with one query on first use."""

from collections.abc import Callable, Hashable, Iterable
from typing import Any, Generic, TypeVar, overload

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
D = TypeVar("D")

_MISSING: Any = object()


class BatchLoader(Generic[K, V]):
    """Loads every wanted key in one call of ``load`` when the first value is asked for.

    Resolvers of list fields announce (``want``) everything the items will need before the
    items are resolved, so the number of SQL queries does not depend on the number of items.
    """

    def __init__(self, load: Callable[[set[K]], dict[K, V]]):
        self._load = load
        self._pending: set[K] = set()
        self._values: dict[K, V] = {}

    def want(self, keys: Iterable[K]) -> None:
        for key in keys:
            if key is not None and key not in self._values:
                self._pending.add(key)

    @overload
    def get(self, key: K | None) -> V | None: ...

    @overload
    def get(self, key: K | None, default: D) -> V | D: ...

    def get(self, key: K | None, default: Any = None) -> Any:
        if key is None:
            return default
        if key not in self._values:
            self._pending.add(key)
            self._flush()
        value = self._values.get(key, _MISSING)
        return default if value is _MISSING else value

    def prime(self, key: K, value: V) -> None:
        """Store a value computed elsewhere (e.g. from an unsaved preview object)."""
        self._values[key] = value
        self._pending.discard(key)

    def _flush(self) -> None:
        keys = self._pending - self._values.keys()
        self._pending = set()
        loaded = self._load(keys) if keys else {}
        for key in keys:
            self._values[key] = loaded.get(key, _MISSING)
