/* Reading iopdoc.conf: the template's syntax ("[section]" headers,
 * "key = value" lines, "#" and ";" comments), a handful of settings. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "config.h"
#include "ini.h"
#include "datadir.h"
#include "diag.h"
#include "fsutil.h"
#include "limit.h"
#include "mem.h"

/* The settings, each a field of struct config. */
enum config_key { KEY_INPUT, KEY_OUTPUT, KEY_TEMPLATE, KEY_JOBS, KEY__COUNT };

static const struct {
	const char	*section, *key;
} config_keys[KEY__COUNT] = {
	[KEY_INPUT] = { "build", "input" },
	[KEY_OUTPUT] = { "build", "output" },
	[KEY_TEMPLATE] = { "build", "template" },
	[KEY_JOBS] = { "build", "jobs" },
};

/* The path without its "." parts and with each "name/.." taken out, by
 * its text (as messages and a report's list of its files show it):
 * "/etc/iop/../../srv/iop" is "/srv/iop".  A new string. */
static char *
clean(const char *path)
{
	struct buf b = { NULL, 0, 0 };
	size_t *starts = xmalloc((strlen(path) / 2 + 2) * sizeof(*starts));
	size_t n = 0, base;
	const char *in = path;

	buf_adds(&b, path[0] == '/' ? "/" : "");
	base = b.len;
	while (*in != '\0') {
		size_t len = strcspn(in, "/");
		bool up = len == 2 && in[0] == '.' && in[1] == '.';

		if (up && n > 0) {		/* back over the part before */
			b.len = starts[--n];
			b.data[b.len] = '\0';
		} else if (!(len == 0 || (len == 1 && in[0] == '.') || (up && base == 1))) {
			if (!up)		/* a ".." kept is never taken back */
				starts[n++] = b.len;
			if (b.len > base)
				buf_addc(&b, '/');
			buf_add(&b, in, len);
		}
		in += len;
		while (*in == '/')
			in++;
	}
	if (b.len == 0)
		buf_adds(&b, ".");
	free(starts);
	return b.data;
}

/* A path of the config: relative ones against the config's folder. */
static char *
resolve(const char *conf, const char *value)
{
	const char *slash = strrchr(conf, '/');
	struct buf b = { NULL, 0, 0 };
	char *r;

	if (value[0] == '/' || slash == NULL)
		return xstrdup(value);
	buf_printf(&b, "%.*s/%s", (int)(slash - conf), conf, value);
	r = clean(b.data);
	buf_free(&b);
	return r;
}

/* One "key = value" of section into c; 0, or -1 after reporting. */
static int
set(struct config *c, const char *path, long line, const char *section, const char *key,
    const char *value)
{
	char **field = NULL;
	int k;

	for (k = 0; k < KEY__COUNT; k++)
		if (strcmp(config_keys[k].section, section) == 0 && strcmp(config_keys[k].key, key) == 0)
			break;
	switch (k) {
	case KEY_INPUT: field = &c->input; break;
	case KEY_OUTPUT: field = &c->output; break;
	case KEY_TEMPLATE: field = &c->template; break;
	case KEY_JOBS: {
		char *end;
		long n = strtol(value, &end, 10);

		if (*value == '\0' || *end != '\0' || n < 1 || n > LIMIT_JOBS) {
			diag(path, line, MSG_CONFIG_JOBS, value, LIMIT_JOBS);
			return -1;
		}
		c->jobs = n;
		return 0;
	}
	default:
		diag(path, line, MSG_CONFIG_KEY, key, section);
		return -1;
	}
	if (*value == '\0') {
		diag(path, line, MSG_CONFIG_EMPTY, section, key);
		return -1;
	}
	free(*field);
	*field = resolve(path, value);
	return 0;
}

/* Reads the lines of the open file f into c, reporting each bad one;
 * 0, or -1 when any was bad. */
static int
read_lines(const char *path, FILE *f, struct config *c)
{
	char line[4096], section[64] = "";
	long lineno = 0;
	int rc = 0;

	while (fgets(line, sizeof(line), f) != NULL) {
		char *key, *value;
		enum ini_kind kind = ini_line(line, section, sizeof(section), &key, &value);

		lineno++;
		if (kind == INI_BAD) {
			diag(path, lineno, MSG_CONFIG_SYNTAX);
			rc = -1;
		} else if (kind == INI_SETTING && set(c, path, lineno, section, key, value) != 0)
			rc = -1;
	}
	if (ferror(f)) {
		diag(NULL, 0, MSG_CONFIG_READ, path, strerror(errno));
		rc = -1;
	}
	return rc;
}

/* The config file to read (the caller frees it), or NULL: none.  One
 * named by --config or $IOPDOC_CONFIG must exist; the system-wide one
 * is taken only when it does.  The checkout's build reads no system-wide file: its demo stays the demo
 * whatever the machine's /etc says. */
static char *
config_path(const char *given)
{
	const char *env = getenv("IOPDOC_CONFIG");

	if (given != NULL)
		return xstrdup(given);
	if (env != NULL && *env != '\0')
		return xstrdup(env);
	return datadir_config("iopdoc.conf", NULL);
}

int
config_load(const char *given, struct config *c)
{
	char *path;
	FILE *f;
	int fd, k, rc = -1;

	memset(c, 0, sizeof(*c));
	if ((path = config_path(given)) == NULL)
		return 0;
	if ((k = open_regular(path, &fd)) != 0)
		diag(NULL, 0, MSG_CONFIG_READ, path, read_error_text(k));
	else if ((f = fdopen(fd, "r")) == NULL) {
		diag(NULL, 0, MSG_CONFIG_READ, path, strerror(errno));
		close(fd);
	} else {
		c->path = xstrdup(path);
		rc = read_lines(path, f, c);
		fclose(f);
	}
	if (rc != 0)
		config_free(c);
	free(path);
	return rc;
}

void
config_free(struct config *c)
{
	free(c->path);
	free(c->input);
	free(c->output);
	free(c->template);
	memset(c, 0, sizeof(*c));
}
