# Sources of the agent module (paths relative to core/).
target_sources(enclave_core PRIVATE
)
