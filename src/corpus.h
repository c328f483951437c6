/* The corpus: every agreement and follow-up a run reads, so that a
 * follow-up finds its agreement and a report finds all documents of a
 * nämnd.  Included by run.c, batch_worker.c, plan.c, validate.c,
 * build_report.c and build_report_year.c. */
#ifndef IOPDOC_CORPUS_H
#define IOPDOC_CORPUS_H

#include <stdbool.h>
#include <stddef.h>

struct agreement;
struct followup;
struct goal;
struct input;

struct corpus {
	struct input	*docs;
	size_t		 n, cap;
};

/* Reads a file into the corpus unless it is there already (by path).
 * Returns the document's index, or -1 when it could not be read (the
 * problems are reported and the file is left out). */
long			 corpus_add(struct corpus *, const char *path);
/* The same, with seen() given the bytes read (see xml_read_seen). */
long			 corpus_add_seen(struct corpus *, const char *path,
			    void (*seen)(const char *, size_t, void *), void *ctx);
/* The first agreement read with the id, or NULL. */
struct agreement	*corpus_agreement(const struct corpus *, const char *id);
/* A delmål a follow-up of the agreement set (<next-goals>), by id, or by
 * measure when id is NULL; NULL when none did. */
struct goal		*corpus_followup_goal(const struct corpus *, const char *agreement_id,
			    const char *id, const char *measure);
/* Links a follow-up to its agreement in the corpus and each outcome to
 * its goal (NULL where there is none).  Reports nothing. */
void			 corpus_link_followup(const struct corpus *, struct followup *);
/* corpus_link_followup for every follow-up of the corpus: once every
 * file of a run is read, before the checks. */
void			 corpus_link(struct corpus *);
/* Whether a and b are one agreement read twice (a file copied to make a
 * new version, the old one left beside it): the same diarienummer (but
 * for case and spaces), the same parties (by organisationsnummer, else
 * by name) and periods that overlap.  Several agreements of one ärende
 * share a diarienummer with other parties or periods: not the same. */
bool			 corpus_same_agreement(const struct agreement *a,
			    const struct agreement *b);
/* Of two copies of one agreement, first read before second: whether the
 * reports count first (the later <date>, else the later version date;
 * the same, or neither dated: the one read first). */
bool			 corpus_counts_over(const struct agreement *first,
			    const struct agreement *second);
void			 corpus_free(struct corpus *);

#endif
