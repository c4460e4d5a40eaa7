# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

# Writes a manual page from a template and the program's own --help, so that the two cannot
# drift apart, then compresses it as Debian wants (gzip -9n: no name, no time stamp).
#   cmake -DPROGRAM=path -DTEMPLATE=x.1.in -DOUTPUT=x.1.gz -DVERSION=v -DCHANGELOG=changelog
#         -P manpage.cmake
# The page's date is that of the latest release in the changelog, so the page is reproducible.
cmake_minimum_required(VERSION 3.21)
foreach(var PROGRAM TEMPLATE OUTPUT VERSION CHANGELOG)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "manpage.cmake: ${var} is not set")
    endif()
endforeach()

# A GUI program's --help needs a platform, never a display; the text is read in English.
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
execute_process(COMMAND ${PROGRAM} --help OUTPUT_VARIABLE out ERROR_VARIABLE err
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help failed (${status}): ${err}")
endif()
# auditlens-cli writes its usage to stderr, the GUI to stdout (with Qt's warnings on stderr).
set(help "${out}")
if(help STREQUAL "")
    set(help "${err}")
endif()
get_filename_component(name ${PROGRAM} NAME)
string(REPLACE "${PROGRAM}" "${name}" help "${help}")
string(STRIP "${help}" help)
if(help STREQUAL "")
    message(FATAL_ERROR "${PROGRAM} --help printed nothing")
endif()

# Roff: a backslash is \e, a hyphen \-, and a line must not start with a control character.
string(REPLACE "\\" "\\e" help "${help}")
string(REPLACE "-" "\\-" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")

file(STRINGS ${CHANGELOG} signature REGEX "^ -- " LIMIT_COUNT 1)
if(NOT signature MATCHES ">  [A-Z][a-z][a-z], ([0-9]+) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
    message(FATAL_ERROR "${CHANGELOG}: no date in the latest entry's signature")
endif()
set(DATE "${CMAKE_MATCH_1} ${CMAKE_MATCH_2} ${CMAKE_MATCH_3}")

set(HELP "${help}")
file(READ ${TEMPLATE} page)
string(CONFIGURE "${page}" page @ONLY)
string(REGEX REPLACE "\\.gz$" "" plain "${OUTPUT}")
file(WRITE ${plain} "${page}")
execute_process(COMMAND gzip -9nf ${plain} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip ${plain} failed")
endif()
