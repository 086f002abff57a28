# Tests of the measure module.
enclave_add_test(NAME tst_measurementsjsonparser SOURCES measure/tst_measurementsjsonparser.cpp LABEL core)
enclave_add_test(NAME tst_measurementsloader SOURCES measure/tst_measurementsloader.cpp LABEL core)
enclave_add_test(NAME tst_pcrdiff SOURCES measure/tst_pcrdiff.cpp LABEL core)
enclave_add_test(NAME tst_eifdiff SOURCES measure/tst_eifdiff.cpp cpio/cpiopatch.h LABEL core)
enclave_add_test(NAME tst_measurecli SOURCES measure/tst_measurecli.cpp cpio/cpiopatch.h LABEL cli)
enclave_add_test(NAME tst_ramdiskdiff SOURCES measure/tst_ramdiskdiff.cpp LABEL core)
# The PCR vocabulary: pasted text, the nitro-cli JSON writer, the input detector.
enclave_add_test(NAME tst_pcrtextparser SOURCES measure/tst_pcrtextparser.cpp LABEL core)
enclave_add_test(NAME tst_nitroclijson SOURCES measure/tst_nitroclijson.cpp eif/eiftestsupport.h LABEL core LIBS ZLIB::ZLIB)
enclave_add_test(NAME tst_inputdetector SOURCES measure/tst_inputdetector.cpp LABEL core)
enclave_add_test(NAME tst_comparereport SOURCES measure/tst_comparereport.cpp LABEL core)
