"""Small valid files for attachments: a one-line PDF and a 1×1 PNG."""

from django.core.files.uploadedfile import SimpleUploadedFile
from fpdf import FPDF

PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f"
    b"\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00"
    b"\x00IEND\xaeB`\x82"
)


def pdf_bytes(text: str = "Zaświadczenie o dochodach") -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, text.encode("ascii", "ignore").decode())
    return bytes(pdf.output())


def upload(name: str, content: bytes, content_type: str = "application/pdf") -> SimpleUploadedFile:
    """A file as a browser uploads it (for forms and views that take ``request.FILES``)."""
    return SimpleUploadedFile(name, content, content_type=content_type)
