# enclave-tool commands of the kms module.
target_sources(enclave-tool PRIVATE
    kmssource.h kmssource.cpp
    cmd_kmspolicy.cpp
    cmd_checkpolicy.cpp
    cmd_gensigningcert.cpp
    cmd_signeif.cpp
    cmd_assess.cpp
)
