#!/bin/sh
# The output intent's profile: src/icc/sRGB.icc is what src/icc/make-srgb.py
# makes (so it can be made again and checked), and it is an ICC v2 RGB
# display profile whose size field is its size.
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT INT TERM
passed=0
failed=0
python3 src/icc/make-srgb.py "$tmp"
if cmp -s "$tmp" src/icc/sRGB.icc; then
	passed=$((passed + 1)); echo "ok src/icc/sRGB.icc is make-srgb.py's output"
else
	failed=$((failed + 1)); echo "FAIL src/icc/sRGB.icc differs from make-srgb.py's output"
fi
if python3 - src/icc/sRGB.icc <<'PY'
import struct, sys
d = open(sys.argv[1], "rb").read()
ok = (struct.unpack(">I", d[:4])[0] == len(d) and d[8] == 2 and d[12:16] == b"mntr" and
      d[16:20] == b"RGB " and d[20:24] == b"XYZ " and d[36:40] == b"acsp")
n = struct.unpack(">I", d[128:132])[0]
tags = {d[132 + 12 * i:136 + 12 * i] for i in range(n)}
ok = ok and {b"desc", b"cprt", b"wtpt", b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC", b"gTRC", b"bTRC"} <= tags
sys.exit(0 if ok else 1)
PY
then
	passed=$((passed + 1)); echo "ok its header and tags are those of an RGB display profile"
else
	failed=$((failed + 1)); echo "FAIL its header or tags are not those of an RGB display profile"
fi
echo "icc profile: $passed passed, $failed failed"
[ $failed = 0 ]
