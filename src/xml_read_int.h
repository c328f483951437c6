/* For the XML reader only: included by xml_read.c and its modules
 * (xml_read_encoding.c, xml_read_tree.c, xml_read_head.c,
 * xml_read_text.c, xml_read_table.c, xml_read_doc.c, xml_read_goals.c,
 * xml_read_econ.c, xml_read_sign.c), never by anything outside the reader, whose
 * interface is xml_read.h.  The state of reading one document, and the
 * functions the modules share: the bytes made UTF-8, the tree's
 * elements, attributes and text, and the readers of the head and of the
 * text. */
#ifndef IOPDOC_XML_READ_INT_H
#define IOPDOC_XML_READ_INT_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "model.h"

/* An enumerated attribute written with a Swedish or English word of one
 * of its values, to be set to that value once validation is done
 * (xml_read_schema.c). */
struct schema_rewrite {
	xmlNode		*element;
	char		*attr;		/* the attribute's name, owned */
	const char	*value;		/* the value the word stands for, static */
};

/* The document being read, and how many errors it has shown. */
struct reader {
	struct agreement	*ag;
	struct followup		*fu;
	struct report_info	*ri;	/* a report file (xml_read_report.c) */
	struct arena		*arena;
	const char		*path;
	int			 errors;
	bool			 malformed_said;	/* a structural error said: the rest follow from it */
	struct schema_rewrite	*rewrites;	/* xml_read_schema.c's */
	size_t			 rewrites_n, rewrites_cap;
};

static inline int
is_xml_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* xml_read_encoding.c: the input as UTF-8 with LF line ends and composed
 * letters, in *text (*owned when it had to be copied, for the caller to
 * free).  0, or -1 after reporting. */
int	encoding_decode(const char *path, const char *data, size_t len,
	    const char **text, size_t *text_len, char **owned);

/* xml_read_malformed.c: the parser's error err in our words, with what
 * to write, into out (libxml2's own text for a kind it does not know);
 * true for a mistake in the tags' structure, after which libxml2's
 * further structural errors are its consequences. */
bool	malformed_text(const xmlError *err, char *out, size_t size);

/* xml_read_schema.c: reports one error of validating against the schema
 * as one of our messages, or, for a Swedish or English word of an
 * enumerated value, remembers to write the value in its place. */
void	schema_error_report(struct reader *, const xmlError *);
/* Sets the remembered values (before the tree is read) and frees the
 * record; called once after validation, whatever it found. */
void	schema_rewrites_apply(struct reader *);
/* Frees the schema's tree the messages read (at exit). */
void	schema_xsd_free(void);

/* xml_read_placeholder.c: reports every placeholder of a skeleton (iopdoc
 * new) left unfilled in the tree under root, read from the text data (len
 * bytes, UTF-8); returns how many. */
int	placeholder_find(struct reader *, xmlNode *root, const char *data, size_t len);

/* xml_read_tree.c: elements, attributes and text of the tree; strings
 * come collapsed (XML white space to single spaces, trimmed) in the
 * arena. */
int	 tree_is(const xmlNode *, const char *name);
xmlNode	*tree_first(xmlNode *);
xmlNode	*tree_next(xmlNode *);
xmlNode	*tree_child(xmlNode *, const char *name);
long	 tree_line(const xmlNode *);
char	*tree_attr(struct reader *, xmlNode *, const char *name);
int	 tree_attr_is(struct reader *, xmlNode *, const char *name, const char *value);
long long tree_attr_ll(struct reader *, xmlNode *, const char *name, bool *has);
int	 tree_attr_int(struct reader *, xmlNode *, const char *name);
char	*tree_text(struct reader *, xmlNode *);
char	*tree_child_text(struct reader *, xmlNode *, const char *name);
char	*tree_child_text_at(struct reader *, xmlNode *, const char *name, long *line);
void	 tree_date(struct reader *, const char *s, long line, const char *what,
	    struct date *);
