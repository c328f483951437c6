/* Every limit iopdoc puts on its input, in one place, with the reason.
 * Each guards the nightly run against a mistake (a log file saved as
 * .xml, a paste gone wrong, a generated file out of control) costing
 * hours or all memory; none comes near a real agreement.  Past a limit
 * the file gets a clear error and nothing is rendered (past a limit of
 * the command line, the run stops with exit status 2).  man/iopdoc.1,
 * "Limits", lists them for users. */
#ifndef IOPDOC_LIMIT_H
#define IOPDOC_LIMIT_H

/* Largest input file: the longest seed is ~20 KB, a long agreement with
 * a big budget ~200 KB. */
#define LIMIT_FILE_MB		20

/* Deepest element nesting.  A list nested ten deep is already past
 * reading; the format's own structure needs about eight levels.  (The
 * XML parser stops at 256 whatever we say.) */
#define LIMIT_DEPTH		64

/* Longest text of one element, in KB: some 300 printed pages. */
#define LIMIT_TEXT_KB		1024

/* Most budget lines in one document: a 10 000-line budget is ~260 pages. */
#define LIMIT_BUDGET_LINES	20000

/* Most parties of one agreement: real ones have two to five, and each
 * needs a signature block. */
#define LIMIT_PARTIES		50

/* Most pages of one document. */
#define LIMIT_PAGES		5000

/* Logo images: file size, and width and height in pixels.  A logo is
 * printed a few centimetres wide: 4 000 pixels across 35 mm are some
 * 2 900 dpi, far past any printer, and decoding 16 Mpixel takes well
 * under a second (10 000 x 10 000 16-bit took 12 s and 600 MB). */
#define LIMIT_IMAGE_MB		5
#define LIMIT_IMAGE_SIDE	4000

/* Longest an agreement's period may run, in calendar years: IOP
 * agreements run a few years (three to five; a long one ten).  A date
 * typo such as from="1000-01-01" would otherwise make the report plan
 * one report a year for thousands of years. */
#define LIMIT_PERIOD_YEARS	50

/* The days a party in breach has to put it right: agreements give 14, 30
 * or 60; more than a year is a typo (3000 for 30), not a term. */
#define LIMIT_CURE_DAYS		365

/* A party logo's printed height, mm: lower, a logo cannot be read;
 * higher, the row of logos would crowd out the title. */
#define LIMIT_LOGO_MIN_MM	5
#define LIMIT_LOGO_MAX_MM	40

/* Deepest folder below the build's input folder: a real tree has two or
 * three levels; past this it is a copy gone wrong or a folder mounted
 * inside itself. */
#define LIMIT_SCAN_DEPTH	16

/* Longest a build job may take, in seconds, before its worker is killed
 * and the output fails (iopdoc build --job-timeout changes it).  The
 * largest document the limits allow (LIMIT_PAGES) renders in some 5 s;
 * this leaves room for a slow, loaded machine and for valgrind. */
#define LIMIT_JOB_SECONDS	600

/* Deepest nesting of lists (a list in an item of a list ...): a list
 * nested three deep is already hard to follow.  Each level is three
 * levels of a tagged PDF's structure (L, LI, LBody); past twelve, screen
 * readers stop (pdf.js, Firefox's, at a depth of 40).  The layout
 * reports the list that goes deeper. */
#define LIMIT_LIST_DEPTH	12

/* Most worker processes of iopdoc build -j: each holds a model, a PDF
 * library and its fonts (some 20 to 60 MB at work); past a few hundred a
 * slip of the keyboard (-j 2000) would drive the machine into swap, and
 * no machine that runs the build has that many cores to use. */
#define LIMIT_JOBS		256

/* Longest --job-timeout, in seconds: a day.  A longer one is a slip of
 * the keyboard, and a job hung that long already misses the night. */
#define LIMIT_JOB_TIMEOUT_MAX	86400

/* The years report --year takes: a mistyped year (203, 20233) is refused
 * at once rather than looked for in every agreement. */
#define LIMIT_YEAR_MIN		1900
#define LIMIT_YEAR_MAX		2200

/* Longest window of iopdoc due --within (and build --due=DAYS), in days:
 * ten years, past any agreement's dates; a longer one is a slip of the
 * keyboard.  DUE_DEFAULT_DAYS is the window without the option. */
#define LIMIT_DUE_DAYS		3660
#define DUE_DEFAULT_DAYS	30

#endif
