# enclave-tool commands of the agent module.
target_sources(enclave-tool PRIVATE
)
