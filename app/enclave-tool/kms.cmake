# enclave-tool commands of the kms module.
target_sources(enclave-tool PRIVATE
)
