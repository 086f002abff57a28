# Tests of the kms module.
