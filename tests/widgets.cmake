# Tests of the widgets library, one folder per feature as in widgets/ (offscreen platform via GUI).
function(enclave_add_widget_tests folder)
    foreach(t ${ARGN})
        enclave_add_test(NAME tst_${t} SOURCES widgets/${folder}/tst_${t}.cpp LABEL widgets GUI LIBS enclave_widgets)
    endforeach()
endfunction()
enclave_add_widget_tests(common jsonhighlighter)
enclave_add_widget_tests(shell filetype mainwindow robustness)
enclave_add_widget_tests(inspector hexview fieldtreemodel eifview attestationview pcrtablemodel ramdiskcontentsview signingcertificatepanel)
enclave_add_widget_tests(compare measuremodels compareview)
enclave_add_widget_tests(tools kmspolicypage signeifpage signingcertificatepage posturereportpage tooljobrunner
                         toolfilesaver)
enclave_add_widget_tests(remote ansiparser nitroerrorhints enclavetablemodel consoleview launchdialog connectionprofile
                         healthcheckdialog enclavemeasurementsview)
# Help > Open Sample EIF is tested against the sample the build writes.
if(TARGET sample-eif)
    add_dependencies(tst_eifview sample-eif)
endif()
# Smoke test of the real binary on a 1 GiB EIF (event-loop stalls measured while PCRs compute).
enclave_add_test(NAME tst_smoke SOURCES widgets/shell/tst_smoke.cpp LABEL widgets)
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
enclave_add_test(NAME tst_mimetype SOURCES widgets/shell/tst_mimetype.cpp LABEL widgets)
target_compile_definitions(tst_mimetype PRIVATE ENCLAVE_MIME_XML="${PROJECT_SOURCE_DIR}/packaging/enclave-studio-eif.xml")
# The dashboard end to end against the real enclave-agent (simulator) through the real AgentClient,
# locally and through a loopback sshd.
enclave_add_test(NAME tst_dashboardview SOURCES widgets/remote/tst_dashboardview.cpp LABEL widgets GUI TIMEOUT 240
                 LIBS enclave_widgets Qt6::Network)
# Live attestation from the dashboard (issue 16): the real agent and simulator.
enclave_add_test(NAME tst_dashboardattestation SOURCES widgets/remote/tst_dashboardattestation.cpp LABEL widgets GUI TIMEOUT 240
                 LIBS enclave_widgets)

# German is complete: no unfinished message in the committed .ts file, core's strings included
# (lupdate finds about 520 in core/).
add_test(NAME translations_de_complete
         COMMAND ${CMAKE_COMMAND} -DTS_FILE=${PROJECT_SOURCE_DIR}/translations/enclave-studio_de.ts
                 -DMIN_CORE_MESSAGES=400
                 -P ${PROJECT_SOURCE_DIR}/translations/check-complete.cmake)
set_tests_properties(translations_de_complete PROPERTIES LABELS widgets)

# Not a test: shows the operators' views for the README screenshots (see the file's header).
add_executable(shot_operators widgets/remote/shot_operators.cpp)
target_link_libraries(shot_operators PRIVATE enclave_widgets enclave_policy)
target_compile_definitions(shot_operators PRIVATE TEST_DATA_DIR="${ENCLAVE_TEST_DATA_DIR}")
