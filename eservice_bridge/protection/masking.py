"""Masking of PESEL numbers in listings, pages and logs."""

import logging
import re

PESEL_IN_TEXT = re.compile(r"(?<!\d)(\d{11})(?!\d)")


def mask_pesel(pesel: str) -> str:
    """Show only the last four digits: ``*******1234``."""
    pesel = (pesel or "").strip()
    if len(pesel) < 4:
        return "*" * len(pesel)
    return "*" * (len(pesel) - 4) + pesel[-4:]


def mask_pesels_in_text(text: str) -> str:
    return PESEL_IN_TEXT.sub(lambda m: mask_pesel(m.group(1)), text)


class PeselMaskingFilter(logging.Filter):
    """Rewrites log records so an 11-digit number (a PESEL) never reaches a log handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_pesels_in_text(message)
        if masked != message:
            record.msg = masked
            record.args = ()
        return True
