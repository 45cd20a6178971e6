"""The official acknowledgement of receipt (UPO) as HTML context and as a PDF (fpdf2, DejaVu)."""

from pathlib import Path

from django.utils import timezone
from fpdf import FPDF

from .models import Case

FONT_CANDIDATES = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),  # Debian: fonts-dejavu-core
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),  # fonts-liberation
]


class FontMissing(RuntimeError):
    """No Unicode TTF for Polish diacritics (install Debian's fonts-dejavu-core)."""


def _packaged_font() -> Path | None:
    """Noto Sans shipped on PyPI (a dependency), so a fresh machine needs no Debian font."""
    try:
        import fontpkg_noto_sans
    except ImportError:
        return None
    return Path(fontpkg_noto_sans.ROOT) / "files" / "NotoSans[wdth,wght].ttf"


def font_path() -> Path:
    for candidate in [*FONT_CANDIDATES, _packaged_font()]:
        if candidate is not None and candidate.exists():
            return candidate
    raise FontMissing("DejaVuSans.ttf not found: apt-get install fonts-dejavu-core")


def upo_rows(case: Case) -> list[tuple[str, str]]:
    attachments = ", ".join(f"{a.original_name} ({a.size} B)" for a in case.attachments.all())
    unit = case.unit_page.title if case.unit_page_id else case.get_handler_display()
    return [
        ("Numer sprawy", case.number),
        ("Usługa", case.service.name),
        (
            "Data i czas wpływu",
            timezone.localtime(case.submitted_at).strftime("%Y-%m-%d %H:%M:%S %Z"),
        ),
        ("Wnoszący", case.applicant.display_name),
        ("Adresat", unit),
        ("Załączniki", attachments or "brak"),
        ("Skrót wniosku (SHA-256)", case.upo_sha256),
    ]


def upo_pdf(case: Case) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_title(f"UPO {case.number}")
    pdf.set_author("E-łącze – e-usługi oświatowe Dąbrowy Górniczej")
    pdf.set_lang("pl")
    pdf.add_page()
    font = str(font_path())
    pdf.add_font("UPO", "", font)
    pdf.set_font("UPO", size=16)
    pdf.multi_cell(0, 9, "Urzędowe poświadczenie odbioru (UPO)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("UPO", size=10)
    pdf.multi_cell(
        0,
        5,
        "Potwierdzamy przyjęcie wniosku złożonego elektronicznie. Zachowaj ten dokument.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    for label, value in upo_rows(case):
        pdf.set_font("UPO", size=9)
        pdf.multi_cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("UPO", size=11)
        pdf.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    return bytes(pdf.output())
