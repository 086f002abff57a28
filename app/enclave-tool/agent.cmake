# enclave-tool commands of the agent module.
target_sources(enclave-tool PRIVATE
    cmd_remote.h
    cmd_remote.cpp
    cmd_remote_console.cpp
    cmd_remote_forward.cpp
    cmd_remote_run.cpp
    cmd_remote_upload.cpp
    cmd_remote_attest.cpp
)
