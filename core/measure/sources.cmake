# Sources of the measure module (paths relative to core/).
target_sources(enclave_core PRIVATE
)
