# Tests of the attestation module.
add_library(enclave_attestation_testkit STATIC attestation/attestationtestkit.cpp attestation/attestationtestkit.h
    attestation/attestationfixtures.h)
target_link_libraries(enclave_attestation_testkit PUBLIC Qt6::Core enclave_policy PRIVATE enclave_core OpenSSL::Crypto)
target_include_directories(enclave_attestation_testkit PUBLIC "${CMAKE_CURRENT_LIST_DIR}")
target_compile_definitions(enclave_attestation_testkit PUBLIC TEST_DATA_DIR="${ENCLAVE_TEST_DATA_DIR}")
# Its sources include their own header by the path under tests/, like the tests do.
target_include_directories(enclave_attestation_testkit PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
enclave_add_test(NAME tst_attestationdocument SOURCES attestation/tst_attestationdocument.cpp LABEL core
    LIBS enclave_attestation_testkit)
enclave_add_test(NAME tst_attestationverifier SOURCES attestation/tst_attestationverifier.cpp LABEL core
    LIBS enclave_attestation_testkit)
enclave_add_test(NAME tst_cli_verifyattestation SOURCES attestation/tst_cli_verifyattestation.cpp LABEL cli
    LIBS enclave_attestation_testkit)
enclave_add_test(NAME tst_attestationjson SOURCES attestation/tst_attestationjson.cpp LABEL core
    LIBS enclave_attestation_testkit)
# Live attestation pieces: the endpoint protocols and the simulator's PKI (issue 16).
enclave_add_test(NAME tst_attestationendpoint SOURCES attestation/tst_attestationendpoint.cpp LABEL core)
enclave_add_test(NAME tst_simulatorattestation SOURCES attestation/tst_simulatorattestation.cpp LABEL core)
