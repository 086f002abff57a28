# enclave-tool commands of the eif module.
target_sources(enclave-tool PRIVATE
)
