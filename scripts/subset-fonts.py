#!/usr/bin/env python3
"""Makes the PDF fonts the widget serves: Liberation Serif 2.1.5
(assets/fonts-source/, unmodified) cut down to the characters a letter from
anyone in Russia uses, the few Cyrillic Supplement letters Liberation lacks
drawn from Noto Serif 2.004 (also unmodified in assets/fonts-source/), without hinting or OpenType layout (our PDF writer places glyphs
itself), and renamed "Zhaloba Serif" because the OFL reserves the name
"Liberation" for unmodified fonts. Output: assets/fonts/ZhalobaSerif-Regular.ttf.

    scripts/subset-fonts.py          write the fonts
    scripts/subset-fonts.py --check  fail if the committed fonts differ from a fresh cut

Needs fontTools (pinned in scripts/setup.sh, .tools/venv)."""
import copy
import io
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "assets" / "fonts-source"
OUT = ROOT / "assets" / "fonts"

# Characters kept: Basic Latin and Latin-1, all of Cyrillic and Cyrillic
# Supplement (the letters of Russia's peoples: Tatar, Bashkir, Chuvash, Yakut,
# Kazakh, Komi, Abkhaz, …), typographic punctuation, €, ₽, №, ™, minus. A
# character outside them stops the PDF with a message that names it and
# offers the DOCX (src/writers/pdf.rs). Latin Extended-A and Greek would
# nearly double the font's size.
RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x00FF), (0x0400, 0x052F),
    (0x2010, 0x2027), (0x2030, 0x203A), (0x2044, 0x2044), (0x20AC, 0x20AC),
    (0x20BD, 0x20BD), (0x2116, 0x2116), (0x2122, 0x2122), (0x2212, 0x2212),
]
# One face: the PDF sets its title in it, stroked (src/writers/pdf.rs).
STYLES = {"Regular": "Regular"}


# Drawn as another character: the non-breaking hyphen looks like the hyphen
# (Liberation has no glyph of its own for it).
ALIASES = {0x2011: 0x2010}


def donor_glyphs(style: str, wanted: list[int], upem: int) -> dict:
    """Noto Serif's outlines for the characters Liberation lacks, scaled to
    Liberation's units, composites flattened: {code point: (glyph, advance)}."""
    from fontTools.pens.recordingPen import DecomposingRecordingPen
    from fontTools.pens.transformPen import TransformPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    noto = TTFont(SOURCE / f"NotoSerif-{style}.ttf", recalcTimestamp=False)
    scale = upem / noto["head"].unitsPerEm
    cmap, glyphs, metrics = noto.getBestCmap(), noto.getGlyphSet(), noto["hmtx"]
    out = {}
    for u in wanted:
        name = cmap[u]
        recording = DecomposingRecordingPen(glyphs)
        glyphs[name].draw(recording)
        pen = TTGlyphPen(None)
        recording.replay(TransformPen(pen, (scale, 0, 0, scale, 0, 0)))
        out[u] = (pen.glyph(), round(metrics[name][0] * scale))
    return out


def cut(style: str) -> bytes:
    font = TTFont(SOURCE / f"LiberationSerif-{style}.ttf", recalcTimestamp=False)
    own = font.getBestCmap()
    lacking = [u for lo, hi in RANGES for u in range(lo, hi + 1) if u not in own]
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.drop_tables += ["FFTM", "kern", "gasp", "GSUB", "GPOS", "GDEF"]
    sub = subset.Subsetter(options)
    sub.populate(unicodes=[u for lo, hi in RANGES for u in range(lo, hi + 1)])
    sub.subset(font)
    cmaps = [t for t in font["cmap"].tables if t.isUnicode()]
    for u, (glyph, advance) in donor_glyphs(style, lacking, font["head"].unitsPerEm).items():
        name = f"uni{u:04X}"
        font["glyf"][name] = glyph
        glyph.recalcBounds(font["glyf"])
        font["hmtx"][name] = (advance, glyph.xMin if glyph.numberOfContours else 0)
        for table in cmaps:
            table.cmap[u] = name
    # An alias gets its own copy of the glyph, so a PDF's text layer maps
    # each glyph back to exactly one character.
    for alias, target in ALIASES.items():
        name, source = f"uni{alias:04X}", font.getBestCmap()[target]
        font["glyf"][name] = copy.deepcopy(font["glyf"][source])
        font["hmtx"][name] = font["hmtx"][source]
        for table in cmaps:
            table.cmap[alias] = name
    font.setGlyphOrder(font.getGlyphOrder() + [n for n in font["glyf"].keys() if n not in font.getGlyphOrder()])
    font["maxp"].numGlyphs = len(font.getGlyphOrder())

    family = "Zhaloba Serif"
    full = family if style == "Regular" else f"{family} {style}"
    postscript = f"ZhalobaSerif-{style}"
    names = font["name"]
    # The reserved name and the trademark notice go; copyright and licence stay.
    for record in list(names.names):
        if record.nameID in (3, 7, 16, 17, 18, 21, 22):
            names.removeNames(nameID=record.nameID)
    notice = names.getDebugName(0)
    for platform in ((3, 1, 0x409), (1, 0, 0)):
        names.setName(f"{notice}\nCyrillic Supplement letters from Noto Serif: Copyright 2015 Google LLC.", 0, *platform)
        names.setName(family, 1, *platform)
        names.setName(STYLES[style], 2, *platform)
        names.setName(f"{full}; 2.1.5 subset for zhaloba", 3, *platform)
        names.setName(full, 4, *platform)
        names.setName("Version 2.1.5; subset for zhaloba", 5, *platform)
        names.setName(postscript, 6, *platform)
        names.setName(
            "Modified from Liberation Serif 2.1.5 (Red Hat, Google): subset to Latin "
            "and Cyrillic, 24 Cyrillic Supplement letters added from Noto Serif 2.004 "
            "(Google), hinting and OpenType layout removed, renamed as the SIL Open "
            "Font License requires for the Reserved Font Name.",
            10,
            *platform,
        )
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def main() -> int:
    check = "--check" in sys.argv[1:]
    stale = []
    for style in STYLES:
        data = cut(style)
        path = OUT / f"ZhalobaSerif-{style}.ttf"
        if check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(path.name)
        else:
            path.write_bytes(data)
            print(f"{path.relative_to(ROOT)}: {len(data)} bytes")
    if stale:
        print("fonts differ from a fresh cut (run scripts/subset-fonts.py):", ", ".join(stale))
        return 1
    if check:
        print("ok    fonts match a fresh cut of assets/fonts-source/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
