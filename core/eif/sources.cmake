# Sources of the eif module (paths relative to core/).
target_sources(enclave_core PRIVATE
)
