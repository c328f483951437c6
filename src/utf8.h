/* UTF-8 decoding and encoding.  Any module may include this header. */
#ifndef IOPDOC_UTF8_H
#define IOPDOC_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode one code point from s (n bytes available).  Returns the number
 * of bytes used, or 0 for an invalid or truncated sequence; *cp is set
 * to U+FFFD then. */
size_t	utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Encode cp into out (at least 4 bytes); returns the byte count. */
size_t	utf8_encode(uint32_t cp, char *out);

/* Non-zero when all n bytes of s are valid UTF-8. */
int	utf8_valid(const char *s, size_t n);

/* Composes, in place, each ASCII letter followed by a combining mark
 * into its precomposed letter where Latin-1 or Latin Extended-A has one
 * ("o" U+0308 becomes "ö", as NFC has it); returns the new length, never
 * more than n.  Other marks are left as they are. */
size_t	utf8_nfc(char *s, size_t n);

/* Compares two UTF-8 strings ignoring case as Swedish text needs it:
 * A-Z, the Latin-1 letters (Å, Ä, Ö, É ...) and Latin Extended-A fold
 * to lower case; <0, 0 or >0 as strcmp, by folded code points.  The one
 * case-blind comparison of names a user writes (kind-text, measures). */
int	utf8_casecmp(const char *a, const char *b);

/* Compares two UTF-8 names in Swedish alphabetical order: case does not
 * decide, å, ä and ö follow z in that order, an accented letter sorts as
 * its base letter (é as e), ü as y, æ as ä and ø as ö; names equal so
 * are ordered by their bytes (strcmp), so that only the same name gives
 * 0.  The order of a report's agreements. */
int	utf8_svcmp(const char *a, const char *b);

/* The lower case of a letter of ASCII, Latin-1 or Latin Extended-A (the
 * folding utf8_casecmp uses); anything else is its own. */
uint32_t	utf8_lower(uint32_t cp);

/* Number of code points in a valid UTF-8 string. */
size_t	utf8_length(const char *s);

#endif
