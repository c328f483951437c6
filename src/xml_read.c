/* The XML reader: with its modules (xml_read_int.h), the one place that
 * knows libxml2.  This file reads the file, has it made UTF-8
 * (xml_read_encoding.c), refuses DOCTYPEs and network access, checks the
 * limits, validates against the schema compiled into the program, and
 * has the tree turned into the model with every position kept
 * (xml_read_head.c, xml_read_text.c). */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include "diag.h"
#include "econ_derive.h"
#include "fsutil.h"
#include "limit.h"
#include "mem.h"
#include "model.h"
#include "model_report.h"
#include "xml_read.h"
#include "econ_columns.h"
#include "xml_read_int.h"

/* The schema text, generated from schema/iopdoc.xsd by the build. */
extern const unsigned char	schema_xsd[];
extern const size_t		schema_xsd_len;

static xmlSchemaPtr	 schema;
static int		 schema_failed;

/* ---------- libxml2 errors ---------- */

static void
structured_error(void *ctx, xmlErrorPtr err)
{
	struct reader *r = ctx;
	char msg[1024];
	size_t n;

	if (err == NULL || err->level == XML_ERR_WARNING)
		return;
	if (err->message != NULL && strncmp(err->message, "Excessive depth in document", 27) == 0) {
		/* libxml2 stops at 256 and suggests an option we never use */
		r->errors++;
		diag(r->path, err->line, MSG_LIMIT_DEPTH, LIMIT_DEPTH);
		return;
	}
	if (err->domain == XML_FROM_SCHEMASV) {
		schema_error_report(r, err);
		return;
	}
	if (err->domain == XML_FROM_PARSER) {
		/* one mistake in the tags makes libxml2 find more, each a
		 * consequence of the first (a <p> left open gives a mismatch
		 * at every end tag after it): the first is said */
		if (malformed_text(err, msg, sizeof(msg))) {
			if (r->malformed_said) {
				r->errors++;
				return;
			}
			r->malformed_said = true;
		}
	} else
		snprintf(msg, sizeof(msg), "%s", err->message ? err->message : "unknown error");
	/* A line break inside is a value's: diag() shows it as <U+000A>. */
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	r->errors++;
	if (err->domain == XML_FROM_SCHEMASV || err->domain == XML_FROM_SCHEMASP)
		diag(r->path, err->line, MSG_SCHEMA, msg);
	else
		diag(r->path, err->line, MSG_XML_MALFORMED, msg);
}

static void
silent_error(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	(void)err;
}

/* Our format needs no external resource: refuse every one. */
static xmlParserInputPtr
refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

static int
load_schema(void)
{
	xmlSchemaParserCtxtPtr pctx;

	if (schema != NULL)
		return 0;
	if (schema_failed)
		return -1;
	xmlSetStructuredErrorFunc(NULL, silent_error);
	pctx = xmlSchemaNewMemParserCtxt((const char *)schema_xsd, (int)schema_xsd_len);
	if (pctx != NULL) {
		schema = xmlSchemaParse(pctx);
		xmlSchemaFreeParserCtxt(pctx);
	}
	if (schema == NULL) {
		schema_failed = 1;
		diag(NULL, 0, MSG_PDF_LIBRARY, 0, 0u, "compiling the built-in schema");
		return -1;
	}
	return 0;
}

void
xml_read_cleanup(void)
{
	if (schema != NULL)
		xmlSchemaFree(schema);
	schema = NULL;
	schema_xsd_free();
	xmlCleanupParser();
}

/* ---------- reading the file ---------- */

static int
read_file(const char *path, char **data, size_t *len)
{
	int err = read_file_limited(path, (size_t)LIMIT_FILE_MB * 1024 * 1024,
	    (unsigned char **)data, len);

	if (err == EFBIG)
		diag(path, 0, MSG_FILE_TOO_LARGE, LIMIT_FILE_MB);
	else if (err != 0)
		diag(NULL, 0, MSG_READ_FAILED, path, read_error_text(err));
	return err != 0 ? -1 : 0;
}

