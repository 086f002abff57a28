# Tests of the widgets module.
