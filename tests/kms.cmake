# Tests of the kms module.
enclave_add_test(NAME tst_iamrolearn SOURCES kms/tst_iamrolearn.cpp LABEL core)
enclave_add_test(NAME tst_kmsconditionkey SOURCES kms/tst_kmsconditionkey.cpp LABEL core)
enclave_add_test(NAME tst_kmspolicygenerator SOURCES kms/tst_kmspolicygenerator.cpp LABEL core)
enclave_add_test(NAME tst_kmspolicy SOURCES kms/tst_kmspolicy.cpp LABEL core)
enclave_add_test(NAME tst_kmspolicychecker SOURCES kms/tst_kmspolicychecker.cpp LABEL core)
enclave_add_test(NAME tst_kmspolicylinter SOURCES kms/tst_kmspolicylinter.cpp LABEL core)
enclave_add_test(NAME tst_kmscli SOURCES kms/tst_kmscli.cpp LABEL cli)
