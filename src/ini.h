/* The lines of the INI-style files iopdoc reads, its templates and
 * iopdoc.conf: "[section]", "key = value", blank and comment lines. */
#ifndef IOPDOC_INI_H
#define IOPDOC_INI_H

#include <stddef.h>

enum ini_kind {
	INI_NONE,	/* blank, or a comment (# or ;) */
	INI_SECTION,	/* "[name]": section holds the name */
	INI_SETTING,	/* "key = value": *key and *value point into line */
	INI_BAD,	/* neither; the caller says which file's syntax */
};

/* Classifies one line read by fgets(), trimming it in place.  A section
 * name longer than section_size - 1 bytes is INI_BAD. */
enum ini_kind	ini_line(char *line, char *section, size_t section_size,
		    char **key, char **value);

#endif
