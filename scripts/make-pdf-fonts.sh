#!/usr/bin/env bash
# Rebuilds the PDF fonts in src/export/pdf/fonts from Debian's fonts-noto-core with fontTools
# (apt-get install fonts-noto-core python3-fonttools; Debian's python3). Only needed to change the character set.
# The subset covers Latin, Latin Extended A/B and Additional, and punctuation (Greek and Cyrillic
# are left out to keep the offline app small), so
# names like "Łódź Spółdzielnia", "Coopérative du Québec" and "Ærø" print as typed.
set -euo pipefail
out="$(dirname "$0")/../src/export/pdf/fonts"
ranges="U+0020-007E,U+00A0-024F,U+0259,U+02B0-02FF,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-2199,U+2212,U+2022,U+25CF,U+25CB,U+25D0,U+FFFD"
for weight in Regular Bold; do
  /usr/bin/python3 -m fontTools.subset "/usr/share/fonts/truetype/noto/NotoSans-$weight.ttf" \
    --unicodes="$ranges" --no-hinting --layout-features='' --drop-tables+=GSUB,GPOS,GDEF \
    --output-file="$out/NotoSans-$weight.ttf"
done

# The characters both fonts can draw, as [first, last] code point ranges, so the PDF can show a
# visible replacement mark for any other character instead of an empty box.
/usr/bin/python3 - "$out" <<'PY'
import json, sys
from fontTools.ttLib import TTFont
out = sys.argv[1]
points = None
for weight in ("Regular", "Bold"):
    cmap = set(TTFont(f"{out}/NotoSans-{weight}.ttf").getBestCmap())
    points = cmap if points is None else points & cmap
ranges = []
for cp in sorted(points):
    if ranges and cp == ranges[-1][1] + 1:
        ranges[-1][1] = cp
    else:
        ranges.append([cp, cp])
with open(f"{out}/coverage.json", "w") as f:
    json.dump(ranges, f, separators=(",", ":"))
    f.write("\n")
PY
