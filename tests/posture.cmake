# Tests of core/posture.
enclave_add_test(NAME tst_postureinputs SOURCES posture/tst_postureinputs.cpp LABEL core)
enclave_add_test(NAME tst_postureassessor SOURCES posture/tst_postureassessor.cpp LABEL core)
enclave_add_test(NAME tst_posturereport SOURCES posture/tst_posturereport.cpp LABEL core)
