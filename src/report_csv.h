/* A nämnd report's figures as CSV, for controllers' spreadsheets: UTF-8
 * with a BOM, ';' between fields, decimal commas, CRLF line ends, fields
 * quoted as RFC 4180 says (with ';'), so Swedish Excel opens it as it is.
 * Included by build_report.c (which fills it from the report's own
 * figures), run.c and batch_worker.c (which write it beside the PDF), and
 * the unit tests. */
#ifndef IOPDOC_REPORT_CSV_H
#define IOPDOC_REPORT_CSV_H

#include "buf.h"

struct rep;

/* The header row's columns, in order. */
#define REPORT_CSV_HEADER "Nämnd;År;Överenskommelse;Diarienummer;Part;Organisationsnummer;" \
	"Partstyp;Mått;Värde;Enhet;Period från;Period till;Anmärkning"

/* Appends one field as it stands (NULL: empty), quoted with its quotes
 * doubled when it holds ';', '"', a CR or a LF, or begins or ends with a
 * space; sep: a ';' goes first. */
void	report_csv_field(struct buf *, const char *, int sep);

/* Appends tenths as a decimal with a comma ("74,5"; "-0,5"; 750 -> "75"). */
void	report_csv_tenths(struct buf *, long long tenths);

/* The CSV beside a report's PDF: "x.pdf" gives "x.csv", any other name
 * gets ".csv" appended.  The caller frees it. */
char	*report_csv_path(const char *pdf);

/* Writes csv (its bytes as report_csv made them) atomically beside the
 * PDF at pdf: 0, or -1 after an error naming the file. */
int	report_csv_write(const char *pdf, const struct buf *csv);

/* build_report.c only: the CSV of the report being built, from the same
 * figures as its PDF (report_add_up_amounts, report_goal_rows, calc),
 * into out (emptied first). */
void	report_csv(struct rep *, struct buf *out);

#endif
