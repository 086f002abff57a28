# Tests of the measure module.
enclave_add_test(NAME tst_measurementsjsonparser SOURCES measure/tst_measurementsjsonparser.cpp LABEL core)
enclave_add_test(NAME tst_measurementsloader SOURCES measure/tst_measurementsloader.cpp LABEL core)
enclave_add_test(NAME tst_pcrdiff SOURCES measure/tst_pcrdiff.cpp LABEL core)
enclave_add_test(NAME tst_eifdiff SOURCES measure/tst_eifdiff.cpp cpio/cpiopatch.h LABEL core)
enclave_add_test(NAME tst_measurecli SOURCES measure/tst_measurecli.cpp cpio/cpiopatch.h LABEL cli)
enclave_add_test(NAME tst_ramdiskdiff SOURCES measure/tst_ramdiskdiff.cpp LABEL core)
enclave_add_test(NAME tst_comparereport SOURCES measure/tst_comparereport.cpp LABEL core)
