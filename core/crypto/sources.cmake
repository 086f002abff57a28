# Shared CBOR and crypto building blocks (internal to core).
target_sources(enclave_core PRIVATE
    cbor/cborspan.h
    cbor/cbortree_p.h
    cbor/cbortree.cpp
    cbor/cborencoder.h
    cbor/cborencoder.cpp
    crypto/opensslptr.h
    crypto/opensslerrors.cpp
    crypto/digest.h
    crypto/digest.cpp
    crypto/x509certificate.h
    crypto/x509certificate.cpp
    crypto/x509chain.h
    crypto/x509chain.cpp
    crypto/selfsignedcertificate.h
    crypto/selfsignedcertificate.cpp
    crypto/cosesign1.h
    crypto/cosesign1.cpp
    crypto/signingkey.h
    crypto/signingkey.cpp
    crypto/x509certificatebuilder.h
    crypto/x509certificatebuilder.cpp
)
