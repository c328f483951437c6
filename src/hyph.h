/* Swedish hyphenation: where a word may be broken with an added hyphen,
 * from the TeX patterns Debian ships (hyphen-sv) read by libhyphen.  The
 * patterns are loaded once per process, on first use, and freed at exit;
 * without them text is set unhyphenated after a one-line note.  Included
 * by layout_text.c and the unit tests. */
#ifndef IOPDOC_HYPH_H
#define IOPDOC_HYPH_H

#include <stddef.h>

/* Letters a break leaves at least, before and after it (Swedish practice,
 * stricter than the pattern file's own 1 and 2). */
#define HYPH_LEFT_MIN	2
#define HYPH_RIGHT_MIN	3
/* Letters of the longest word part hyphenated: a German-style compound
 * of 200 letters ("Arbetsmarknadsintegrationsutvecklings…", tests/bad/
 * good-layout-long-word.xml) breaks at its joints, not where a cut
 * falls. */
#define HYPH_WORD_MAX	256

/* One place a hyphen may be inserted: before byte at of the word, with
 * the letters of its part before and after it; joint: the joint of a
 * compound, by its linking "s" (a consonant and "s" before it:
 * "idrotts-förening", "arbetsmarknads-nämnden") or by the patterns'
 * digit 3 there ("grund-skolenämnden"), four letters at least on either
 * side, where a Swedish reader expects the word broken rather than
 * inside one of its words ("idrottsför-ening"); level: the patterns'
 * odd digit at the break (1, 3, 5; 0 from the exception list). */
struct hyph_point {
	size_t	at;
	int	left, right;
	int	joint;
	int	level;
};

/* Readies the patterns: path names the file (a template's setting), NULL
 * looks in Debian's places (/usr/share/hyphen/hyph_sv_SE.dic ...).  A file
 * that cannot be read or is no pattern file leaves hyphenation off, with a
 * note, once.  Returns 0 when patterns are loaded, -1 when not. */
int	hyph_load(const char *path);

/* The hyphenation points of word (len bytes of UTF-8, a run of text
 * between spaces, punctuation included), at most max of them in
 * increasing order; returns their number.  None for a word with digits,
 * an e-mail address or URL, or before hyph_load() succeeded.  A part
 * between hyphens or slashes is hyphenated on its own when it is all
 * letters, in lower case or, when capital_ok, capitalised, and every
 * letter is in the patterns' character set.  Swedish capitalises only
 * names and a sentence's first word, so the caller allows capitals at a
 * sentence's start only: "Linköpings" and "Internationella" in running
 * text are names and stay whole, as do ALL-CAPS and inner capitals. */
size_t	hyph_word(const char *word, size_t len, int capital_ok, struct hyph_point *pts,
	    size_t max);

/* Reads the exception list: the one iopdoc ships (templates/hyphenation-
 * sv.txt, compiled in) and, when path is not NULL or "", a template's
 * own file of the same form, whose words are looked up first.  A word
 * in it breaks only at its hyphens; a word that begins with one of its
 * compound heads ("social-") only at the head's end and after it.  A
 * file that cannot be read gives a note, once, and -1; a token that is
 * no word a note too (the file's other words are kept); else 0. */
int	hyph_exceptions(const char *path);

/* Frees the patterns (registered with atexit by hyph_load). */
void	hyph_unload(void);

#endif
