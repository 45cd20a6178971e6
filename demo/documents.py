"""Demo documents generated locally: small OpenDocument text files (ODF, as KRI prefers).

An ODT is a ZIP with an uncompressed ``mimetype`` entry first, a manifest and ``content.xml``.
The files are deterministic (fixed ZIP timestamps) and open in LibreOffice and Word.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" \
manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
_CONTENT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:text>
"""
_CONTENT_TAIL = "</office:text></office:body></office:document-content>\n"
_META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
<office:meta><dc:title>{title}</dc:title><dc:language>pl-PL</dc:language></office:meta>
</office:document-meta>
"""
_FIXED_TIME = (2026, 1, 1, 0, 0, 0)


def odt_bytes(title: str, paragraphs: list[str]) -> bytes:
    """An OpenDocument text with a level-1 heading and the given paragraphs."""
    body = [f'<text:h text:outline-level="1">{escape(title)}</text:h>']
    body += [f"<text:p>{escape(paragraph)}</text:p>" for paragraph in paragraphs]
    content = _CONTENT_HEAD + "\n".join(body) + _CONTENT_TAIL
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype", _FIXED_TIME), "application/vnd.oasis.opendocument.text"
        )
        for name, data in (
            ("META-INF/manifest.xml", _MANIFEST),
            ("meta.xml", _META.format(title=escape(title))),
            ("content.xml", content),
        ):
            info = zipfile.ZipInfo(name, _FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data.encode("utf-8"))
    return buffer.getvalue()
