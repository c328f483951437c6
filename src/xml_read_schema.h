/* The pure pieces of the schema's messages (xml_read_schema.c): the
 * "did you mean" distance and the Swedish and English words each
 * enumerated value may be written with.  No libxml2 type; included by
 * xml_read_schema.c and the unit tests. */
#ifndef IOPDOC_XML_READ_SCHEMA_H
#define IOPDOC_XML_READ_SCHEMA_H

#include <stddef.h>

/* The edit distance of a and b (insertions, deletions, substitutions
 * and swaps of two neighbours, each 1), counted in bytes; a string
 * longer than 64 bytes is "far" from every other (returns 64). */
size_t	schema_edit_distance(const char *a, const char *b);

/* The allowed value that written stands for, when it is one of the
 * Swedish or English words of exactly one value of allowed (libxml2's
 * form of an enumeration: "'draft', 'final', 'signed'"), compared
 * without case and with å, ä, ö folded to a, a, o and spaces and
 * underscores to hyphens: "Utkast" and "draft" stand for draft.  The
 * returned string is static; NULL when written stands for none (or for
 * two). */
const char *schema_value_canonical(const char *written, const char *allowed);

/* The Swedish word shown beside value in the list of allowed values
 * ("utkast" for draft), or NULL when the value is Swedish already or
 * has none. */
const char *schema_value_swedish(const char *value);

/* The nearest of names (a NULL-ended list) to name, close enough to be
 * offered as "did you mean"; NULL when none is. */
const char *schema_nearest(const char *name, const char *const *names);

#endif
