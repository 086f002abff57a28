# Tests of the widgets module (offscreen platform via GUI).
foreach(t filetype hexview fieldtreemodel mainwindow eifview attestationview expectedpcrs jsonhighlighter robustness)
    enclave_add_test(NAME tst_${t} SOURCES widgets/tst_${t}.cpp LABEL widgets GUI LIBS enclave_widgets)
endforeach()
# Help > Open Sample EIF is tested against the sample the build writes.
if(TARGET sample-eif)
    add_dependencies(tst_eifview sample-eif)
endif()
# Smoke test of the real binary on a 1 GiB EIF (event-loop stalls measured while PCRs compute).
enclave_add_test(NAME tst_smoke SOURCES widgets/tst_smoke.cpp LABEL widgets)
target_compile_definitions(tst_smoke PRIVATE ENCLAVE_STUDIO_PATH="$<TARGET_FILE:enclave-studio>")
add_dependencies(tst_smoke enclave-studio)
# Desktop integration files as generated for install: validated by the freedesktop/AppStream tools.
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APPSTREAMCLI appstreamcli)
find_program(XMLLINT xmllint)
if(DESKTOP_FILE_VALIDATE)
    add_test(NAME desktop_file_valid
             COMMAND ${DESKTOP_FILE_VALIDATE} "${CMAKE_BINARY_DIR}/app/enclave-studio/${ENCLAVE_APP_ID}.desktop")
    set_tests_properties(desktop_file_valid PROPERTIES LABELS widgets)
endif()
if(APPSTREAMCLI)
    add_test(NAME metainfo_valid
             COMMAND ${APPSTREAMCLI} validate --no-net "${CMAKE_BINARY_DIR}/app/enclave-studio/${ENCLAVE_APP_ID}.metainfo.xml")
    set_tests_properties(metainfo_valid PROPERTIES LABELS widgets)
endif()
if(XMLLINT)
    add_test(NAME mime_xml_valid COMMAND ${XMLLINT} --noout "${PROJECT_SOURCE_DIR}/packaging/enclave-studio-eif.xml")
    set_tests_properties(mime_xml_valid PROPERTIES LABELS widgets)
endif()
# The shared-mime-info type recognises EIFs by name and by magic.
enclave_add_test(NAME tst_mimetype SOURCES widgets/tst_mimetype.cpp LABEL widgets)
target_compile_definitions(tst_mimetype PRIVATE ENCLAVE_MIME_XML="${PROJECT_SOURCE_DIR}/packaging/enclave-studio-eif.xml")
# Operators' views (issue 8): models, parsers, dialogs, and the dashboard end to end against the
# real enclave-agent (simulator) through the real AgentClient, locally and through a loopback sshd.
foreach(t ansiparser nitroerrorhints enclavetablemodel consoleview launchdialog)
    enclave_add_test(NAME tst_${t} SOURCES widgets/tst_${t}.cpp LABEL widgets GUI LIBS enclave_widgets)
endforeach()
enclave_add_test(NAME tst_dashboardview SOURCES widgets/tst_dashboardview.cpp LABEL widgets GUI TIMEOUT 240
                 LIBS enclave_widgets Qt6::Network)
# German is complete: no unfinished message in the committed .ts file.
add_test(NAME translations_de_complete
         COMMAND ${CMAKE_COMMAND} -DTS_FILE=${PROJECT_SOURCE_DIR}/translations/enclave-studio_de.ts
                 -P ${PROJECT_SOURCE_DIR}/translations/check-complete.cmake)
set_tests_properties(translations_de_complete PROPERTIES LABELS widgets)
