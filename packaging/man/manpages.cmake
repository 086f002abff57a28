# Man pages (section 1, gzipped the Debian way) made at build time by help2man from each program's
# own --help and --version, so a page never drifts from its program. enclave-tool's page also
# documents every command: genman.cmake runs `enclave-tool COMMAND --help` for each command that
# `enclave-tool --help` lists. Hand-written sections (SEE ALSO, EXIT STATUS, ...) come from
# packaging/man/NAME.h2m. The date in the page is the newest changelog entry's (reproducible).
find_program(HELP2MAN help2man)

function(enclave_add_man_page program)
    cmake_parse_arguments(M "" "COMPONENT" "" ${ARGN})
    if(NOT HELP2MAN)
        message(STATUS "help2man not found: no man page for ${program}")
        return()
    endif()
    set(dir "${CMAKE_CURRENT_FUNCTION_LIST_DIR}")
    set(out "${CMAKE_BINARY_DIR}/man/${program}.1")
    add_custom_command(OUTPUT "${out}" "${out}.gz"
        # No display: the programs must answer --help without one (enclave-studio included).
        COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
                SOURCE_DATE_EPOCH=${ENCLAVE_CHANGELOG_EPOCH} LC_ALL=C.UTF-8
                ${CMAKE_COMMAND} -DHELP2MAN=${HELP2MAN} "-DPROGRAM=$<TARGET_FILE:${program}>"
                -DNAME=${program} "-DINCLUDE=${dir}/${program}.h2m" "-DOUTPUT=${out}"
                -P "${dir}/genman.cmake"
        DEPENDS ${program} "${dir}/genman.cmake" "${dir}/${program}.h2m"
        COMMENT "Man page ${program}.1"
        VERBATIM)
    add_custom_target(man-${program} ALL DEPENDS "${out}.gz")
    install(FILES "${out}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT ${M_COMPONENT})
endfunction()
