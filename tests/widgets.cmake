# Tests of the widgets module (offscreen platform via GUI).
foreach(t filetype hexview fieldtreemodel mainwindow eifview attestationview expectedpcrs)
    enclave_add_test(NAME tst_${t} SOURCES widgets/tst_${t}.cpp LABEL widgets GUI LIBS enclave_widgets)
endforeach()
# Help > Open Sample EIF is tested against the sample the build writes.
if(TARGET sample-eif)
    add_dependencies(tst_eifview sample-eif)
endif()
