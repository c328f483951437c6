#!/usr/bin/env python3
"""Writes a compact sRGB IEC61966-2.1 display profile (ICC v2.1) for the
PDF/A output intent: the sRGB primaries adapted to D50 with the Bradford
transform (as the ICC publishes them), the D65 white point, and the sRGB
tone curve as a 256-entry table shared by the three channels.  About 1 KB
instead of the 6.9 KB of a general-purpose profile, which every PDF would
carry; the output intent only declares the colour space iopdoc's DeviceRGB
and DeviceGray mean.

usage: make-srgb.py OUT.icc   (src/icc/sRGB.icc is made by it)
"""
import struct
import sys


def s15(v):
    return struct.pack(">i", int(round(v * 65536)))


def xyz(x, y, z):
    return b"XYZ " + b"\0" * 4 + s15(x) + s15(y) + s15(z)


def text_desc(s):
    a = s.encode("ascii") + b"\0"
    # textDescriptionType: ASCII, then an empty Unicode and ScriptCode part
    return (b"desc" + b"\0" * 4 + struct.pack(">I", len(a)) + a +
            struct.pack(">II", 0, 0) + struct.pack(">HB", 0, 0) + b"\0" * 67)


def text(s):
    return b"text" + b"\0" * 4 + s.encode("ascii") + b"\0"


def srgb_to_linear(v):
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def curve(n):
    pts = [int(round(srgb_to_linear(i / (n - 1)) * 65535)) for i in range(n)]
    return b"curv" + b"\0" * 4 + struct.pack(">I", n) + b"".join(struct.pack(">H", p) for p in pts)


def pad(b):
    return b + b"\0" * (-len(b) % 4)


def main():
    out = sys.argv[1]
    trc = curve(256)
    tags = [
        (b"desc", text_desc("sRGB IEC61966-2.1")),
        (b"cprt", text("No copyright, use freely")),
        (b"wtpt", xyz(0.9505, 1.0, 1.0891)),
        (b"rXYZ", xyz(0.4360747, 0.2225045, 0.0139322)),
        (b"gXYZ", xyz(0.3850649, 0.7168786, 0.0971045)),
        (b"bXYZ", xyz(0.1430804, 0.0606169, 0.7141733)),
        (b"rTRC", trc),
        (b"gTRC", trc),
        (b"bTRC", trc),
    ]
    table = b""
    data = b""
    offset = 128 + 4 + 12 * len(tags)
    placed = {}
    for sig, body in tags:
        if body in placed:          # the three TRC tags share one curve
            off, size = placed[body]
        else:
            off, size = offset + len(data), len(body)
            placed[body] = (off, size)
            data += pad(body)
        table += sig + struct.pack(">II", off, size)
    size = 128 + 4 + len(table) + len(data)
    header = (struct.pack(">I", size) + b"\0\0\0\0" + bytes([2, 0x10, 0, 0]) + b"mntr" + b"RGB " +
              b"XYZ " + struct.pack(">6H", 2024, 1, 1, 0, 0, 0) + b"acsp" + b"\0" * 4 +
              struct.pack(">I", 0) + b"\0" * 8 + b"\0" * 8 + struct.pack(">I", 0) +
              s15(0.9642) + s15(1.0) + s15(0.8249) + b"\0" * 4)
    header += b"\0" * (128 - len(header))
    prof = header + struct.pack(">I", len(tags)) + table + data
    assert len(prof) == size
    with open(out, "wb") as f:
        f.write(prof)


if __name__ == "__main__":
    main()
