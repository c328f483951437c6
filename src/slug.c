/* Slugs: letters folded to ASCII (å ä -> a, ö -> o, é -> e, ł -> l, ß ->
 * ss ...), everything else a dash, runs of dashes one, none at the ends. */
#include <string.h>

#include "slug.h"
#include "utf8.h"

/* ASCII for U+00C0..U+017F, lowercase; "" drops the character. */
static const char *const fold[] = {
	/* C0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	/* D0 */ "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
	/* E0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	/* F0 */ "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
	/* 100 */ "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
	/* 110 */ "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
	/* 120 */ "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
	/* 130 */ "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
	/* 140 */ "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
	/* 150 */ "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
	/* 160 */ "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
	/* 170 */ "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};

size_t
slugify(const char *text, char *out)
{
	size_t len = strlen(text), n = 0, k;
	int dash = 0;
	uint32_t cp;

	while (len > 0 && n < SLUG_MAX) {
		const char *ascii = NULL;
		char one[2] = { 0, 0 };

		if ((k = utf8_decode(text, len, &cp)) == 0)
			k = 1;
		text += k;
		len -= k;
		if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
			one[0] = (char)cp, ascii = one;
		else if (cp >= 'A' && cp <= 'Z')
			one[0] = (char)(cp - 'A' + 'a'), ascii = one;
		else if (cp >= 0xC0 && cp <= 0x17F)
			ascii = fold[cp - 0xC0];
		else if (cp == 0x218 || cp == 0x219)
			ascii = "s";
		else if (cp == 0x21A || cp == 0x21B)
			ascii = "t";
		if (ascii == NULL || *ascii == '\0') {
			dash = n > 0;
			continue;
		}
		if (dash && n < SLUG_MAX)
			out[n++] = '-';
		dash = 0;
		for (; *ascii != '\0' && n < SLUG_MAX; ascii++)
			out[n++] = *ascii;
	}
	while (n > 0 && out[n - 1] == '-')
		n--;
	out[n] = '\0';
	return n;
}
