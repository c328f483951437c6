/* Images (the template's logo) checked before the PDF library sees them.
 *
 * libharu 2.3.0 decodes PNG through libpng, but its libpng error handler
 * returns where libpng requires a longjmp, so a damaged PNG (cut short, a
 * bad CRC, bad compressed data) makes libpng abort the whole process.  A
 * PNG is therefore decoded here once, completely, under an error handler
 * that does jump; only a PNG that decodes cleanly goes on.  libharu does
 * not decode JPEG (it copies the DCT data), so a JPEG is checked for its
 * structure: start of image, a frame header, a scan and an end. */
#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "image.h"
#include "limit.h"

struct png_source {
	const unsigned char	*p;
	size_t			 n, pos;
};

static void
png_read_memory(png_structp png, png_bytep out, size_t len)
{
	struct png_source *s = png_get_io_ptr(png);

	if (len > s->n - s->pos)
		png_error(png, "the file ends early");
	memcpy(out, s->p + s->pos, len);
	s->pos += len;
}

static void
png_fail(png_structp png, png_const_charp msg)
{
	(void)msg;
	png_longjmp(png, 1);
}

static void
png_quiet(png_structp png, png_const_charp msg)
{
	(void)png;
	(void)msg;
}

/* PNGs decoded into pixels in this process (the logo cache's test). */
static unsigned long png_decodes;

unsigned long
image_png_decodes(void)
{
	return png_decodes;
}

/* Decodes a whole PNG, every row and the chunks after them, as libharu
 * would; with pixels, also keeps them: 8 bits a component (16-bit
 * samples cut to 8 as they are read), gray or RGB, any alpha laid over
 * white, and blocks of factor x factor pixels averaged into one when the
 * image is wider than max_width (0: any width).  Row by row: memory is
 * one row and the result. */
static enum image_problem
png_read(const unsigned char *p, size_t n, struct image_info *info, unsigned long max_width,
    unsigned char **pixels, int *components)
{
	struct png_source src = { p, n, 0 };
	png_structp png;
	png_infop pi = NULL;
	unsigned char *volatile out = NULL, *volatile row = NULL;
	unsigned long *volatile acc = NULL;
	png_uint_32 x, y, w, h, ow, oh;
	volatile png_uint_32 factor = 1;	/* set after setjmp */
	int channels, ncolor;

	png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, png_fail, png_quiet);
	if (png == NULL)
		return IMAGE_DAMAGED;
	if ((pi = png_create_info_struct(png)) == NULL || setjmp(png_jmpbuf(png))) {
		free(row);
		free(out);
		free(acc);
		png_destroy_read_struct(&png, &pi, NULL);
		return info->width > LIMIT_IMAGE_SIDE || info->height > LIMIT_IMAGE_SIDE ?
		    IMAGE_TOO_MANY_PIXELS : IMAGE_DAMAGED;
	}
	png_set_read_fn(png, &src, png_read_memory);
	/* the size as the header states it, for the message */
	if (n >= 24 && memcmp(p + 12, "IHDR", 4) == 0) {
		info->width = (unsigned long)p[16] << 24 | (unsigned long)p[17] << 16 | p[18] << 8 | p[19];
		info->height = (unsigned long)p[20] << 24 | (unsigned long)p[21] << 16 | p[22] << 8 | p[23];
	}
	png_set_user_limits(png, LIMIT_IMAGE_SIDE, LIMIT_IMAGE_SIDE);
	png_read_info(png, pi);
	w = png_get_image_width(png, pi);
	h = png_get_image_height(png, pi);
	if (png_get_interlace_type(png, pi) != PNG_INTERLACE_NONE) {
		png_destroy_read_struct(&png, &pi, NULL);
		return IMAGE_INTERLACED;
	}
	if (pixels != NULL && max_width > 0 && w > max_width)
		factor = (png_uint_32)((w + max_width - 1) / max_width);
	ow = (w + factor - 1) / factor;
	oh = (h + factor - 1) / factor;
	/* to 8-bit gray or RGB, with alpha where the image has any */
	png_set_expand(png);
	png_set_strip_16(png);
	png_read_update_info(png, pi);
	channels = png_get_channels(png, pi);
	ncolor = channels >= 3 ? 3 : 1;
	row = malloc(png_get_rowbytes(png, pi));
	if (pixels != NULL) {
		out = malloc((size_t)ow * oh * (size_t)ncolor);
		acc = calloc((size_t)ow * (size_t)ncolor, sizeof(*acc));
	}
	if (row == NULL || (pixels != NULL && (out == NULL || acc == NULL)))
		png_error(png, "out of memory");
	for (y = 0; y < h; y++) {
		png_read_row(png, row, NULL);
		if (out == NULL)
			continue;
		for (x = 0; x < w; x++) {
			const unsigned char *px = row + (size_t)x * (size_t)channels;
			unsigned a = channels == 2 || channels == 4 ? px[channels - 1] : 255;
			int c;

			/* over white: v * a + 255 * (1 - a), rounded */
			for (c = 0; c < ncolor; c++)
				acc[(size_t)(x / factor) * (size_t)ncolor + (size_t)c] +=
				    (px[c] * a + 255 * (255 - a) + 127) / 255;
		}
		/* a block's last row: its averages are the output row */
		if ((y + 1) % factor == 0 || y + 1 == h) {
			unsigned char *o = out + (size_t)(y / factor) * ow * (size_t)ncolor;
			unsigned long rows = y % factor + 1, cols, i;

			for (i = 0; i < (unsigned long)ow * (unsigned long)ncolor; i++) {
				cols = i / (unsigned long)ncolor == ow - 1 ? w - (ow - 1) * factor : factor;
				o[i] = (unsigned char)((acc[i] + rows * cols / 2) / (rows * cols));
				acc[i] = 0;
			}
		}
	}
	png_read_end(png, NULL);
	free(row);
	free(acc);
	png_destroy_read_struct(&png, &pi, NULL);
	info->width = w;
	info->height = h;
	if (pixels != NULL) {
		png_decodes++;
		*pixels = out;
		*components = ncolor;
		info->width = ow;
		info->height = oh;
	}
	return IMAGE_OK;
}

