/* The builders' part for issue 12's SIGN: stated totals' remarks, the
 * parties' and actors' lines of the title block, a follow-up's signing
 * and approval.  Included by the build_*.c files only. */
#ifndef IOPDOC_BUILD_SIGN_H
#define IOPDOC_BUILD_SIGN_H

#include "build_common.h"

/* The remark's paragraph "Raderna summerar till {sum}." with sum as its
 * figure, under the table just built, at bd->at. */
struct doc_node	*build_sign_remark(struct builder *, const char *sum, long line);
/* With the template's [format] stated-remark = yes, and stated differing
 * from computed: that remark with computed as its figure. */
void	build_sign_stated_remark(struct builder *, long long stated, long long computed,
	    bool kronor, long line);

/* ", ideell förening, genom kommunstyrelsen, genom …" after a party's or
 * actor's name in paragraph b: the legal form (may be NULL), then each
 * link of the acting chain. */
void	build_sign_organisation(struct builder *, struct doc_node *b, const char *legal_form,
	    long legal_form_line, const struct acting_chain *);

/* The agreement's actors under its parties: a label ("Övriga aktörer")
 * and a line each, "Name, form, genom …, org. nr … (role)". */
void	build_sign_actors(struct builder *);

/* A follow-up's approval in its title block, when it has one:
 * "Godkänd av styrgruppen 2024-03-12, § 45". */
void	build_sign_approval(struct builder *, const struct followup *);

/* The signature blocks of list, whose parties are ag's (the agreement's
 * own, or a follow-up's agreement's), at bd->at. */
void	build_sign_signatures(struct builder *, const struct signatory *list,
	    const struct agreement *ag);

/* A <signatures> block: its own text (an intro), then the blocks of
 * list, as build_sign_signatures. */
void	build_sign_block(struct builder *, const struct block *, int depth,
	    const struct signatory *list, const struct agreement *ag);

/* The blocks only a follow-up's text has: its signatures. */
void	build_sign_followup_block(struct builder *, const struct block *, int depth);

/* s with its spaces made no-break ("org. nr" never splits over two
 * lines), in the builder's arena. */
const char	*build_sign_no_break(struct builder *, const char *s);

#endif
