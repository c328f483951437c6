/* The reader of what issue 12's economy adds to a budget line: its own
 * kind, and whether it is valued at all. */
#include <string.h>

#include "xml_read_int.h"

void
econ_read_line(struct reader *r, xmlNode *n, struct budget_line *l)
{
	char *kind = tree_attr(r, n, "kind");

	l->amount = tree_attr_ll(r, n, "amount", &l->econ.has_amount);
	l->econ.kind = kind == NULL ? LINE_KIND_BUDGET :
	    strcmp(kind, "in-kind") == 0 ? LINE_KIND_IN_KIND : LINE_KIND_MONEY;
	l->econ.not_valued = tree_attr_is(r, n, "valued", "no");
}
