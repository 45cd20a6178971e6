"""Demo images drawn locally with Pillow: a small pool of illustrations and one logo per unit.

Nothing is downloaded. Pictures are deterministic (same bytes on every run with the same
fonts) and small, so that seeding and renditions stay fast.
"""

from __future__ import annotations

import hashlib
import io
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

PHOTO_SIZE = (960, 540)
LOGO_SIZE = (256, 256)
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)


@dataclass(frozen=True)
class Illustration:
    key: str
    title: str
    alt_text: str
    colours: tuple[str, str]
    motif: str


ILLUSTRATIONS: tuple[Illustration, ...] = (
    Illustration(
        "biblioteka",
        "Biblioteka",
        "Ilustracja: kolorowe grzbiety książek na półce i napis „Biblioteka”",
        ("#1d3557", "#457b9d"),
        "books",
    ),
    Illustration(
        "sport",
        "Sport",
        "Ilustracja: piłki na boisku i napis „Sport”",
        ("#1b4332", "#40916c"),
        "balls",
    ),
    Illustration(
        "wycieczka",
        "Wycieczka",
        "Ilustracja: góry i słońce nad doliną, napis „Wycieczka”",
        ("#3d405b", "#81b29a"),
        "mountains",
    ),
    Illustration(
        "uroczystosc",
        "Uroczystość",
        "Ilustracja: kolorowe balony i napis „Uroczystość”",
        ("#6a040f", "#d00000"),
        "balloons",
    ),
    Illustration(
        "zajecia",
        "Zajęcia",
        "Ilustracja: kredki, linijka i kartka oraz napis „Zajęcia”",
        ("#5a189a", "#9d4edd"),
        "pencils",
    ),
    Illustration(
        "przedszkole",
        "Przedszkole",
        "Ilustracja: domek, słońce i drzewo oraz napis „Przedszkole”",
        ("#9a4d00", "#e09f3e"),
        "house",
    ),
)
ILLUSTRATIONS_BY_KEY = {item.key: item for item in ILLUSTRATIONS}


@cache
def _font_path() -> str | None:
    for candidate in FONT_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return None


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    path = _font_path()
    if path:
        return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def _hex(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _gradient(size: tuple[int, int], top: str, bottom: str) -> PILImage.Image:
    """A vertical two-colour gradient (built from a 1-pixel strip, so it is fast)."""
    height = size[1]
    start, end = _hex(top), _hex(bottom)
    strip = PILImage.new("RGB", (1, height))
    strip.putdata(
        [
            tuple(
                round(s + (e - s) * y / max(height - 1, 1)) for s, e in zip(start, end, strict=True)
            )
            for y in range(height)
        ]
    )
    return strip.resize(size)


def _draw_motif(draw: ImageDraw.ImageDraw, motif: str, size: tuple[int, int], rng: random.Random):
    width, height = size
    light = (255, 255, 255)
    if motif == "books":
        x = 80
        while x < width - 120:
            w = rng.randint(40, 70)
            h = rng.randint(180, 280)
            shade = rng.choice([(230, 57, 70), (241, 250, 238), (168, 218, 220), (255, 183, 3)])
            draw.rectangle([x, height - 80 - h, x + w, height - 80], fill=shade)
            x += w + 8
        draw.rectangle([60, height - 80, width - 60, height - 64], fill=(60, 40, 20))
    elif motif == "balls":
        draw.line([(width // 2, 0), (width // 2, height)], fill=light, width=6)
        draw.ellipse([width // 2 - 90, height // 2 - 90, width // 2 + 90, height // 2 + 90],
                     outline=light, width=6)  # fmt: skip
        for _ in range(5):
            r = rng.randint(30, 55)
            cx, cy = rng.randint(r, width - r), rng.randint(r, height - r)
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(255, 209, 102), outline=light)
    elif motif == "mountains":
        draw.ellipse([width - 220, 50, width - 100, 170], fill=(255, 209, 102))
        for offset, shade in ((0, (34, 40, 49)), (260, (57, 62, 70)), (520, (0, 48, 73))):
            peak = rng.randint(120, 220)
            draw.polygon([(offset - 100, height), (offset + 200, peak), (offset + 500, height)],
                         fill=shade)  # fmt: skip
    elif motif == "balloons":
        for _ in range(9):
            cx, cy = rng.randint(60, width - 60), rng.randint(60, height - 200)
            colour = rng.choice([(255, 183, 3), (142, 202, 230), (255, 255, 255), (251, 133, 0)])
            draw.line([(cx, cy + 50), (cx + rng.randint(-20, 20), cy + 170)], fill=light, width=2)
            draw.ellipse([cx - 38, cy - 50, cx + 38, cy + 50], fill=colour)
    elif motif == "pencils":
        for i in range(7):
            x = 120 + i * 100
            colour = rng.choice([(255, 0, 110), (251, 86, 7), (255, 190, 11), (58, 134, 255)])
            draw.rectangle([x, 120, x + 40, 380], fill=colour)
            draw.polygon([(x, 380), (x + 40, 380), (x + 20, 430)], fill=(255, 230, 200))
    elif motif == "house":
        draw.ellipse([80, 60, 200, 180], fill=(255, 209, 102))
        draw.rectangle([330, 250, 630, 460], fill=light)
        draw.polygon([(300, 250), (480, 120), (660, 250)], fill=(157, 2, 8))
        draw.rectangle([450, 360, 510, 460], fill=(154, 77, 0))
        draw.ellipse([730, 200, 880, 350], fill=(56, 176, 0))
        draw.rectangle([795, 340, 815, 460], fill=(94, 60, 30))


def _caption(image: PILImage.Image, text: str, font_size: int) -> None:
    draw = ImageDraw.Draw(image)
    font = _font(font_size)
    box = draw.textbbox((0, 0), text, font=font)
    width, height = image.size
    text_w, text_h = box[2] - box[0], box[3] - box[1]
    x, y = (width - text_w) // 2, height - text_h - 40
    draw.rectangle([x - 20, y - 14, x + text_w + 20, y + text_h + 22], fill=(0, 0, 0))
    draw.text((x, y - box[1]), text, font=font, fill=(255, 255, 255))


def _png(image: PILImage.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


@cache
def illustration_png(key: str) -> bytes:
    """PNG bytes of one pool illustration (computed once per process)."""
    item = ILLUSTRATIONS_BY_KEY[key]
    image = _gradient(PHOTO_SIZE, *item.colours)
    rng = random.Random(f"elacze-demo:image:{key}")  # noqa: S311 (drawing, not secrets)
    _draw_motif(ImageDraw.Draw(image), item.motif, PHOTO_SIZE, rng)
    _caption(image, item.title, 56)
    return _png(image)


def logo_png(label: str, colour: str) -> bytes:
    """A round logo with the unit's short name on its theme colour."""
    image = PILImage.new("RGB", LOGO_SIZE, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse([8, 8, LOGO_SIZE[0] - 8, LOGO_SIZE[1] - 8], fill=_hex(colour))
    digest = hashlib.sha256(label.encode()).digest()
    draw.arc([40, 40, LOGO_SIZE[0] - 40, LOGO_SIZE[1] - 40], digest[0], digest[0] + 250,
             fill=(255, 255, 255), width=6)  # fmt: skip
    font = _font(64 if len(label) <= 5 else 44)
    box = draw.textbbox((0, 0), label, font=font)
    x = (LOGO_SIZE[0] - (box[2] - box[0])) // 2 - box[0]
    y = (LOGO_SIZE[1] - (box[3] - box[1])) // 2 - box[1]
    draw.text((x, y), label, font=font, fill=(255, 255, 255))
    return _png(image)
