# Sources of the attestation module (paths relative to core/).
target_sources(enclave_core PRIVATE
    attestation/attestationfield.h
    attestation/attestationcheck.h
    attestation/attestationpcr.h
    attestation/attestationexpectations.h
    attestation/attestationtime.h
    attestation/attestationverification.h
    attestation/attestationdocument.h
    attestation/attestationdocument.cpp
    attestation/attestationverifier.h
    attestation/attestationverifier.cpp
    attestation/attestationjson.h
    attestation/attestationjson.cpp
    attestation/attestationinput.h
    attestation/attestationinput.cpp
    attestation/attestationendpoint.h
    attestation/attestationendpoint.cpp
    attestation/simulatorattestation.h
    attestation/simulatorattestation.cpp
)
