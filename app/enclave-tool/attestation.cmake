# enclave-tool commands of the attestation module.
target_sources(enclave-tool PRIVATE
    cmd_verifyattestation.cpp
)
