# ctest: every message of a .ts file has a finished translation (run
# `cmake --build build --target update_translations` after adding strings, then translate them).
file(READ "${TS_FILE}" ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
if(total EQUAL 0 OR count GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${count} of ${total} messages unfinished")
endif()
message(STATUS "${TS_FILE}: all ${total} messages translated")
