#!/bin/sh
# Runs iopdoc under valgrind (memcheck): any memory error or leak makes the
# run exit 99, which every suite reports as a failure.  make valgrind sets
# IOPDOC to this script:  IOPDOC=tests/valgrind.sh sh tests/bad/run.sh

# The language is the suite's: each sets LC_ALL=C for the English
# messages it compares, and its Swedish cases set their own locale,
# which this wrapper passes on untouched.
exec valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect --trace-children=no \
    "${IOPDOC_BINARY:-$(dirname "$0")/../iopdoc}" "$@"
