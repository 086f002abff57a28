# enclave-tool commands of the measure module.
target_sources(enclave-tool PRIVATE
)
