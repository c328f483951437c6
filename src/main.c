/* iopdoc: the command line.  Runs the pipeline for each input file
 *   XML -> model -> checks -> document tree -> layout -> PDF
 * and keeps going after a bad file, so one error never stops a batch. */
#include <sys/stat.h>
#include <sys/types.h>

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "build.h"
#include "buf.h"
#include "diag.h"
#include "doc.h"
#include "layout.h"
#include "mem.h"
#include "model.h"
#include "out_pdf.h"
#include "template.h"
#include "validate.h"
#include "xml_read.h"

#ifndef IOPDOC_VERSION
#define IOPDOC_VERSION "0"
#endif

struct options {
	const char	*output;	/* -o: file or folder */
	const char	*template;	/* --template */
	bool		 strict, verbose, render;
};

static void
usage(FILE *f)
{
	fputs("usage: iopdoc agreement [-o OUT] [--template FILE] [--strict] [-v] FILE|DIR ...\n"
	    "       iopdoc check [--strict] FILE|DIR ...\n"
	    "       iopdoc --version | --help | --list-messages\n"
	    "\n"
	    "agreement  render each agreement to PDF; a folder means every *.xml in it.\n"
	    "           -o names the PDF (one input) or the output folder (default: output/)\n"
	    "check      validate without rendering\n", f);
}

static bool
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool
exists(const char *path)
{
	return access(path, R_OK) == 0;
}

/* The template: --template, $IOPDOC_TEMPLATE, templates/default.ini here,
 * or beside the program. */
static char *
find_template(const char *given)
{
	const char *env = getenv("IOPDOC_TEMPLATE");
	char exe[PATH_MAX];
	ssize_t n;

	if (given != NULL)
		return xstrdup(given);
	if (env != NULL && *env != '\0')
		return xstrdup(env);
	if (exists("templates/default.ini"))
		return xstrdup("templates/default.ini");
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		char *slash;
		struct buf b = { NULL, 0, 0 };

		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			buf_printf(&b, "%s/templates/default.ini", exe);
			if (exists(b.data))
				return b.data;
			buf_free(&b);
		}
	}
	return NULL;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Expands folders into their *.xml files, sorted, for a stable order. */
static char **
collect_inputs(char **args, int nargs, size_t *count)
{
	char **files = NULL;
	size_t n = 0, cap = 0;
	int i;

	for (i = 0; i < nargs; i++) {
		DIR *dir;
		struct dirent *e;
		size_t first = n;

		if (!is_dir(args[i])) {
			xgrow((void **)&files, &cap, n + 1, sizeof(*files));
			files[n++] = xstrdup(args[i]);
			continue;
		}
		if ((dir = opendir(args[i])) == NULL) {
			diag(NULL, 0, MSG_READ_FAILED, args[i], strerror(errno));
			continue;
		}
		while ((e = readdir(dir)) != NULL) {
			size_t len = strlen(e->d_name);
			struct buf b = { NULL, 0, 0 };

			if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".xml") != 0)
				continue;
			buf_printf(&b, "%s%s%s", args[i],
			    args[i][strlen(args[i]) - 1] == '/' ? "" : "/", e->d_name);
			xgrow((void **)&files, &cap, n + 1, sizeof(*files));
			files[n++] = b.data;
		}
		closedir(dir);
		if (n == first)
			diag(NULL, 0, MSG_NO_INPUT, args[i]);
		else
			qsort(files + first, n - first, sizeof(*files), cmp_str);
	}
	*count = n;
	return files;
}

static char *
output_path(const char *input, const char *outdir)
{
	const char *base = strrchr(input, '/');
	size_t len;
	struct buf b = { NULL, 0, 0 };

	base = base != NULL ? base + 1 : input;
	len = strlen(base);
	if (len > 4 && strcmp(base + len - 4, ".xml") == 0)
		len -= 4;
	buf_printf(&b, "%s%s%.*s.pdf", outdir,
	    outdir[strlen(outdir) - 1] == '/' ? "" : "/", (int)len, base);
	return b.data;
}

