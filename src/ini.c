/* One line of a template or of iopdoc.conf (ini.h): both files have the
 * same syntax, so they share its reading. */
#include <stdio.h>
#include <string.h>

#include "ini.h"

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

enum ini_kind
ini_line(char *line, char *section, size_t section_size, char **key, char **value)
{
	char *s = trim(line), *end, *eq;

	if (*s == '\0' || *s == '#' || *s == ';')
		return INI_NONE;
	if (*s == '[') {
		end = strchr(s, ']');
		if (end == NULL || end[1] != '\0' || (size_t)(end - s) >= section_size)
			return INI_BAD;
		*end = '\0';
		snprintf(section, section_size, "%s", trim(s + 1));
		return INI_SECTION;
	}
	if ((eq = strchr(s, '=')) == NULL)
		return INI_BAD;
	*eq = '\0';
	*key = trim(s);
	*value = trim(eq + 1);
	return INI_SETTING;
}
