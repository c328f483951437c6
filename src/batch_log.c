/* The nightly build's account of each output: a line of the JSON log
 * (--log-format json), a line of --verbose, and the progress line on a
 * terminal. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch_int.h"
#include "buf.h"
#include "mem.h"
#include "utf8.h"

/* The JSON log's name of each kind of output. */
static const char *const kind_names[] = {
	[JOB_AGREEMENT] = "agreement", [JOB_FOLLOWUP] = "followup", [JOB_REPORT] = "report"
};
_Static_assert(sizeof(kind_names) / sizeof(kind_names[0]) == JOB__COUNT, "a name for each kind of job");

/* A JSON string of s, valid JSON whatever its bytes: a byte that is not
 * part of valid UTF-8 (a Latin-1 file name from a Samba share) becomes
 * U+FFFD, control characters \uXXXX.  Returns whether every byte was
 * valid UTF-8 (else json_bytes gives the name exactly). */
static bool
json_string(struct buf *b, const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0, i = 0, k;
	bool valid = true;

	buf_addc(b, '"');
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp;

		if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c == '\n')
			buf_adds(b, "\\n");
		else if (c < 0x20 || c == 0x7f)
			buf_printf(b, "\\u%04x", c);
		else if (c < 0x80)
			buf_addc(b, (char)c);
		else if ((k = utf8_decode(s + i, n - i, &cp)) == 0) {
			buf_adds(b, "\\ufffd");
			valid = false;
			i++;
			continue;
		} else {
			buf_add(b, s + i, k);
			i += k;
			continue;
		}
		i++;
	}
	buf_addc(b, '"');
	return valid;
}

/* A name's bytes as they are, for a name that is not UTF-8: a JSON
 * string of two lowercase hex digits per byte ("e5" for a Latin-1 å). */
static void
json_bytes(struct buf *b, const char *s)
{
	buf_addc(b, '"');
	for (; *s != '\0'; s++)
		buf_printf(b, "%02x", (unsigned char)*s);
	buf_addc(b, '"');
}

/* "key":"name" and, when the name is not UTF-8, "key_bytes":"hex". */
static void
json_name(struct buf *b, const char *key, const char *name)
{
	buf_printf(b, "\"%s\":", key);
	if (!json_string(b, name)) {
		buf_printf(b, ",\"%s_bytes\":", key);
		json_bytes(b, name);
	}
}

/* The JSON log is one JSON document, an array of one element per line:
 * "[", each output's and input's element ending in ",", the summary
 * (always last, also when the build could not start), "]".  A program
 * that reads it line by line drops the brackets and the commas; python3
 * -m json.tool reads it whole. */
void
log_begin(const struct build_run *r)
{
	if (r->o->log_format == LOG_JSON)
		fputs("[\n", stdout);
}

void
log_end(const struct build_run *r)
{
	if (r->o->log_format == LOG_JSON) {
		fputs("]\n", stdout);
		fflush(stdout);
	}
}

void
log_element(struct buf *b)
{
	buf_addc(b, '\n');
}

static void
element_done(struct buf *b)
{
	buf_adds(b, ",\n");
	fputs(b->data, stdout);
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
		buf_addc(&b, '{');
		json_name(&b, "output", j->out);
		buf_printf(&b, ",\"kind\":\"%s\",\"status\":\"%s\",\"reason\":", kind_names[j->kind],
		    status);
		json_string(&b, note != NULL ? note : j->reason);
		buf_adds(&b, ",\"inputs\":[");
		for (k = 0; k < j->ninputs; k++) {
			if (k > 0)
				buf_addc(&b, ',');
			json_string(&b, j->inputs[k]);
		}
		/* an output not rendered: its PDF's figures as recorded (null
		 * when the record is older than the pages it keeps) */
		if (j->pages > 0)
			buf_printf(&b, "],\"pages\":%ld", j->pages);
		else
			buf_adds(&b, "],\"pages\":null");
		buf_printf(&b, ",\"bytes\":%ld,\"ms\":%.1f,\"messages\":", j->bytes,
		    (double)j->usec / 1000.0);
		json_lines(&b, j->messages);
		buf_addc(&b, '}');
		element_done(&b);
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

/* An input with errors or warnings, in the JSON log, with its messages
 * (such a file is read every run: plan_update). */
void
log_input(const struct build_run *r, const struct infile *f)
{
	struct buf b = { NULL, 0, 0 };

	if (r->o->log_format != LOG_JSON)
		return;
	buf_addc(&b, '{');
	json_name(&b, "input", f->path);
	buf_printf(&b, ",\"status\":\"%s\",\"messages\":", f->level >= DIAG_ERROR ? "failed" : "warnings");
	json_lines(&b, f->messages.data);
	buf_addc(&b, '}');
	element_done(&b);
	buf_free(&b);
}

/* An input the scan did not read (a name that is not UTF-8, a file that
 * cannot be read), in the JSON log. */
void
log_unread(const struct build_run *r, const char *path, const char *messages)
{
	struct buf b = { NULL, 0, 0 };

	if (r->o->log_format != LOG_JSON)
		return;
	buf_addc(&b, '{');
	json_name(&b, "input", path);
	buf_adds(&b, ",\"status\":\"not_read\",\"messages\":");
	json_lines(&b, messages);
	buf_addc(&b, '}');
	element_done(&b);
	buf_free(&b);
}