/* Our format needs no DOCTYPE; refusing it before parsing keeps entity
 * expansion (billion laughs) and external entities out altogether.  Scans
 * the prolog: the declaration, comments, processing instructions. */
static int
check_doctype(const char *path, const char *data, size_t len)
{
	size_t i = 0;
	long line = 1;

	while (i < len) {
		if (data[i] == '\n')
			line++;
		if (data[i] != '<') {
			i++;
			continue;
		}
		if (len - i >= 9 && memcmp(data + i, "<!DOCTYPE", 9) == 0) {
			diag(path, line, MSG_XML_DOCTYPE);
			return -1;
		}
		if (len - i >= 4 && memcmp(data + i, "<!--", 4) == 0) {
			for (i += 4; i + 2 < len && memcmp(data + i, "-->", 3) != 0; i++)
				line += data[i] == '\n';
			i += 3;
			continue;
		}
		if (len - i >= 2 && data[i + 1] == '?') {
			i++;
			continue;
		}
		return 0;	/* the document element: the prolog is over */
	}
	return 0;
}

/* ---------- entry point ---------- */

int
xml_read(const char *path, struct input *out)
{
	return xml_read_seen(path, out, NULL, NULL);
}

int
xml_read_seen(const char *path, struct input *out,
    void (*seen)(const char *, size_t, void *), void *ctx)
{
	char *data = NULL;
	size_t len = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	if (read_file(path, &data, &len) != 0)
		return -1;
	if (seen != NULL)
		seen(data, len, ctx);
	rc = xml_read_memory(path, data, len, out);
	free(data);
	return rc;
}

/* The limits of limit.h that the tree shows, checked before the schema
 * and the model see it: one walk without recursion. */
static int
check_limits(const char *path, xmlNode *root)
{
	xmlNode *n = root, *c;
	int depth = 1;
	size_t parties = 0, lines = 0, text;

	while (n != NULL) {
		if (n->type == XML_ELEMENT_NODE) {
			if (depth > LIMIT_DEPTH) {
				diag(path, tree_line(n), MSG_LIMIT_DEPTH, LIMIT_DEPTH);
				return -1;
			}
			if (tree_is(n, "party") && n->parent != NULL && tree_is(n->parent, "parties") &&
			    ++parties > LIMIT_PARTIES) {
				diag(path, tree_line(n), MSG_LIMIT_PARTIES, LIMIT_PARTIES);
				return -1;
			}
			if (tree_is(n, "line") && n->parent != NULL &&
			    (tree_is(n->parent, "budget") || tree_is(n->parent, "financing")) &&
			    ++lines > LIMIT_BUDGET_LINES) {
				diag(path, tree_line(n), MSG_LIMIT_BUDGET_LINES, LIMIT_BUDGET_LINES);
				return -1;
			}
			text = 0;
			for (c = n->children; c != NULL; c = c->next)
				if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
				    c->content != NULL)
					text += strlen((const char *)c->content);
			if (text > (size_t)LIMIT_TEXT_KB * 1024) {
				diag(path, tree_line(n), MSG_LIMIT_TEXT, (const char *)n->name, LIMIT_TEXT_KB);
				return -1;
			}
			if (n->children != NULL) {
				n = n->children;
				depth++;
				continue;
			}
		}
		while (n != NULL && n->next == NULL && n != root) {
			n = n->parent;
			depth--;
		}
		if (n == NULL || n == root)
			break;
		n = n->next;
	}
	return 0;
}

