# Sources of the kms module (paths relative to core/).
target_sources(enclave_core PRIVATE
)
