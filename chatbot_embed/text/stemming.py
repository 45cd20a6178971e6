"""Polish stemming with the polimorf table shipped inside the ``pystempel`` package.

pystempel's own loader builds an object per trie cell and takes 5-20 s; this module parses the
same table (Egothor MultiTrie2 format) into plain dicts in well under a second and hands them
to pystempel's unchanged lookup code. Results are memoised.
"""

import gzip
import struct
import threading
from functools import lru_cache
from importlib import resources

from pystempel import Stemmer
from pystempel.egothor import MultiTrie2, Trie

MIN_STEM_LENGTH = 4
_INT = struct.Struct(">i")
_SHORT = struct.Struct(">H")
_CELL = struct.Struct(">Hiiii")  # char, cmd, cnt, ref, skip

_lock = threading.Lock()
_stemmer: Stemmer | None = None


class _Row:
    """A trie row as pystempel's Trie expects it, backed by a dict char -> (cmd, ref)."""

    __slots__ = ("cells",)

    def __init__(self, cells: dict[str, tuple[int, int]]) -> None:
        self.cells = cells

    def get_cmd(self, way: str) -> int:
        cell = self.cells.get(way)
        return cell[0] if cell else -1

    def get_ref(self, way: str) -> int:
        cell = self.cells.get(way)
        return cell[1] if cell else -1


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def int(self) -> int:
        (value,) = _INT.unpack_from(self.data, self.pos)
        self.pos += 4
        return value

    def boolean(self) -> bool:
        value = self.data[self.pos] != 0
        self.pos += 1
        return value

    def utf(self) -> str:
        (length,) = _SHORT.unpack_from(self.data, self.pos)
        start = self.pos + 2
        self.pos = start + length
        return self.data[start : self.pos].decode("utf-8")

    def trie(self) -> Trie:
        forward = self.boolean()
        root = self.int()
        cmds = [self.utf() for _ in range(self.int())]
        rows = []
        for _ in range(self.int()):
            count = self.int()
            end = self.pos + count * _CELL.size
            rows.append(
                _Row(
                    {
                        chr(ch): (cmd, ref)
                        for ch, cmd, _cnt, ref, _skip in _CELL.iter_unpack(
                            self.data[self.pos : end]
                        )
                    }
                )
            )
            self.pos = end
        return Trie(forward=forward, root=root, cmds=cmds, rows=rows)


def load_polimorf() -> Stemmer:
    """Parse the polimorf stemming table shipped in the pystempel package (no download)."""
    table = resources.files("pystempel.data.polimorf").joinpath("stemmer_polimorf.tbl.gz")
    reader = _Reader(gzip.decompress(table.read_bytes()))
    method = reader.utf().upper()
    if "M" not in method:
        return Stemmer(reader.trie())
    multi = MultiTrie2()
    multi.forward = reader.boolean()
    multi.BY = reader.int()
    multi.tries = [reader.trie() for _ in range(reader.int())]
    return Stemmer(multi)


def _load() -> Stemmer:
    global _stemmer
    with _lock:
        if _stemmer is None:
            _stemmer = load_polimorf()
    return _stemmer


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """The stem of a lower-case token; short tokens and numbers are returned unchanged."""
    if len(token) < MIN_STEM_LENGTH or not token.isalpha():
        return token
    result = (_stemmer or _load())(token)
    return result or token
