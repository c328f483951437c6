#!/bin/sh
# Rebuilds the shipped fonts from Debian's Carlito (fonts-crosextra-carlito):
# cut to the glyphs Swedish municipal documents need (Latin-1, Latin
# Extended-A, Romanian comma letters, typographic punctuation, euro), without
# hinting or OpenType layout tables, which libharu does not use.  The result
# is a Modified Version under the SIL OFL 1.1; "Carlito" is a Reserved Font
# Name, so the subset is renamed "Iopdoc Sans".  The name table keeps IDs
# 0-6 (copyright, names, version): the licence travels as OFL.txt beside the
# fonts, and every PDF embeds the table, so its long texts cost each file.  Needs Debian's fonttools
# package (pyftsubset and /usr/bin/python3 with fontTools).
set -eu
src=${1:-/usr/share/fonts/truetype/crosextra}
here=$(cd "$(dirname "$0")" && pwd)
unicodes="U+0020-007E,U+00A0-017F,U+0192,U+0218-021B,U+02C6-02C7,U+02C9,U+02D8-02DD,U+2010-2015,U+2018-201E,U+2020-2022,U+2026,U+2030,U+2032-2033,U+2039-203A,U+20AC,U+2116,U+2122,U+2212"
for style in Regular Bold Italic BoldItalic; do
  out="$here/IopdocSans-$style.ttf"
  pyftsubset "$src/Carlito-$style.ttf" --unicodes="$unicodes" --no-hinting \
    --layout-features='' --drop-tables+=GSUB,GPOS,GDEF,kern,DSIG,LTSH,VDMX,hdmx,gasp \
    --name-IDs=0,1,2,3,4,5,6 --output-file="$out" 2>/dev/null
  /usr/bin/python3 - "$out" "$style" <<'PY'
import sys
from fontTools.ttLib import TTFont
path, style = sys.argv[1], sys.argv[2]
f = TTFont(path)
sub = {"Regular": "Regular", "Bold": "Bold", "Italic": "Italic", "BoldItalic": "Bold Italic"}[style]
for rec in f["name"].names:
    if rec.nameID in (1, 16):
        rec.string = "Iopdoc Sans"
    elif rec.nameID == 3:
        rec.string = "Iopdoc Sans " + sub + "; subset of Carlito"
    elif rec.nameID == 4:
        rec.string = "Iopdoc Sans " + sub
    elif rec.nameID == 6:
        rec.string = "IopdocSans-" + style
# Carlito has no glyph for NO-BREAK SPACE, NON-BREAKING HYPHEN or SOFT
# HYPHEN; iopdoc needs the first for "1 077 600 kr".  Map them onto the
# space and hyphen glyphs.
for table in f["cmap"].tables:
    if table.isUnicode():
        table.cmap.setdefault(0x00A0, table.cmap[0x0020])
        table.cmap.setdefault(0x2011, table.cmap[0x002D])
        table.cmap.setdefault(0x00AD, table.cmap[0x002D])
f.save(path)
PY
done
