# Tests of core/common.
enclave_add_test(NAME tst_hex SOURCES common/tst_hex.cpp LABEL core)
enclave_add_test(NAME tst_atomicfilewriter SOURCES common/tst_atomicfilewriter.cpp LABEL core)
enclave_add_test(NAME tst_linediff SOURCES common/tst_linediff.cpp LABEL core)
