# Tests of the eif module.
