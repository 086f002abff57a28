# Tests of the widgets module (offscreen platform via GUI).
foreach(t filetype hexview fieldtreemodel mainwindow eifview attestationview expectedpcrs)
    enclave_add_test(NAME tst_${t} SOURCES widgets/tst_${t}.cpp LABEL widgets GUI LIBS enclave_widgets)
endforeach()
# Help > Open Sample EIF is tested against the sample the build writes.
if(TARGET sample-eif)
    add_dependencies(tst_eifview sample-eif)
endif()
# Operators' views (issue 8): models, parsers, dialogs, and the dashboard end to end against the
# real enclave-agent (simulator) through the real AgentClient, locally and through a loopback sshd.
foreach(t ansiparser nitroerrorhints enclavetablemodel consoleview launchdialog)
    enclave_add_test(NAME tst_${t} SOURCES widgets/tst_${t}.cpp LABEL widgets GUI LIBS enclave_widgets)
endforeach()
enclave_add_test(NAME tst_dashboardview SOURCES widgets/tst_dashboardview.cpp LABEL widgets GUI TIMEOUT 240
                 LIBS enclave_widgets Qt6::Network)
# Not a test: shows the operators' views for the README screenshots (see the file's header).
add_executable(shot_operators widgets/shot_operators.cpp)
target_link_libraries(shot_operators PRIVATE enclave_widgets enclave_policy)
