# Tests of core/cbor and core/crypto.
enclave_add_test(NAME tst_cbortree SOURCES crypto/tst_cbortree.cpp LABEL core LIBS PkgConfig::LIBCBOR)
enclave_add_test(NAME tst_digest SOURCES crypto/tst_digest.cpp LABEL core)
enclave_add_test(NAME tst_x509certificate SOURCES crypto/tst_x509certificate.cpp LABEL core)
enclave_add_test(NAME tst_cosesign1 SOURCES crypto/tst_cosesign1.cpp LABEL core LIBS PkgConfig::LIBCBOR)
enclave_add_test(NAME tst_signingkey SOURCES crypto/tst_signingkey.cpp LABEL core LIBS OpenSSL::Crypto)
enclave_add_test(NAME tst_x509chain SOURCES crypto/tst_x509chain.cpp LABEL core LIBS enclave_attestation_testkit)
