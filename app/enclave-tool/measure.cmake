# enclave-tool commands of the measure module.
target_sources(enclave-tool PRIVATE
    cmd_diff.cpp
    cmd_listramdisk.cpp
)
