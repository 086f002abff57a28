# Tests of the attestation module.
