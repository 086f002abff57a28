# Tests of core/signing.
enclave_add_test(NAME tst_signingcertificategenerator SOURCES signing/tst_signingcertificategenerator.cpp LABEL core)
enclave_add_test(NAME tst_eifimagesigner SOURCES signing/tst_eifimagesigner.cpp LABEL core LIBS OpenSSL::Crypto)
enclave_add_test(NAME tst_eifsignaturewriter SOURCES signing/tst_eifsignaturewriter.cpp eif/eiftestsupport.h LABEL core LIBS ZLIB::ZLIB)
enclave_add_test(NAME tst_signingfiles SOURCES signing/tst_signingfiles.cpp LABEL core)