int
xml_read_memory(const char *path, const char *data, size_t len, struct input *out)
{
	struct reader r;
	struct block body;
	xmlDocPtr doc = NULL;
	xmlNode *root, *text;
	xmlSchemaValidCtxtPtr vctx;
	char *text_owned = NULL;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	memset(&r, 0, sizeof(r));
	r.path = path;
	if (len > (size_t)LIMIT_FILE_MB * 1024 * 1024) {
		diag(path, 0, MSG_FILE_TOO_LARGE, LIMIT_FILE_MB);
		return -1;
	}
	if (encoding_decode(path, data, len, &data, &len, &text_owned) != 0 ||
	    check_doctype(path, data, len) != 0)
		goto done;
	if (load_schema() != 0)
		goto done;

	xmlSetExternalEntityLoader(refuse_entity);
	xmlSetStructuredErrorFunc(&r, structured_error);
	/* No XML_PARSE_NOENT (it would substitute entities) and no
	 * XML_PARSE_HUGE (it lifts libxml2's expansion limits). */
	/* The text is UTF-8 now, whatever the declaration says. */
	doc = xmlReadMemory(data, (int)len, path, "UTF-8",
	    XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_IGNORE_ENC);
	if (doc == NULL && r.errors == 0)
		diag(path, 1, MSG_XML_MALFORMED, len == 0 ?
		    diag_word("the file is empty", "filen är tom") :
		    diag_word("there is no document element", "det finns inget dokumentelement"));
	if (doc == NULL || r.errors > 0)
		goto done;
	if (doc->intSubset != NULL || doc->extSubset != NULL) {
		diag(path, 1, MSG_XML_DOCTYPE);
		goto done;
	}
	root = xmlDocGetRootElement(doc);
	if (root == NULL || (!tree_is(root, "agreement") && !tree_is(root, "followup") &&
	    !tree_is(root, "namnd-report"))) {
		diag(path, root != NULL ? tree_line(root) : 1, MSG_XML_ROOT,
		    root != NULL ? (const char *)root->name : "",
		    diag_word("agreement>, <followup> or <namnd-report",
		    "agreement>, <followup> eller <namnd-report"));
		goto done;
	}
	if (check_limits(path, root) != 0)
		goto done;
	vctx = xmlSchemaNewValidCtxt(schema);
	xmlSchemaSetValidStructuredErrors(vctx, structured_error, &r);
	xmlSchemaValidateDoc(vctx, doc);
	xmlSchemaFreeValidCtxt(vctx);
	schema_rewrites_apply(&r);
	if (r.errors > 0)
		goto done;
	/* a skeleton's placeholders, and nothing else they would set off */
	if (placeholder_find(&r, root, data, len) > 0)
		goto done;

	memset(&body, 0, sizeof(body));
	if (tree_is(root, "agreement")) {
		out->type = INPUT_AGREEMENT;
		out->agreement = r.ag = agreement_new(path);
		r.arena = r.ag->arena;
		head_agreement(&r, root);
		if ((text = tree_child(root, "text")) != NULL)
			text_blocks(&r, text->children, &body);
		r.ag->text = body.children;
		if ((text = tree_child(root, "annexes")) != NULL)
			doc_annexes(&r, text);
		econ_columns_derive(r.ag);
		agreement_link(r.ag);
		econ_derive(r.ag);
	} else if (tree_is(root, "namnd-report")) {
		out->type = INPUT_REPORT;
		out->report = r.ri = report_info_new(path);
		r.arena = r.ri->arena;
		report_read(&r, root);
	} else {
		out->type = INPUT_FOLLOWUP;
		out->followup = r.fu = followup_new(path);
		r.arena = r.fu->arena;
		head_followup(&r, root);
		if ((text = tree_child(root, "text")) != NULL)
			text_blocks(&r, text->children, &body);
		r.fu->text = body.children;
	}
	rc = r.errors > 0 ? -1 : 0;
done:
	xmlSetStructuredErrorFunc(NULL, silent_error);
	if (rc != 0)
		input_free(out);
	if (doc != NULL)
		xmlFreeDoc(doc);
	free(text_owned);
	return rc;
}

int
xml_read_agreement(const char *path, struct agreement **out)
{
	struct input in;

	*out = NULL;
	if (xml_read(path, &in) != 0)
		return -1;
	if (in.type != INPUT_AGREEMENT) {
		diag(path, in.type == INPUT_REPORT ? in.report->line : in.followup->line,
		    MSG_XML_ROOT, in.type == INPUT_REPORT ? "namnd-report" : "followup",
		    "agreement");
		input_free(&in);
		return -1;
	}
	*out = in.agreement;
	return 0;
}
