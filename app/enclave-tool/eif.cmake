# enclave-tool commands of the eif module.
target_sources(enclave-tool PRIVATE
    cmd_describeeif.cpp
    cmd_pcr.cpp
    cmd_buildeif.cpp
    cmd_buildsampleeif.cpp
)

# The sample EIF (made by our own writer, signed with a key generated at build time) that the GUI,
# the agent simulator and the tests open.
set(ENCLAVE_SAMPLE_EIF "${CMAKE_BINARY_DIR}/sample/sample.eif")
add_custom_command(
    OUTPUT "${ENCLAVE_SAMPLE_EIF}" "${CMAKE_BINARY_DIR}/sample/sample.cert.pem"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/sample"
    COMMAND enclave-tool build-sample-eif --output "${ENCLAVE_SAMPLE_EIF}"
            --certificate-output "${CMAKE_BINARY_DIR}/sample/sample.cert.pem" > "${CMAKE_BINARY_DIR}/sample/sample.measurements.json"
    DEPENDS enclave-tool
    COMMENT "Building the sample EIF with enclave-tool build-sample-eif"
    VERBATIM)
add_custom_target(sample-eif ALL DEPENDS "${ENCLAVE_SAMPLE_EIF}")
