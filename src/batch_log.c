/* The nightly build's account of each output: a line of the JSON log
 * (--log-format json), a line of --verbose, and the progress line on a
 * terminal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch_int.h"
#include "buf.h"
#include "mem.h"

/* The JSON log's name of each kind of output. */
static const char *const kind_names[] = {
	[JOB_AGREEMENT] = "agreement", [JOB_FOLLOWUP] = "followup", [JOB_REPORT] = "report"
};
_Static_assert(sizeof(kind_names) / sizeof(kind_names[0]) == JOB__COUNT, "a name for each kind of job");

/* JSON string of UTF-8 text. */
static void
json_string(struct buf *b, const char *s)
{
	buf_addc(b, '"');
	for (; s != NULL && *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c == '\n')
			buf_adds(b, "\\n");
		else if (c < 0x20)
			buf_printf(b, "\\u%04x", c);
		else
			buf_addc(b, (char)c);
	}
	buf_addc(b, '"');
}

/* The lines of a message buffer as a JSON array. */
static void
json_lines(struct buf *b, const char *text)
{
	const char *p = text, *nl;
	bool first = true;

	buf_addc(b, '[');
	while (p != NULL && *p != '\0') {
		char *line;

		nl = strchr(p, '\n');
		line = xcalloc(1, (nl != NULL ? (size_t)(nl - p) : strlen(p)) + 1);
		memcpy(line, p, nl != NULL ? (size_t)(nl - p) : strlen(p));
		if (!first)
			buf_addc(b, ',');
		json_string(b, line);
		free(line);
		first = false;
		p = nl != NULL ? nl + 1 : NULL;
	}
	buf_addc(b, ']');
}

/* An output as the run ended it (status: unchanged, rendered, failed,
 * kept, stopped; note: instead of its reason): a JSON line on stdout,
 * or with --verbose a line on stderr. */
void
log_job(const struct build_run *r, const struct job *j, const char *status, const char *note)
{
	struct buf b = { NULL, 0, 0 };
	size_t k;

	if (r->o->log_format == LOG_JSON) {
		buf_adds(&b, "{\"output\":");
		json_string(&b, j->out);
		buf_printf(&b, ",\"kind\":\"%s\",\"status\":\"%s\",\"reason\":", kind_names[j->kind],
		    status);
		json_string(&b, note != NULL ? note : j->reason);
		buf_adds(&b, ",\"inputs\":[");
		for (k = 0; k < j->ninputs; k++) {
			if (k > 0)
				buf_addc(&b, ',');
			json_string(&b, j->inputs[k]);
		}
		buf_printf(&b, "],\"pages\":%ld,\"bytes\":%ld,\"ms\":%.1f,\"messages\":",
		    j->pages, j->bytes, (double)j->usec / 1000.0);
		json_lines(&b, j->messages);
		buf_adds(&b, "}\n");
		fputs(b.data, stdout);
	} else if (r->o->verbose)
		fprintf(stderr, "iopdoc: %s %s%s%s\n", status, j->out,
		    note != NULL || strcmp(status, "unchanged") != 0 ? ": " : "",
		    note != NULL ? note : strcmp(status, "unchanged") != 0 ? j->reason : "");
	buf_free(&b);
}

/* "[done/total] output" over the last such line, on a terminal. */
void
log_progress(const struct build_run *r, size_t done, size_t total, const char *current)
{
	if (r->progress)
		fprintf(stderr, "\r\033[K[%zu/%zu] %s", done, total, current);
}

/* An input with errors, in the JSON log. */
void
log_input(const struct build_run *r, const struct infile *f)
{
	struct buf b = { NULL, 0, 0 };

	if (r->o->log_format != LOG_JSON)
		return;
	buf_adds(&b, "{\"input\":");
	json_string(&b, f->path);
	buf_adds(&b, ",\"status\":\"failed\",\"messages\":");
	json_lines(&b, f->messages.data);
	buf_adds(&b, "}\n");
	fputs(b.data, stdout);
	buf_free(&b);
}
