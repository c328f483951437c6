/* libFuzzer target: the whole pipeline, bytes to PDF, in memory.
 *
 * One input is first checked as an image (the template's logo), then read
 * as an XML document.  An agreement is checked, built,
 * laid out and rendered, and then reported on in a nämnd report together
 * with the agreements and follow-ups of input/; a follow-up is checked
 * against those agreements, rendered, and reported on in its agreement's
 * nämnd report of its year.  Diagnostics go to a buffer (they are the
 * expected result of most inputs); what the fuzzer looks for is crashes,
 * leaks, undefined behaviour and hangs.
 *
 * Built by "make fuzz" with clang -fsanitize=fuzzer,address,undefined;
 * FUZZ_TEMPLATE and FUZZ_INPUT are the template file and the folder of
 * reference agreements, compiled in so that the binary needs no options. */
#include <dirent.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build.h"
#include "corpus.h"
#include "diag.h"
#include "doc.h"
#include "image.h"
#include "layout.h"
#include "mem.h"
#include "model.h"
#include "out_pdf.h"
#include "template.h"
#include "validate.h"
#include "xml_read.h"

#ifndef FUZZ_TEMPLATE
#define FUZZ_TEMPLATE "templates/default.ini"
#endif
#ifndef FUZZ_INPUT
#define FUZZ_INPUT "input"
#endif

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct template	 tpl;
static struct corpus	 refs;		/* the documents of input/ */
static bool		*refs_ok;	/* ... checked clean */
static struct buf	 messages;
static struct diag_ctx	 all;		/* every message, into messages: never closed */

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	DIR *d;
	struct dirent *e;

	(void)argc;
	(void)argv;
	diag_open(&all, &messages);
	if (template_load(FUZZ_TEMPLATE, &tpl) != 0)
		abort();
	if ((d = opendir(FUZZ_INPUT)) == NULL)
		abort();
	while ((e = readdir(d)) != NULL) {
		struct buf path = { NULL, 0, 0 };
		size_t len = strlen(e->d_name);

		if (len < 4 || strcmp(e->d_name + len - 4, ".xml") != 0)
			continue;
		buf_printf(&path, "%s/%s", FUZZ_INPUT, e->d_name);
		corpus_add(&refs, path.data);
		buf_free(&path);
	}
	closedir(d);
	corpus_link(&refs);
	/* agreements first: follow-ups are checked against them */
	refs_ok = calloc(refs.n + 1, sizeof(bool));
	for (size_t i = 0; i < refs.n; i++)
		if (refs.docs[i].type == INPUT_AGREEMENT) {
			struct diag_ctx one;

			diag_open(&one, NULL);
			refs_ok[i] = validate_agreement(refs.docs[i].agreement) == 0;
			refs_ok[i] = diag_close(&one, DIAG_KEEP_APART) < DIAG_ERROR && refs_ok[i];
		}
	for (size_t i = 0; i < refs.n; i++)
		if (refs.docs[i].type == INPUT_FOLLOWUP) {
			struct diag_ctx one;

			diag_open(&one, NULL);
			refs_ok[i] = validate_followup(refs.docs[i].followup, &refs) == 0;
			refs_ok[i] = diag_close(&one, DIAG_KEEP_APART) < DIAG_ERROR && refs_ok[i];
		}
	messages.len = 0;
	return 0;
}

/* Layout and PDF in memory; the bytes are thrown away. */
static void
render_memory(struct doc *doc)
{
	struct pdf_device *dev = NULL;
	struct layout lay;
	unsigned char *data = NULL;
	size_t size = 0;

	memset(&lay, 0, sizeof(lay));
	if (pdf_open(&tpl, &dev) == 0 &&
	    layout_doc(doc, &tpl, pdf_metrics(dev), &lay) == 0 &&
	    pdf_render(dev, doc, &lay) == 0 &&
	    pdf_save_memory(dev, &data, &size) == 0)
		free(data);
	layout_free(&lay);
	pdf_close(dev);
}

static void
report_for(struct input *in, const char *namnd, int year)
{
	struct corpus c;
	struct report_input ri;
	struct doc *doc;
	bool *usable;
	size_t i;

	/* the references and the fuzzed document, which stays the caller's */
	memset(&c, 0, sizeof(c));
	c.n = c.cap = refs.n + 1;
	c.docs = xcalloc(c.n, sizeof(*c.docs));
	usable = xcalloc(c.n, sizeof(bool));
	for (i = 0; i < refs.n; i++) {
		c.docs[i] = refs.docs[i];
		usable[i] = refs_ok[i];
	}
	c.docs[refs.n] = *in;
	usable[refs.n] = true;
	memset(&ri, 0, sizeof(ri));
	ri.corpus = &c;
	ri.usable = usable;
	ri.namnd = namnd;
	ri.year = year;
	if ((doc = build_report(&ri, &tpl)) != NULL) {
		render_memory(doc);
		arena_free(doc->arena);
	}
	free(usable);
	free(c.docs);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input in;
	struct doc *doc;
	struct image_info image;
	struct diag_ctx one;		/* this input's messages (worst: so far) */

	(void)image_check(data, size, &image);
	messages.len = 0;
	diag_open(&one, NULL);
	if (xml_read_memory("fuzz.xml", (const char *)data, size, &in) != 0) {
		diag_close(&one, DIAG_KEEP_APART);
		return 0;
	}
	if (in.type == INPUT_FOLLOWUP)
		corpus_link_followup(&refs, in.followup);
	if (in.type == INPUT_REPORT) {
		/* a nämnd's report file: its own checks (the report it feeds
		 * needs its agreements, which the fuzzed file is not) */
		(void)validate_report_own(in.report);
	} else if (in.type == INPUT_AGREEMENT) {
		if (validate_agreement(in.agreement) == 0 && one.worst < DIAG_ERROR) {
			if ((doc = build_agreement(in.agreement, &tpl)) != NULL)
				render_memory(doc);
			if (in.agreement->namnd != NULL && in.agreement->from.y != 0)
				report_for(&in, in.agreement->namnd->id, in.agreement->from.y);
		}
	} else if (validate_followup(in.followup, &refs) == 0 && one.worst < DIAG_ERROR) {
		const struct agreement *ag = in.followup->agreement;

		if ((doc = build_followup(in.followup, &tpl)) != NULL)
			render_memory(doc);
		if (ag != NULL && ag->namnd != NULL && in.followup->date.y != 0)
			report_for(&in, ag->namnd->id, in.followup->date.y);
	}
	input_free(&in);
	diag_close(&one, DIAG_KEEP_APART);
	/* keep the message buffer from growing without end */
	if (messages.cap > 1 << 20)
		buf_free(&messages);
	return 0;
}
