# Build settings of the remote feature (its sources are listed in sources.cmake).
# The Local simulator profile runs the enclave-agent the build made (found next to the app or
# in PATH once installed; this path is the last resort, like the sample EIF's).
# (app/ is added after widgets/; generator expressions and dependencies resolve at generate time.)
target_compile_definitions(enclave_widgets PRIVATE ENCLAVE_AGENT_BUILD_PATH="$<TARGET_FILE:enclave-agent-legacy>")
add_dependencies(enclave_widgets enclave-agent-legacy)
