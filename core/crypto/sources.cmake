# Shared CBOR and crypto building blocks (internal to core).
target_sources(enclave_core PRIVATE
    cbor/cbortree.h
    crypto/opensslptr.h
    crypto/digest.h
    crypto/x509certificate.h
    crypto/cosesign1.h
)