/* One document through the pipeline.  Returns the worst level reached. */
static enum diag_level
process(const char *in, const char *out, const struct template *t, const struct options *o)
{
	struct agreement *ag = NULL;
	struct pdf_device *dev = NULL;
	struct layout lay;
	struct doc *doc;
	size_t bytes = 0;

	memset(&lay, 0, sizeof(lay));
	diag_reset();
	if (xml_read_agreement(in, &ag) != 0)
		goto done;
	validate_agreement(ag);
	if (diag_level() >= DIAG_ERROR)
		goto done;
	/* check too lays the document out: that is where a character the
	 * fonts lack, or a runaway page count, shows. */
	doc = build_agreement(ag, t);
	if (pdf_open(t, &dev) != 0)
		goto done;
	if (layout_doc(doc, t, pdf_metrics(dev), &lay) != 0 || !o->render)
		goto done;
	if (pdf_render(dev, doc, &lay) != 0)
		goto done;
	if (pdf_save(dev, out, &bytes) == 0 && o->verbose)
		fprintf(stderr, "iopdoc: wrote %s (%zu pages, %zu bytes)\n", out, lay.npages, bytes);
done:
	layout_free(&lay);
	pdf_close(dev);
	agreement_free(ag);
	return diag_level();
}

static int
run(int argc, char **argv, bool render)
{
	struct options o;
	struct template t;
	char **files, *tpl;
	size_t nfiles, i, failed = 0, done = 0;
	enum diag_level worst = DIAG_OK;
	const char *outdir = NULL;
	bool single_file_out = false;
	int c = 0;

	memset(&o, 0, sizeof(o));
	o.render = render;
	while (c < argc && argv[c][0] == '-' && argv[c][1] != '\0') {
		if (strcmp(argv[c], "-o") == 0 && c + 1 < argc)
			o.output = argv[c += 1];
		else if (strcmp(argv[c], "--template") == 0 && c + 1 < argc)
			o.template = argv[c += 1];
		else if (strcmp(argv[c], "--strict") == 0)
			o.strict = true;
		else if (strcmp(argv[c], "-v") == 0 || strcmp(argv[c], "--verbose") == 0)
			o.verbose = true;
		else if (strcmp(argv[c], "--") == 0) {
			c++;
			break;
		} else {
			usage(stderr);
			return EXIT_USAGE;
		}
		c++;
	}
	if (c >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	diag_set_strict(o.strict);
	files = collect_inputs(argv + c, argc - c, &nfiles);
	if (diag_level() > worst)
		worst = diag_level();

	tpl = find_template(o.template);
	if (template_load(tpl, &t) != 0) {
		free(tpl);
		template_free(&t);
		for (i = 0; i < nfiles; i++)
			free(files[i]);
		free(files);
		return EXIT_SYSTEM;
	}
	free(tpl);

	/* One input and an -o that is not a folder: -o names the PDF. */
	if (render) {
		if (o.output != NULL && nfiles == 1 && argc - c == 1 && !is_dir(argv[c]) &&
		    !is_dir(o.output) && o.output[strlen(o.output) - 1] != '/')
			single_file_out = true;
		else {
			outdir = o.output != NULL ? o.output : "output";
			if (!is_dir(outdir) && mkdir(outdir, 0777) != 0) {
				diag(NULL, 0, MSG_WRITE_FAILED, outdir, strerror(errno));
				worst = DIAG_SYSERR;
				outdir = NULL;
			}
		}
	}
	for (i = 0; i < nfiles && (!render || single_file_out || outdir != NULL); i++) {
		char *out = render ? (single_file_out ? xstrdup(o.output) :
		    output_path(files[i], outdir)) : NULL;
		enum diag_level lvl = process(files[i], out, &t, &o);

		if (lvl >= DIAG_ERROR)
			failed++;
		else
			done++;
		if (lvl > worst)
			worst = lvl;
		free(out);
	}
	if (nfiles > 1 || o.verbose)
		fprintf(stderr, "iopdoc: %zu %s, %zu failed\n", done,
		    render ? "rendered" : "checked", failed);
	for (i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	template_free(&t);
	return diag_exit_status(worst);
}

int
main(int argc, char *argv[])
{
	int rc;

	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--version") == 0) {
		puts("iopdoc " IOPDOC_VERSION);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--list-messages") == 0) {
		diag_list();
		return EXIT_OK;
	}
	if (strcmp(argv[1], "agreement") == 0)
		rc = run(argc - 2, argv + 2, true);
	else if (strcmp(argv[1], "check") == 0)
		rc = run(argc - 2, argv + 2, false);
	else {
		usage(stderr);
		rc = EXIT_USAGE;
	}
	xml_read_cleanup();
	return rc;
}
