/* The PDF device's images, the template's logo and the parties' logos:
 * each checked before libharu sees it (image.c), its pixels decoded once
 * per process, and embedded once per document however often drawn. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>

#include "diag.h"
#include "fsutil.h"
#include "hash.h"
#include "image.h"
#include "limit.h"
#include "mem.h"
#include "out_pdf.h"
#include "out_pdf_int.h"
#include "template.h"

/* ---------- images ---------- */

/* Decoded PNGs kept between documents: a build renders hundreds of
 * documents with one template, and a large PNG cost seconds each time;
 * a few more slots keep the parties' logos of an agreement and its
 * neighbours.  Keyed by path, the file's SHA-256 and the width wanted,
 * so that a changed file is decoded again. */
#define PIXEL_CACHE_SLOTS	8

struct pixel_entry {
	char		*path;
	char		 hash[65];
	unsigned long	 max_width;
	unsigned char	*pixels;
	struct image_info info;
	int		 components;
};

static struct {
	struct pixel_entry	slot[PIXEL_CACHE_SLOTS];
	size_t			next;	/* the slot the next decode replaces */
} pixel_cache;

static void
pixel_entry_free(struct pixel_entry *e)
{
	free(e->path);
	free(e->pixels);
	memset(e, 0, sizeof(*e));
}

void
pdf_cache_free(void)
{
	size_t i;

	for (i = 0; i < PIXEL_CACHE_SLOTS; i++)
		pixel_entry_free(&pixel_cache.slot[i]);
	pixel_cache.next = 0;
}

static struct pixel_entry *
pixel_cache_find(const char *path, const char *hash, unsigned long max_width)
{
	size_t i;

	for (i = 0; i < PIXEL_CACHE_SLOTS; i++) {
		struct pixel_entry *e = &pixel_cache.slot[i];

		if (e->pixels != NULL && strcmp(e->path, path) == 0 &&
		    strcmp(e->hash, hash) == 0 && e->max_width == max_width)
			return e;
	}
	return NULL;
}

/* A PNG's pixels from the cache, or decoded into it; info has what was
 * found, the problem's too. */
static enum image_problem
png_cached(const char *path, const unsigned char *data, size_t size, unsigned long max_width,
    struct image_info *info, struct pixel_entry **out)
{
	struct pixel_entry *e;
	unsigned char *pixels = NULL;
	char hash[65];
	int components = 0;
	enum image_problem problem;

	sha256_hex(data, size, hash);
	if ((*out = pixel_cache_find(path, hash, max_width)) != NULL) {
		*info = (*out)->info;
		return IMAGE_OK;
	}
	/* raw pixels, alpha laid over white: PDF/A-2b without
	 * transparency, and libharu's PNG reader never runs */
	if ((problem = image_png_pixels(data, size, info, max_width, &pixels,
	    &components)) != IMAGE_OK)
		return problem;
	e = &pixel_cache.slot[pixel_cache.next];
	pixel_cache.next = (pixel_cache.next + 1) % PIXEL_CACHE_SLOTS;
	pixel_entry_free(e);
	e->path = xstrdup(path);
	memcpy(e->hash, hash, sizeof(hash));
	e->max_width = max_width;
	e->pixels = pixels;
	e->info = *info;
	e->components = components;
	*out = e;
	return IMAGE_OK;
}

HPDF_Image
pdf_image_of(const struct pdf_device *d, const char *path)
{
	size_t i;

	for (i = 0; path != NULL && i < d->nimages; i++)
		if (strcmp(d->images[i].path, path) == 0)
			return d->images[i].image;
	return NULL;
}

static float
image_ratio(HPDF_Image image)
{
	return HPDF_Image_GetHeight(image) / (float)HPDF_Image_GetWidth(image);
}

/* Checks the file is a whole PNG or JPEG of sane size before libharu sees
 * it (image.c), then hands libharu the very bytes that were checked: a
 * JPEG as it is, a PNG as pixels (from the cache when it has them). */
float
pdf_image_ratio(void *ctx, const char *path)
{
	struct pdf_device *d = ctx;
	const struct template *t = d->t;
	unsigned char *data = NULL;
	size_t size = 0;
	struct image_info info;
	enum image_problem problem = IMAGE_NOT_IMAGE;
	struct pixel_entry *png = NULL;
	HPDF_Image image;
	char why[160];
	int err;
	/* 600 dpi at the printed width is all a printer uses: the template
	 * logo's width, a party logo's at most the text width */
	float printed = t->logo != NULL && strcmp(path, t->logo) == 0 ? t->logo_width :
	    t->page_width - t->margin_left - t->margin_right;
	unsigned long max_width = (unsigned long)ceilf(printed / 72.0f * 600.0f);

	if ((image = pdf_image_of(d, path)) != NULL)
		return image_ratio(image);
	if ((err = read_file_limited(path, LIMIT_IMAGE_MB * 1024L * 1024, &data, &size)) != 0 &&
	    err != EFBIG) {
		diag(NULL, 0, MSG_READ_FAILED, path, read_error_text(err));
		return -1;
	}
	if (err == EFBIG)
		snprintf(why, sizeof(why), "it is larger than %d MB, the most iopdoc embeds",
		    LIMIT_IMAGE_MB);
	else if (image_type_of(data, size) == IMAGE_PNG)
		problem = png_cached(path, data, size, max_width, &info, &png);
	else
		problem = image_check(data, size, &info);
	if (err == 0 && problem != IMAGE_OK)
		image_problem_text(problem, &info, why, sizeof(why));
	if (err != 0 || problem != IMAGE_OK) {
		free(data);
		diag(NULL, 0, MSG_IMAGE, path, why);
		return -1;
	}
	if (png != NULL)
		image = HPDF_LoadRawImageFromMem(d->pdf, png->pixels, (HPDF_UINT)info.width,
		    (HPDF_UINT)info.height, png->components == 3 ? HPDF_CS_DEVICE_RGB :
		    HPDF_CS_DEVICE_GRAY, 8);
	else
		image = HPDF_LoadJpegImageFromMem(d->pdf, data, (HPDF_UINT)size);
	free(data);
	if (image == NULL || d->error != 0 || HPDF_Image_GetWidth(image) == 0) {
		d->error = 0;
		diag(NULL, 0, MSG_IMAGE, path,
		    diag_word("the PDF library cannot embed it", "PDF-biblioteket kan inte bädda in den"));
		return -1;
	}
	xgrow((void **)&d->images, &d->images_cap, d->nimages + 1, sizeof(*d->images));
	d->images[d->nimages++] = (struct pdf_image){ path, image };
	return image_ratio(image);
}
