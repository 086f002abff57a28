# Packaging and desktop integration (issue 14), label packaging: shell scripts in tests/packaging/
# run on what the build made. The packages themselves are tested by packaging/test-packages.sh.
set(pkgtest "${CMAKE_CURRENT_SOURCE_DIR}/packaging")
function(enclave_packaging_test name)
    add_test(NAME ${name} COMMAND ${ARGN})
    set_tests_properties(${name} PROPERTIES LABELS packaging TIMEOUT 120)
endfunction()

# Hardening flags (non-Debug builds only; the sanitizer build is Debug).
if(ENCLAVE_HARDENING AND NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT ENCLAVE_SANITIZE)
    set(hardened $<TARGET_FILE:enclave-tool> $<TARGET_FILE:enclave-agent>)
    if(TARGET enclave-studio)
        list(APPEND hardened $<TARGET_FILE:enclave-studio>)
    endif()
    if(TARGET nitro-cli-sim)
        list(APPEND hardened $<TARGET_FILE:nitro-cli-sim>)
    endif()
    enclave_packaging_test(hardening_flags sh ${pkgtest}/check-hardening.sh ${hardened})
endif()

if(HELP2MAN)
    enclave_packaging_test(man_pages sh ${pkgtest}/check-manpages.sh "${CMAKE_BINARY_DIR}/man" $<TARGET_FILE:enclave-tool>)
endif()
enclave_packaging_test(bash_completion bash ${pkgtest}/check-completion.sh
                       "${PROJECT_SOURCE_DIR}/packaging/completion/enclave-tool.bash" $<TARGET_FILE:enclave-tool>)

if(TARGET enclave-studio)
    # --help and --version print and exit 0 with no display at all.
    enclave_packaging_test(studio_help_without_display sh -c
        "env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \"$0\" --version | grep -qx 'enclave-studio ${PROJECT_VERSION}' && env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \"$0\" --help | grep -q -- '--smoke-test'"
        $<TARGET_FILE:enclave-studio>)
    enclave_packaging_test(mime_resolvers sh ${pkgtest}/check-mime.sh "${PROJECT_SOURCE_DIR}/packaging/enclave-studio-eif.xml"
        "${CMAKE_BINARY_DIR}/app/enclave-studio/${ENCLAVE_APP_ID}.desktop" "${CMAKE_BINARY_DIR}/sample/sample.eif")
    # AppStream: valid, and no made-up URL.
    if(APPSTREAMCLI)
        enclave_packaging_test(metainfo_no_placeholder_urls sh -c "! grep -n 'example\\.\\(invalid\\|com\\|org\\)' \"$0\""
            "${CMAKE_BINARY_DIR}/app/enclave-studio/${ENCLAVE_APP_ID}.metainfo.xml")
    endif()
endif()
