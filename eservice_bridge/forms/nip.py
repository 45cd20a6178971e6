"""NIP (tax identification number) checksum for employers."""

NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def normalise(nip: str) -> str:
    # Only 0-9 count: str.isdigit() also accepts superscripts, which int() refuses.
    return "".join(ch for ch in (nip or "") if ch in "0123456789")


def is_valid(nip: str) -> bool:
    digits = normalise(nip)
    if len(digits) != 10:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], NIP_WEIGHTS, strict=True)) % 11
    return total != 10 and total == int(digits[9])
