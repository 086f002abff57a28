# Tests of core/common.
enclave_add_test(NAME tst_hex SOURCES common/tst_hex.cpp LABEL core)
enclave_add_test(NAME tst_atomicfilewriter SOURCES common/tst_atomicfilewriter.cpp LABEL core)
enclave_add_test(NAME tst_libraryversions SOURCES common/tst_libraryversions.cpp LABEL core)
target_compile_definitions(tst_libraryversions PRIVATE ENCLAVE_LIBCBOR_VERSION="${LIBCBOR_VERSION}")
enclave_add_test(NAME tst_readfile SOURCES common/tst_readfile.cpp LABEL core)
enclave_add_test(NAME tst_linediff SOURCES common/tst_linediff.cpp LABEL core)
