# Sources of the attestation module (paths relative to core/).
target_sources(enclave_core PRIVATE
)
