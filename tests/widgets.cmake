# Tests of the widgets module (offscreen platform via GUI).
foreach(t filetype hexview fieldtreemodel mainwindow)
    enclave_add_test(NAME tst_${t} SOURCES widgets/tst_${t}.cpp LABEL widgets GUI LIBS enclave_widgets)
endforeach()
