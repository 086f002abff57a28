# core/signing: Signing EIF images and making signing certificates (PCR8). (paths relative to core/)
target_sources(enclave_core PRIVATE
    signing/eifimagesigner.h signing/eifimagesigner.cpp
    signing/eifsignaturewriter.h signing/eifsignaturewriter.cpp
    signing/signingcertificategenerator.h signing/signingcertificategenerator.cpp
    signing/signingfiles.h signing/signingfiles.cpp
)
