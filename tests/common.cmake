# Tests of core/common.
enclave_add_test(NAME tst_hex SOURCES common/tst_hex.cpp LABEL core)
