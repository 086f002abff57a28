# Tests of core/cpio.
enclave_add_test(NAME tst_cpioreader SOURCES cpio/tst_cpioreader.cpp LABEL core)
enclave_add_test(NAME tst_cpiowriter SOURCES cpio/tst_cpiowriter.cpp eif/eiftestsupport.h LABEL core LIBS ZLIB::ZLIB)
enclave_add_test(NAME tst_ramdisklister SOURCES cpio/tst_ramdisklister.cpp eif/eiftestsupport.h LABEL core LIBS ZLIB::ZLIB)
