# Build settings of the remote feature (its sources are listed in sources.cmake).
# The Local simulator profile runs the enclave-agent and nitro-cli-sim the build made (found next
# to the app or in PATH once installed; these paths are the last resort, like the sample EIF's).
# (app/ is added after widgets/; generator expressions and dependencies resolve at generate time.)
target_compile_definitions(enclave_widgets PRIVATE ENCLAVE_AGENT_BUILD_PATH="$<TARGET_FILE:enclave-agent>"
    ENCLAVE_NITRO_CLI_SIM_BUILD_PATH="$<TARGET_FILE:nitro-cli-sim>")
add_dependencies(enclave_widgets enclave-agent nitro-cli-sim)
