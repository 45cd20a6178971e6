"""A minimal GNU .mo writer, for translation tests that must not depend on gettext tools."""

import struct
from pathlib import Path


def write_mo(path: Path, messages: dict[str, str]) -> None:
    """A minimal GNU .mo file (what ``msgfmt`` writes, without the hash table)."""
    catalogue = {"": "Content-Type: text/plain; charset=UTF-8\n", **messages}
    keys = sorted(catalogue)
    ids = [key.encode() for key in keys]
    strs = [catalogue[key].encode() for key in keys]
    header_size = 7 * 4
    tables_size = 2 * len(keys) * 8
    offset = header_size + tables_size
    id_table, str_table, data = [], [], b""
    for blob_list, table in ((ids, id_table), (strs, str_table)):
        for blob in blob_list:
            table.append((len(blob), offset + len(data)))
            data += blob + b"\0"
    output = struct.pack(
        "<7I", 0x950412DE, 0, len(keys), header_size, header_size + len(keys) * 8, 0, 0
    )
    for length, start in id_table + str_table:
        output += struct.pack("<2I", length, start)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(output + data)