void	 tree_attr_date(struct reader *, xmlNode *, const char *name, const char *what,
	    struct date *);

/* xml_read_tree.c: inline text (text, <em>, <strong>) into runs. */
struct rich_builder {
	struct rich	*rich;
	int		 space;		/* a space is pending */
	int		 started;	/* text has been emitted */
};
void	tree_inline_text(struct reader *, struct rich_builder *, const char *s,
	    unsigned style, long line);
void	tree_inline(struct reader *, struct rich_builder *, xmlNode *, unsigned style);
void	tree_rich(struct reader *, xmlNode *, struct rich *);

/* xml_read_head.c: the agreement's head (r->ag), a follow-up's (r->fu),
 * and a budget, added to the agreement's. */
void		 head_agreement(struct reader *, xmlNode *root);
void		 head_followup(struct reader *, xmlNode *root);
struct budget	*head_budget(struct reader *, xmlNode *);
/* xml_read_adjust.c */
void	 adjust_read(struct reader *, xmlNode *, struct adjustment *, bool in_budget);
struct adjustment *adjust_next_slot(struct reader *);
void	 adjust_read_year_start(struct reader *, xmlNode *);

/* xml_read_doc.c: an agreement's decision, version or history (false:
 * n is none of them), and its annexes with their blocks. */
bool	head_doc_control(struct reader *, xmlNode *n);
void	doc_annexes(struct reader *, xmlNode *annexes);
/* xml_read_goals.c: a goal's range, share and scale; an outcome's ratio,
 * "ej angivet" and whether its <outcomes> is cumulative; the follow-up's
 * <assessments> (into r->fu). */
void	goals_read_goal(struct reader *, xmlNode *, struct goal *);
void	goals_read_outcome(struct reader *, xmlNode *, xmlNode *outcomes, struct outcome *);
void	goals_read_assessments(struct reader *, xmlNode *);
/* ... and the <meeting>s and <report-due>s of an agreement's <followup>,
 * and a <payment>'s months. */
void	duties_read(struct reader *, xmlNode *, struct followup_duty *);
void	duties_read_payment(struct reader *, xmlNode *, struct payment *);
/* xml_read_econ.c: a budget line's amount, kind and valued="no". */
void		 econ_read_line(struct reader *, xmlNode *, struct budget_line *);
/* xml_read_econ.c: a <pool>, added to the agreement's. */
void		 econ_read_pool(struct reader *, xmlNode *);
/* xml_read_columns.c: a budget's <columns>, its lines' <amount>s and
 * the stated ones in its <total>; after its lines are read. */
void		 columns_read(struct reader *, xmlNode *, struct budget *);
/* per="month" on a <budget> (xml_read_econ.c). */
void		 budget_read_per_month(struct reader *, xmlNode *, struct budget *);

/* xml_read_text.c: the blocks from first and its siblings on, as
 * children of parent. */
void	text_blocks(struct reader *, xmlNode *first, struct block *parent);

/* xml_read_table.c: a <table>, in the arena. */
struct table	*read_table(struct reader *, xmlNode *);
/* xml_read_sign.c: a printed date as written (ISO or words) and its form
 * attribute into d and w; an impossible date is an error. */
void	sign_written_date(struct reader *, xmlNode *, const char *what, struct date *d,
	    struct date_writing *w);
/* xml_read_sign.c: a party's legal form, acting chain and contacts'
 * titles (the rest is read_parties'); the <actors>. */
void	sign_read_party(struct reader *, xmlNode *, struct party *);
void	sign_read_actors(struct reader *, xmlNode *);
/* xml_read_logo.c: a party's <logo>, when it has one. */
void	logo_read_party(struct reader *, xmlNode *, struct party *);
/* xml_read_sign.c: a follow-up's <approval>. */
void	sign_read_approval(struct reader *, xmlNode *);

/* xml_read_report.c: a report file's <namnd-report> (into r->ri). */
void	report_read(struct reader *, xmlNode *root);

#endif
