# Tests of the eif module.
foreach(t IN ITEMS eifheader eifreader crc32 pcrcalculator eifwriter eifsignature eifmetadata eifdescription)
    enclave_add_test(NAME tst_${t} SOURCES eif/tst_${t}.cpp eif/eiftestsupport.h LABEL core LIBS ZLIB::ZLIB)
endforeach()
enclave_add_test(NAME tst_cli_eif SOURCES eif/tst_cli_eif.cpp eif/eiftestsupport.h LABEL cli LIBS ZLIB::ZLIB)
