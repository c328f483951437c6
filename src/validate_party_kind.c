/* The checks of <party kind="…">: kind belongs to a public party only,
 * and a public party without it whose name reads like a region or a
 * state body gets a hint, since a nämnd report would otherwise count
 * its money as the kommun's. */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "diag.h"
#include "model.h"
#include "validate.h"

/* Words of a public body's name that is not a kommun's, in lower case
 * (ASCII letters folded; å, ä, ö are lower case in these words). */
static const char *const other_words[] = {
	"samordningsförbund", "myndighet", "länsstyrelse", "arbetsförmedlingen",
	"försäkringskassan",
};

/* Whether name, its ASCII letters folded to lower case, contains word. */
static bool
name_has(const char *name, const char *word)
{
	size_t n = strlen(word), i, k;

	for (i = 0; name[i] != '\0'; i++) {
		for (k = 0; k < n && name[i + k] != '\0'; k++) {
			char ch = name[i + k];

			if (ch >= 'A' && ch <= 'Z')
				ch = (char)(ch - 'A' + 'a');
			if (ch != word[k])
				break;
		}
		if (k == n)
			return true;
	}
	return false;
}

/* "Region Skåne", "Västra Götalandsregionen" */
static bool
looks_like_region(const char *name)
{
	return (strncmp(name, "Region ", 7) == 0 || strncmp(name, "region ", 7) == 0) ||
	    name_has(name, "regionen");
}

static bool
looks_like_other(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(other_words) / sizeof(other_words[0]); i++)
		if (name_has(name, other_words[i]))
			return true;
	return false;
}

int
validate_party_kinds(const struct agreement *ag)
{
	const struct party *p;
	int errors = 0;

	for (p = ag->parties; p != NULL; p = p->next) {
		if (p->role != ROLE_PUBLIC) {
			if (p->kind_text != NULL) {
				diag(ag->path, p->line, MSG_PARTY_KIND_NOT_PUBLIC, p->name,
				    p->kind_text);
				errors++;
			}
			continue;
		}
		if (p->kind_text != NULL || p->name == NULL)
			continue;
		if (looks_like_region(p->name))
			diag(ag->path, p->line, MSG_PARTY_KIND_HINT, p->name,
			    diag_word("a region", "en region"), "region");
		else if (looks_like_other(p->name))
			diag(ag->path, p->line, MSG_PARTY_KIND_HINT, p->name,
			    diag_word("a public body that is not a kommun",
			    "ett offentligt organ som inte är en kommun"), "other");
	}
	return errors;
}