enum image_problem
image_png_pixels(const unsigned char *p, size_t n, struct image_info *info,
    unsigned long max_width, unsigned char **pixels, int *components)
{
	enum image_problem rc;

	*pixels = NULL;
	*components = 0;
	memset(info, 0, sizeof(*info));
	if ((info->type = image_type_of(p, n)) != IMAGE_PNG)
		return IMAGE_NOT_IMAGE;
	/* one pass checks and decodes: an error jumps out of either */
	if ((rc = png_read(p, n, info, max_width, pixels, components)) != IMAGE_OK)
		return rc;
	if (info->width == 0 || info->height == 0) {
		free(*pixels);
		*pixels = NULL;
		return IMAGE_DAMAGED;
	}
	return IMAGE_OK;
}

/* Walks the JPEG markers: SOI, then segments up to a frame header
 * (SOFn) and a start of scan; an end-of-image marker must follow. */
static enum image_problem
jpeg_check(const unsigned char *p, size_t n, struct image_info *info)
{
	size_t i = 2;
	int frame = 0;

	while (i + 4 <= n && p[i] == 0xFF) {
		unsigned m = p[i + 1];
		size_t len;

		if (m == 0xFF) {		/* fill byte */
			i++;
			continue;
		}
		if (m == 0xD8 || (m >= 0xD0 && m <= 0xD7) || m == 0x01) {
			i += 2;
			continue;
		}
		len = (size_t)p[i + 2] << 8 | p[i + 3];
		if (len < 2 || i + 2 + len > n)
			return IMAGE_DAMAGED;
		if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
			if (len < 8)
				return IMAGE_DAMAGED;
			info->height = (unsigned long)p[i + 5] << 8 | p[i + 6];
			info->width = (unsigned long)p[i + 7] << 8 | p[i + 8];
			frame = 1;
		}
		if (m == 0xDA) {		/* start of scan: entropy data follows */
			size_t k;

			if (!frame)
				return IMAGE_DAMAGED;
			for (k = i + 2 + len; k + 1 < n; k++)
				if (p[k] == 0xFF && p[k + 1] == 0xD9)
					return IMAGE_OK;
			return IMAGE_DAMAGED;
		}
		i += 2 + len;
	}
	return IMAGE_DAMAGED;
}

enum image_type
image_type_of(const unsigned char *p, size_t n)
{
	if (n >= 8 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0)
		return IMAGE_PNG;
	if (n >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF)
		return IMAGE_JPEG;
	return IMAGE_UNKNOWN;
}

enum image_problem
image_check(const unsigned char *p, size_t n, struct image_info *info)
{
	enum image_problem rc;

	memset(info, 0, sizeof(*info));
	info->type = image_type_of(p, n);
	if (info->type == IMAGE_PNG)
		rc = png_read(p, n, info, 0, NULL, NULL);
	else if (info->type == IMAGE_JPEG)
		rc = jpeg_check(p, n, info);
	else
		return IMAGE_NOT_IMAGE;
	if (rc == IMAGE_OK && (info->width > LIMIT_IMAGE_SIDE || info->height > LIMIT_IMAGE_SIDE))
		return IMAGE_TOO_MANY_PIXELS;
	if (rc == IMAGE_OK && (info->width == 0 || info->height == 0))
		return IMAGE_DAMAGED;
	return rc;
}

void
image_problem_text(enum image_problem e, const struct image_info *info, char *s, size_t size)
{
	switch (e) {
	case IMAGE_OK:
		snprintf(s, size, "%s", diag_word("it is fine", "den går bra"));
		break;
	case IMAGE_NOT_IMAGE:
		snprintf(s, size, "%s", diag_word("it is neither a PNG nor a JPEG file",
		    "den är varken en PNG- eller en JPEG-fil"));
		break;
	case IMAGE_DAMAGED:
		snprintf(s, size, "%s", diag_word("the file is damaged or cut short",
		    "filen är skadad eller avkortad"));
		break;
	case IMAGE_TOO_MANY_PIXELS:
		snprintf(s, size, diag_word("it is %lu x %lu pixels; the most iopdoc embeds is %d x %d",
		    "den är %lu x %lu bildpunkter; det största iopdoc bäddar in är %d x %d"),
		    info->width, info->height, LIMIT_IMAGE_SIDE, LIMIT_IMAGE_SIDE);
		break;
	case IMAGE_INTERLACED:
		snprintf(s, size, "%s", diag_word("it is an interlaced PNG, which the PDF library cannot "
		    "embed; save it again without interlacing", "den är en radsprångs-PNG (interlaced), "
		    "som PDF-biblioteket inte kan bädda in; spara den igen utan radsprång"));
		break;
	}
}
