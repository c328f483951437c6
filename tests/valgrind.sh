#!/bin/sh
# Runs iopdoc under valgrind (memcheck): any memory error or leak makes the
# run exit 99, which every suite reports as a failure.  make valgrind sets
# IOPDOC to this script:  IOPDOC=tests/valgrind.sh sh tests/bad/run.sh

# The messages compared here are the English ones (issue 15: Swedish is
# the default; IOPDOC_LANG would win over LC_ALL).
LC_ALL=C
export LC_ALL
unset IOPDOC_LANG
exec valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect --trace-children=no \
    "${IOPDOC_BINARY:-$(dirname "$0")/../iopdoc}" "$@"
