# ctest: every message of a .ts file has a finished translation, and core's strings are in it (run
# `cmake --build build --target update_translations` after adding strings, then translate them).
# MIN_CORE_MESSAGES: how many messages must come from core/ sources (check titles and reasons,
# posture checks, lint messages, reader errors); 0 turns the check off.
if(NOT DEFINED MIN_CORE_MESSAGES)
    set(MIN_CORE_MESSAGES 1)
endif()
file(READ "${TS_FILE}" ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
if(total EQUAL 0 OR count GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${count} of ${total} messages unfinished")
endif()
# A message from core has its first <location> under core/ (lupdate writes paths relative to the
# .ts file, e.g. "../core/attestation/attestationverifier.cpp").
string(REGEX MATCHALL "<message[^>]*>[ \t\r\n]*<location filename=\"[^\"]*core/" core_messages "${ts}")
list(LENGTH core_messages core_total)
if(core_total LESS MIN_CORE_MESSAGES)
    message(FATAL_ERROR "${TS_FILE}: ${core_total} messages from core/ (at least ${MIN_CORE_MESSAGES} expected): "
                        "core is not scanned or not updated; run the update_translations target")
endif()
message(STATUS "${TS_FILE}: all ${total} messages translated, ${core_total} of them from core/")
